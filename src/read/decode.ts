// Bytes to text: BOMs first, then strict UTF-8, then GB18030 (detectors guess badly on short
// Chinese text, and GB18030 decodes any byte string, so it is the last resort). Pure.
import { Buffer, isUtf8, transcode } from 'node:buffer';
import type { Diagnostic } from '../types.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; warnings: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };

const MAGIC: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (a .docx/.xlsx file?)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** `bytes` as a Buffer, sharing its memory (for Buffer's native searches). */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
function utf16WithoutBom(b: Uint8Array): Encoding | null {
  const n = Math.min(b.length & ~1, 4096);
  if (n < 8) return null;
  // No NUL at all (every UTF-8 and GB18030 text): nothing to count. One native search instead
  // of a loop over 4 KB of every file.
  if (!Buffer.from(b.buffer, b.byteOffset, n).includes(0)) return null;
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

/**
 * Valid UTF-8 to text, the BOM dropped as TextDecoder drops it. Node 20's TextDecoder converts
 * CJK text at a fifth of the speed of ICU's UTF-8 → UTF-16 conversion plus a UTF-16 string copy.
 */
function utf8ToString(bytes: Uint8Array): string {
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  return transcode(body, 'utf8', 'utf16le').toString('utf16le');
}

/** Control characters other than tab, newlines and form feed: a sign of binary data. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;
/** The same characters (NUL among them), tested for once: most texts hold none. */
const ANY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

/** The bytes of ANY_CONTROL's control characters in UTF-8 (each is its own byte there). */
const CONTROL_BYTES: readonly number[] = Array.from({ length: 0x80 }, (_, b) => b).filter((b) => ANY_CONTROL.test(String.fromCharCode(b)));
/** U+FFFD in UTF-8. */
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * ANY_CONTROL.test on the text of valid UTF-8 `bytes`, answered from the bytes: there a byte
 * below 0x80 is always that character and EF BF BD is always U+FFFD. One native byte search
 * (memchr) per control byte is three times faster than the regex over the decoded text.
 */
function utf8HasControl(bytes: Uint8Array): boolean {
  const b = asBuffer(bytes);
  for (const byte of CONTROL_BYTES) if (b.indexOf(byte) >= 0) return true;
  return b.indexOf(REPLACEMENT_UTF8) >= 0;
}

function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  return sample.length ? (sample.match(CONTROL)?.length ?? 0) / sample.length : 0;
}

export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const fail = (code: string, message: string): Decoded => ({ ok: false, diagnostic: { code, severity: 'error', message, file } });
  if (bytes.length === 0) return fail('read.empty', 'the file is empty');
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) return fail('read.binary', `this is ${what}, not a text bulletin; save it as plain text (.txt) first`);
  }

  let encoding: Encoding;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
  } else {
    encoding = utf16WithoutBom(bytes) ?? 'utf-8';
  }
  const warnings: Diagnostic[] = [];
  let validUtf8 = false;
  if (encoding === 'utf-8') {
    if (isUtf8(bytes)) {
      validUtf8 = true;
      text = utf8ToString(bytes);
    } else {
      // A UTF-8 file with a few damaged bytes (cut mid-character) is still UTF-8: read as
      // GB18030 it would turn into fluent nonsense. Only many bad sequences mean another encoding.
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

  const anyControl = validUtf8 ? utf8HasControl(bytes) : ANY_CONTROL.test(text);
  if (anyControl && (text.includes('\u0000') || controlShare(text) > 0.01)) {
    return fail('read.binary', `the file does not look like text (control bytes found; read as ${encoding})`);
  }
  // A test for any non-space character: trimming would copy the whole text.
  if (!/\S/.test(text)) return fail('read.empty', 'the file holds only white space');
  return { ok: true, text, encoding, warnings };
}
