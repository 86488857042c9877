// bin/native-inflate.js stands in for tiny-inflate at start-up: it must give the same bytes
// under tiny-inflate's contract (dest sized by the caller, returned; a shorter result sliced).
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript launcher module, no types
import { nativeInflate } from '../../bin/native-inflate.js';

const tinyInflate = createRequire(import.meta.url)('tiny-inflate') as (src: Uint8Array, dest: Uint8Array) => Uint8Array;
const inflate = nativeInflate as (src: Uint8Array, dest: Uint8Array) => Uint8Array;

function sample(n: number): Uint8Array {
  const text = Array.from({ length: n }, (_, i) => `第${i}行：签约项目${(i * 7) % 31}个，总投资${(i * 3.7).toFixed(1)}亿元。`).join('\n');
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

describe('nativeInflate (zlib behind tiny-inflate\'s contract)', () => {
  for (const [label, n, level] of [['small, stored', 3, 0], ['medium, fixed/dynamic trees', 200, 6], ['large, best', 5000, 9]] as const) {
    it(`decodes like tiny-inflate: ${label}`, () => {
      const original = sample(n);
      const deflated = new Uint8Array(zlib.deflateRawSync(original, { level }));
      const ours = inflate(deflated, new Uint8Array(original.length));
      const theirs = tinyInflate(deflated, new Uint8Array(original.length));
      expect(Buffer.from(ours).equals(Buffer.from(original))).toBe(true);
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    });
  }

  it('returns the caller\'s buffer when it is filled exactly, a shorter slice when not', () => {
    const original = sample(10);
    const deflated = new Uint8Array(zlib.deflateRawSync(original));
    const exact = new Uint8Array(original.length);
    expect(inflate(deflated, exact)).toBe(exact);
    const roomy = new Uint8Array(original.length + 100);
    const out = inflate(deflated, roomy);
    expect(out.length).toBe(original.length);
    expect(tinyInflate(deflated, new Uint8Array(original.length + 100)).length).toBe(original.length);
  });

  it('throws on data that is not DEFLATE, as tiny-inflate does', () => {
    const junk = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(() => inflate(junk, new Uint8Array(10))).toThrow();
    expect(() => tinyInflate(junk, new Uint8Array(10))).toThrow();
  });
});
