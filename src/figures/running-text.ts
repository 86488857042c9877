// The running text of an article's body spans, built in one pass over UTF-16 code units.
//
// It is exactly joinLines(normaliseNewlines(foldWidth(concatViews(spans)))) from
// read/mapped-text (tests/figures/running-text.test.ts checks this on random text): the same
// text and the same map. Those four steps copy the article four times and build strings
// character by character; the figures stage runs them on every article of every bulletin.
import { Buffer } from 'node:buffer';
import type { Span } from '../types.js';
import type { MappedText } from '../read/mapped-text.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters between which joinLines drops spaces: CJK, digits, '.', '%'. */
const isJoinable = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 48 && c <= 57) || c === 46 || c === 37;

/**
 * `spans` must be sorted by start.
 *
 * A maximal run of blanks and line breaks is all the rules look at: one holding a line break goes
 * (leaving one space between two Latin letters), one of blanks only goes between CJK, digits, '.'
 * and '%'. The run is written out as it is read and taken back once the character after it
 * decides, so every code unit is read once.
 */
export function runningText(decoded: string, spans: readonly Span[]): MappedText {
  let total = 0;
  for (const s of spans) total += s.end - s.start;
  const codes = new Uint16Array(total);
  const map = new Int32Array(total + 1);
  let w = 0;
  let pendingCr = false;
  /** Where the current run of blanks and breaks starts in the output, or -1. */
  let run = -1;
  let runHasBreak = false;
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      let c = decoded.charCodeAt(i);
      // CR LF and lone CR become one LF at the CR (normaliseNewlines), also across spans.
      if (c === LF && pendingCr) { pendingCr = false; continue; }
      pendingCr = c === CR;
      if (c === CR) c = LF;
      else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width ASCII (foldWidth)
      else if (c === 0x3000 || c === 0xa0) c = SPACE;
      if (c === SPACE || c === TAB || c === LF) {
        if (run < 0) { run = w; runHasBreak = false; }
        if (c === LF) runHasBreak = true;
      } else if (run >= 0) {
        w = settleRun(codes, run, runHasBreak, c, w);
        run = -1;
      }
      codes[w] = c;
      map[w] = i;
      w++;
    }
  }
  if (run >= 0 && runHasBreak) w = run; // a trailing run of blanks only stays
  map[w] = spans.length > 0 ? spans[spans.length - 1]!.end : 0;
  return { text: stringOf(codes, w), map: map.subarray(0, w + 1) };
}

/** Where the output continues after the run [run, w) now that `next` follows it. */
function settleRun(codes: Uint16Array, run: number, hasBreak: boolean, next: number, w: number): number {
  if (run === 0) return hasBreak ? run : w;
  const prev = codes[run - 1]!;
  if (hasBreak) {
    if (!isLatin(prev) || !isLatin(next)) return run;
    codes[run] = SPACE; // its map stays the run's first character's
    return run + 1;
  }
  return isJoinable(prev) && isJoinable(next) ? run : w;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of codes[0, length), lone surrogates included (a decoder would replace them). */
function stringOf(codes: Uint16Array, length: number): string {
  // Node's UCS-2 conversion copies the code units as they are, five times faster than fromCharCode.
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    // apply takes the typed array as it is; spreading it goes through its iterator, ten times slower.
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}
