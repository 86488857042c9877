import { describe, expect, it } from 'vitest';
import { countedBefore } from '../../src/figures/projects.js';

/** Test oracle: the pattern countedBefore replaced, tried on a copy of the range. */
const COUNTED_BEFORE = /\d\s*(?:个|项|家)$|[一二两三四五六七八九十百]+(?:个|项)$/;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('countedBefore', () => {
  it('reads counts said before a name', () => {
    const t = '新签约27个项目,重点项目三项';
    expect(countedBefore(t, 0, 6)).toBe(true); // 新签约27个
    expect(countedBefore(t, 8, t.length)).toBe(true); // 重点项目三项
    expect(countedBefore(t, 0, 3)).toBe(false);
    expect(countedBefore('第 5 家', 3, 5)).toBe(false); // the digit is outside the range
  });
  it('equals the pattern on random ranges of random text', () => {
    const next = random(11);
    const alphabet = ['1', '9', ' ', '\t', '\u3000', '\u00a0', '个', '项', '家', '三', '百', '两', '签', '约', ',', 'a'];
    for (let round = 0; round < 5000; round++) {
      let t = '';
      const length = Math.floor(next() * 8);
      for (let i = 0; i < length; i++) t += alphabet[Math.floor(next() * alphabet.length)];
      const from = Math.floor(next() * (t.length + 1));
      const to = from + Math.floor(next() * (t.length - from + 1));
      expect(countedBefore(t, from, to), JSON.stringify({ t, from, to })).toBe(COUNTED_BEFORE.test(t.slice(from, to)));
    }
  });
});
