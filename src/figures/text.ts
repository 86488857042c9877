// The article body as one running text, cut into paragraphs, sentences and clauses.
//
// Figures are read from a cleaned-up view (half-width digits, no line breaks, no spaces between
// digits and CJK) so a number broken over two lines reads as one; every position still maps back
// to the decoded input through the view's map.
import type { Span } from '../types.js';
import type { MappedText } from '../read/mapped-text.js';
import { isTrimSpace, scanBody } from './running-text.js';
import { lineStartOf } from './evidence.js';
import { isAsciiDigit as isDigit } from '../read/char-codes.js';

export interface Clause {
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
  clauses: Clause[];
}

export interface ArticleText {
  view: MappedText;
  sentences: Sentence[];
}

/**
 * Marks that end a sentence; a paragraph may also end after a closing quote or bracket (all of
 * them in running-text's MARKS, where the sentence loop looks).
 */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 33 || c === 63 || c === 59; // 。!?;
const isParagraphEnd = (c: number): boolean =>
  isSentenceEnd(c) || c === 0x201d || c === 0x300d || c === 41 || c === 0xff09; // ”」)）

/** The running text of the body spans, split into sentences and clauses. */
export function articleText(decoded: string, body: readonly Span[]): ArticleText {
  const spans = isSorted(body) ? body : [...body].sort((a, b) => a.start - b.start);
  const scan = scanBody(decoded, spans);
  const width = columnWidth(scan.lineLengths.subarray(0, scan.lineCount));
  return { view: scan.view, sentences: splitSentences(scan.view, decoded, width, scan.marks.subarray(0, scan.markCount)) };
}

function isSorted(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start < spans[k - 1]!.start) return false;
  return true;
}

/**
 * The width of a full line in the body (the 75th percentile of the trimmed lengths of its
 * non-blank lines): in text copied out of a PDF column every line of a paragraph is full but its
 * last. Reorders `lengths` in place.
 */
function columnWidth(lengths: Int32Array): number {
  const k = Math.floor(lengths.length * 0.75);
  return k < lengths.length ? kthSmallest(lengths, k) : 0;
}

/**
 * The value sorting `a` would put at index k (k < a.length), by selection: sorting every article's
 * line lengths for one of them cost more than reading the article.
 */
export function kthSmallest(a: Int32Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    // Hoare partition around the middle value: [lo, j] <= pivot <= [i, hi].
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const x = a[i]!;
        a[i] = a[j]!;
        a[j] = x;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[lo]!;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A paragraph ends where a sentence-final mark is followed, in the source, by a blank line, by a
 * gap between body spans, or by a line break after a line clearly shorter than the column (PDF
 * columns without blank lines). A blank line alone is no paragraph break: page and column breaks
 * in copied PDF text fall in the middle of sentences.
 */
function isParagraphBreak(view: MappedText, decoded: string, i: number, width: number): boolean {
  if (i < 1 || !isParagraphEnd(view.text.charCodeAt(i - 1))) return false;
  const from = (view.map[i - 1] ?? 0) + 1;
  const to = view.map[i] ?? from;
  if (to <= from) return false;
  // The gap is read in place (no copy: this runs at every sentence end of every article).
  let hasBreak = false;
  /** Whether the characters since the last LF are all blanks (a second LF makes a blank line). */
  let blankSinceLf = false;
  for (let k = from; k < to; k++) {
    const c = decoded.charCodeAt(k);
    if (c === LF) {
      if (blankSinceLf) return true;
      blankSinceLf = true;
      hasBreak = true;
    } else if (!isTrimSpace(c)) {
      return true; // a gap holding anything but whitespace lies between body spans
    } else {
      if (c === CR) hasBreak = true;
      else if (c !== SPACE && c !== TAB && c !== IDEOGRAPHIC_SPACE) blankSinceLf = false;
    }
  }
  if (!hasBreak || width < 8) return false;
  return trimmedLength(decoded, lineStartOf(decoded, from), from) < width * 0.8;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const IDEOGRAPHIC_SPACE = 0x3000;

/** decoded.slice(from, to).trim().length, without the copy. */
function trimmedLength(decoded: string, from: number, to: number): number {
  while (from < to && isTrimSpace(decoded.charCodeAt(from))) from++;
  while (to > from && isTrimSpace(decoded.charCodeAt(to - 1))) to--;
  return to - from;
}

/** `marks`: view offsets of the punctuation that can end a sentence or a clause, in order. */
function splitSentences(view: MappedText, decoded: string, width: number, marks: Int32Array): Sentence[] {
  const text = view.text;
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  // Every break follows one of the marks: nothing else needs looking at.
  for (let k = 0; k < marks.length; k++) {
    const at = marks[k]!;
    const c = text.charCodeAt(at);
    if (!isParagraphEnd(c)) continue;
    const i = at + 1;
    if (i < text.length && isParagraphBreak(view, decoded, i, width)) {
      addSentence(out, text, start, i, paragraph, marks);
      start = i;
      paragraph++;
      continue;
    }
    if (isSentenceEnd(c)) {
      addSentence(out, text, start, i, paragraph, marks);
      start = i;
    }
  }
  addSentence(out, text, start, text.length, paragraph, marks);
  return out;
}

/** Adds text[start, end) as a sentence unless it is blank. */
function addSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number, marks: Int32Array): void {
  if (end > start && hasNonSpace(text, start, end)) {
    out.push({ start, end, paragraph, clauses: splitClauses(text, start, end, marks, firstMarkFrom(marks, start)) });
  }
}

/** Index of the first mark at or after `at` (binary search: marks are in order). */
function firstMarkFrom(marks: Int32Array, at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const COMMA = 44;
const COLON = 58;

/**
 * Clauses end at commas and colons; a comma between digits is a thousands separator. `marks`
 * from index `k` on are the punctuation of the sentence.
 */
function splitClauses(text: string, start: number, end: number, marks: Int32Array, k: number): Clause[] {
  const out: Clause[] = [];
  let from = start;
  for (; k < marks.length; k++) {
    const i = marks[k]!;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    // List marks (、) do not end a clause: "分别完成A、B、C" is one clause.
    if (c !== COMMA && c !== COLON) continue;
    if (c === COMMA && isDigit(text.charCodeAt(i - 1)) && isThousands(text, i + 1)) continue;
    out.push({ start: from, end: i + 1 });
    from = i + 1;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

/** Exactly three digits at `at` (and no fourth): the group after a thousands separator. */
const isThousands = (text: string, at: number): boolean =>
  isDigit(text.charCodeAt(at)) && isDigit(text.charCodeAt(at + 1)) && isDigit(text.charCodeAt(at + 2)) && !isDigit(text.charCodeAt(at + 3));
