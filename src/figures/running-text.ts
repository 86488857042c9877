// The running text of an article's body spans, built in one pass over UTF-16 code units.
//
// The text and map are exactly joinLines(normaliseNewlines(foldWidth(concatViews(spans)))) from
// read/mapped-text (tests/figures/running-text.test.ts checks this on random text). Those four
// steps copy the article four times and build strings character by character; the figures stage
// runs this on every article of every bulletin. The same pass notes what the sentence splitter
// needs (where the punctuation is, how long the source lines are), so nothing reads the article
// character by character again.
import type { Span } from '../types.js';
import { Buffer } from 'node:buffer';
import { foldCode, stringFromCodeUnits, type MappedText } from '../read/mapped-text.js';
import { codeTable, WHITE_SPACE_CHARS } from '../read/char-codes.js';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;

const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters between which joinLines drops spaces: CJK, digits, '.', '%'. */
const isJoinable = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 48 && c <= 57) || c === 46 || c === 37;

/** Punctuation the sentence splitter cuts at (after width folding): 。!?; ”」) , : */
export const MARKS = '\u3002!?;\u201d\u300d),:';

const IS_MARK = codeTable(MARKS);
const IS_TRIM_SPACE = codeTable(WHITE_SPACE_CHARS);
export const isTrimSpace = (c: number): boolean => IS_TRIM_SPACE[c] === 1;
/**
 * 1 for code units that are copied as they are and are neither space nor mark (nearly all CJK):
 * the loop takes a short path for them.
 */
const PLAIN = new Uint8Array(0x10000).fill(1);
for (const c of MARKS) PLAIN[c.charCodeAt(0)] = 0;
for (const c of WHITE_SPACE_CHARS) PLAIN[c.charCodeAt(0)] = 0;
PLAIN.fill(0, 0xff01, 0xff5f);

export interface BodyScan {
  view: MappedText;
  /** View offsets of the MARKS characters, in order: marks[0, markCount). */
  marks: Int32Array;
  markCount: number;
  /** Trimmed lengths of the non-blank source lines of every span: lineLengths[0, lineCount). */
  lineLengths: Int32Array;
  lineCount: number;
}

/**
 * Scratch arrays reused from article to article: a typed array costs microseconds to allocate, as
 * much as reading a few hundred characters. Only the map, which the view keeps, is allocated per
 * call; `marks` and `lineLengths` of a BodyScan are valid until the next call.
 */
let codes = new Uint16Array(4096);
/** The bytes of `codes` (same memory), which Buffer turns into a string in one native copy. */
let codeBytes = Buffer.from(codes.buffer);
let marks = new Int32Array(1024);
let lineLengths = new Int32Array(1024);

/** `spans` must be sorted by start. */
export function runningText(decoded: string, spans: readonly Span[]): MappedText {
  return scanBody(decoded, spans).view;
}

/**
 * `spans` must be sorted by start.
 *
 * A maximal run of blanks and line breaks is all the joining rules look at: one holding a line
 * break goes (leaving one space between two Latin letters), one of blanks only goes between CJK,
 * digits, '.' and '%'. The run is written out as it is read and taken back once the character
 * after it decides, so every code unit is read once.
 */
export function scanBody(decoded: string, spans: readonly Span[]): BodyScan {
  let total = 0;
  for (const s of spans) total += s.end - s.start;
  if (codes.length < total) {
    codes = new Uint16Array(Math.max(total, 2 * codes.length));
    codeBytes = Buffer.from(codes.buffer);
  }
  if (marks.length < total) marks = new Int32Array(Math.max(total, 2 * marks.length));
  if (lineLengths.length < total + spans.length) lineLengths = new Int32Array(Math.max(total + spans.length, 2 * lineLengths.length));
  const out = codes;
  const map = mapSpace(total + 1);
  let w = 0;
  let nm = 0;
  let nl = 0;
  let pendingCr = false;
  /** Where the current run of blanks and breaks starts in the output, or -1. */
  let run = -1;
  let runHasBreak = false;
  for (const s of spans) {
    // The source line being read: its first and last non-space offsets (-1: none yet).
    let lineFirst = -1;
    let lineLast = -1;
    for (let i = s.start; i < s.end; i++) {
      let c = decoded.charCodeAt(i);
      if (PLAIN[c] === 1) {
        if (lineFirst < 0) lineFirst = i;
        pendingCr = false;
        if (run >= 0) { w = settleRun(out, run, runHasBreak, c, w); run = -1; }
        // A stretch of plain characters is copied with no bookkeeping but its end.
        for (;;) {
          out[w] = c;
          map[w] = i;
          w++;
          if (i + 1 >= s.end) break;
          c = decoded.charCodeAt(i + 1);
          if (PLAIN[c] !== 1) break;
          i++;
        }
        lineLast = i;
        continue;
      }
      if (c === LF || c === CR) {
        if (lineFirst >= 0) lineLengths[nl++] = lineLast - lineFirst + 1;
        lineFirst = -1;
      } else if (IS_TRIM_SPACE[c] === 0) {
        if (lineFirst < 0) lineFirst = i;
        lineLast = i;
      }
      // CR LF and lone CR become one LF at the CR (normaliseNewlines), also across spans.
      if (c === LF && pendingCr) { pendingCr = false; continue; }
      pendingCr = c === CR;
      if (c === CR) c = LF;
      else c = foldCode(c); // full-width ASCII and wide blanks (foldWidths)
      if (c === SPACE || c === TAB || c === LF) {
        if (run < 0) { run = w; runHasBreak = false; }
        if (c === LF) runHasBreak = true;
      } else {
        if (run >= 0) { w = settleRun(out, run, runHasBreak, c, w); run = -1; }
        if (IS_MARK[c] === 1) marks[nm++] = w;
      }
      out[w] = c;
      map[w] = i;
      w++;
    }
    if (lineFirst >= 0) lineLengths[nl++] = lineLast - lineFirst + 1;
  }
  if (run >= 0 && runHasBreak) w = run; // a trailing run of blanks only stays
  map[w] = spans.length > 0 ? spans[spans.length - 1]!.end : 0;
  return {
    view: { text: textOf(w), map: keepMap(map, w + 1) },
    marks, markCount: nm, lineLengths, lineCount: nl,
  };
}

/**
 * Maps are cut from a shared pool, as Node cuts small Buffers: a typed array of its own costs
 * microseconds to allocate (a backing store outside the heap), a view into the pool a fraction of
 * that. A pool stays alive while a map cut from it does.
 */
const POOL_BYTES = 1 << 20;
let pool = new ArrayBuffer(POOL_BYTES);
let poolUsed = 0;

/** Room for `length` offsets: the pool's free end (nothing is kept until keepMap). */
function mapSpace(length: number): Int32Array {
  if (length * 4 > POOL_BYTES / 8) return new Int32Array(length);
  if (poolUsed + length * 4 > POOL_BYTES) {
    pool = new ArrayBuffer(POOL_BYTES);
    poolUsed = 0;
  }
  return new Int32Array(pool, poolUsed, length);
}

/** The first `length` offsets of a mapSpace, kept: the pool's free end moves past them. */
function keepMap(space: Int32Array, length: number): Int32Array {
  if (space.buffer !== pool) return space.subarray(0, length);
  poolUsed += length * 4;
  return length === space.length ? space : new Int32Array(pool, space.byteOffset, length);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of codes[0, length): read as UTF-16LE from the Buffer kept over `codes` (a Buffer
 * made for every article cost as much as the copy).
 */
function textOf(length: number): string {
  return LITTLE_ENDIAN ? codeBytes.toString('utf16le', 0, 2 * length) : stringFromCodeUnits(codes, length);
}

/** Where the output continues after the run [run, w) now that `next` follows it. */
function settleRun(out: Uint16Array, run: number, hasBreak: boolean, next: number, w: number): number {
  if (run === 0) return hasBreak ? run : w;
  const prev = out[run - 1]!;
  if (hasBreak) {
    if (!isLatin(prev) || !isLatin(next)) return run;
    out[run] = SPACE; // its map stays the run's first character's
    return run + 1;
  }
  return isJoinable(prev) && isJoinable(next) ? run : w;
}
