// decodeBytes against the implementation it replaced: the control-character test is answered
// from the UTF-8 bytes and the UTF-16-without-BOM count is skipped when there is no NUL, and
// both must decide exactly as the regex over the decoded text and the full count did.
import { isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded, type Encoding } from '../../src/read/decode.js';
import { below, random, randomText } from '../random.js';

const MAGIC: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx/.xlsx file?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];
const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);
function utf16WithoutBom(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length & ~1, 4096);
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  return sample.length ? (sample.match(CONTROL)?.length ?? 0) / sample.length : 0;
}

/** The decodeBytes of commit 8f076dd. */
function oldDecodeBytes(bytes: Uint8Array, file: string): Decoded {
  const fail = (code: string, message: string): Decoded => ({ ok: false, diagnostic: { code, severity: 'error', message, file } });
  if (bytes.length === 0) return fail('read.empty', 'the file is empty');
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) return fail('read.binary', `this is ${what}, not a text bulletin; save it as plain text (.txt) first`);
  }
  let encoding: Encoding;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) encoding = 'utf-8';
  else if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  else encoding = utf16WithoutBom(bytes) ?? 'utf-8';
  const warnings: Extract<Decoded, { ok: true }>['warnings'] = [];
  if (encoding === 'utf-8') {
    if (isUtf8(bytes)) {
      const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
      text = transcode(body, 'utf8', 'utf16le').toString('utf16le');
    } else {
      const lenient = new TextDecoder('utf-8').decode(bytes);
      const bad = lenient.match(/\ufffd/g)?.length ?? 0;
      if (bad <= 3 && bad * 200 < lenient.length) {
        text = lenient;
        warnings.push({ code: 'read.bad-bytes', severity: 'warning', message: `${bad} byte sequence(s) are not valid UTF-8 and were read as �`, file });
      } else {
        encoding = 'gb18030';
        text = new TextDecoder('gb18030').decode(bytes);
      }
    }
  } else {
    text = new TextDecoder(encoding).decode(bytes);
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/.test(text) && (text.includes('\u0000') || controlShare(text) > 0.01)) {
    return fail('read.binary', `the file does not look like text (control bytes found; read as ${encoding})`);
  }
  if (!/\S/.test(text)) return fail('read.empty', 'the file holds only white space');
  return { ok: true, text, encoding, warnings };
}

const TEXT_PIECES = ['园区', '签约项目', '投资', '12', '亿元', '，', ',', '。', ' ', '\n', '\r\n', '\t', '\f', '\u3000', '\u007f', '\ufeff', '𠀋'];
const CONTROL_PIECES = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000e', '\u001f', '\ufffd'];
/** Pieces of text: Chinese, digits, every kind of blank, a BOM; now and then a control character or U+FFFD. */
const PIECES = [...TEXT_PIECES, ...TEXT_PIECES, ...TEXT_PIECES, ...TEXT_PIECES, ...TEXT_PIECES, ...CONTROL_PIECES];
/** The same text as bytes in one of the encodings a bulletin comes in, sometimes with its BOM. */
function encodeSomehow(next: () => number, text: string): Uint8Array {
  switch (below(next, 6)) {
    case 0: return new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode(text, 'utf-8')]);
    case 1: return new Uint8Array(iconv.encode(text, 'utf-16le'));
    case 2: return new Uint8Array(iconv.encode(text, 'utf-16be'));
    case 3: return new Uint8Array(iconv.encode(text, 'gb18030'));
    default: return new Uint8Array(iconv.encode(text, 'utf-8'));
  }
}

describe('decodeBytes against the implementation it replaced', () => {
  it('decides, decodes and reports alike on random texts in every encoding', () => {
    const next = random(11);
    const outcomes = new Map<string, number>();
    for (let run = 0; run < 3000; run++) {
      // Short texts make a single control character more than 1 % of them; long ones less.
      const text = randomText(next, PIECES, below(next, 2) ? 12 : 400);
      const bytes = encodeSomehow(next, text);
      const decoded = decodeBytes(bytes, 'r.txt');
      expect(decoded, JSON.stringify(text)).toEqual(oldDecodeBytes(bytes, 'r.txt'));
      const outcome = decoded.ok ? decoded.encoding : decoded.diagnostic.code;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // Every way out was taken, often.
    for (const outcome of ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'read.binary', 'read.empty']) expect(outcomes.get(outcome) ?? 0, outcome).toBeGreaterThan(20);
  });

  it('decides alike on random bytes and on damaged UTF-8', () => {
    const next = random(12);
    for (let run = 0; run < 2000; run++) {
      const bytes = new Uint8Array(iconv.encode(randomText(next, PIECES, 200), 'utf-8'));
      // Damage a few bytes, or (one run in four) replace everything by random bytes.
      if (below(next, 4) === 0) for (let i = 0; i < bytes.length; i++) bytes[i] = below(next, 256);
      else for (let k = below(next, 5); k > 0 && bytes.length > 0; k--) bytes[below(next, bytes.length)] = below(next, 256);
      expect(decodeBytes(bytes, 'r.txt'), JSON.stringify([...bytes])).toEqual(oldDecodeBytes(bytes, 'r.txt'));
    }
  });

  it('keeps a UTF-8 text with a few control characters (under 1 %) and rejects one with more', () => {
    const body = '开发区新签约项目5个,总投资23.5亿元。\n'.repeat(40);
    for (const odd of ['\u0001', '\u001f', '\u000b', '\ufffd', '\u0001\ufffd']) {
      for (const text of [odd + body, body + odd, odd.repeat(30) + body]) {
        const bytes = new Uint8Array(iconv.encode(text, 'utf-8'));
        const decoded = decodeBytes(bytes, 'c.txt');
        expect(decoded).toEqual(oldDecodeBytes(bytes, 'c.txt'));
        expect(decoded.ok).toBe(text.length - body.length < 10);
      }
    }
  });

  it('finds UTF-16 without a BOM only from the NULs of its first 4 KB', () => {
    const body = '园区签约ab12 '.repeat(600);
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const bytes = new Uint8Array(iconv.encode(body, enc));
      expect(decodeBytes(bytes, 'u.txt')).toEqual(oldDecodeBytes(bytes, 'u.txt'));
    }
    // A NUL only past the first 4 KB of UTF-8: not UTF-16, but binary.
    const late = new Uint8Array([...iconv.encode('园区'.repeat(1500), 'utf-8'), 0, 0x41]);
    expect(decodeBytes(late, 'l.txt')).toEqual(oldDecodeBytes(late, 'l.txt'));
  });
});
