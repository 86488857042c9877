// The article body as one running text, cut into paragraphs, sentences and clauses.
//
// Figures are read from a cleaned-up view (half-width digits, no line breaks, no spaces between
// digits and CJK) so a number broken over two lines reads as one; every position still maps back
// to the decoded input through the view's map.
import type { Span } from '../types.js';
import type { MappedText } from '../read/mapped-text.js';
import { runningText } from './running-text.js';
import { lineStartOf } from './evidence.js';

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
 * Marks that end a sentence; a paragraph may also end after a closing quote or bracket. Tested
 * by char code: the sentence loop visits every character, and text[i] allocates a string for
 * each CJK character.
 */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 33 || c === 63 || c === 59; // 。!?;
const isParagraphEnd = (c: number): boolean =>
  isSentenceEnd(c) || c === 0x201d || c === 0x300d || c === 41 || c === 0xff09; // ”」)）

/** The running text of the body spans, split into sentences and clauses. */
export function articleText(decoded: string, body: readonly Span[]): ArticleText {
  const spans = [...body].sort((a, b) => a.start - b.start);
  const view = runningText(decoded, spans);
  return { view, sentences: splitSentences(view, decoded, columnWidth(decoded, spans)) };
}

/**
 * The width of a full line in the body (the 75th percentile of line lengths): in text copied out
 * of a PDF column every line of a paragraph is full but its last.
 */
function columnWidth(decoded: string, spans: readonly Span[]): number {
  const lengths: number[] = [];
  for (const s of spans) {
    let from = s.start;
    while (from <= s.end) {
      let to = from;
      while (to < s.end && !isBreak(decoded.charCodeAt(to))) to++;
      const n = trimmedLength(decoded, from, to);
      if (n > 0) lengths.push(n);
      // CR LF is one break; the span's end closes its last line.
      from = to + (decoded.charCodeAt(to) === 13 && decoded.charCodeAt(to + 1) === 10 && to + 1 < s.end ? 2 : 1);
    }
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}

const isBreak = (c: number): boolean => c === 10 || c === 13;
/** Whitespace as String.prototype.trim sees it. */
const WHITESPACE = /\s/;

/** decoded.slice(from, to).trim().length, without the copies. */
function trimmedLength(decoded: string, from: number, to: number): number {
  let a = from;
  let b = to;
  while (a < b && isSpace(decoded.charCodeAt(a))) a++;
  while (b > a && isSpace(decoded.charCodeAt(b - 1))) b--;
  return b - a;
}

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && WHITESPACE.test(String.fromCharCode(c));
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
  const gap = decoded.slice(from, to);
  if (/\n[ \t\u3000\r]*\n/.test(gap) || /\S/.test(gap)) return true;
  if (!/[\r\n]/.test(gap) || width < 8) return false;
  const lineStart = lineStartOf(decoded, from);
  return decoded.slice(lineStart, from).trim().length < width * 0.8;
}

function splitSentences(view: MappedText, decoded: string, width: number): Sentence[] {
  const text = view.text;
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const close = (end: number): void => {
    if (end > start && hasNonSpace(text, start, end)) {
      out.push({ start, end, paragraph, clauses: splitClauses(text, start, end) });
    }
    start = end;
  };
  for (let i = 1; i <= text.length; i++) {
    // Every break follows one of these marks: the per-character loop tests nothing else.
    const prev = text.charCodeAt(i - 1);
    if (!isParagraphEnd(prev)) continue;
    if (i < text.length && isParagraphBreak(view, decoded, i, width)) {
      close(i);
      paragraph++;
      continue;
    }
    if (isSentenceEnd(prev)) close(i);
  }
  close(text.length);
  return out;
}

const COMMA = 44;
const COLON = 58;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Clauses end at commas and colons; a comma between digits is a thousands separator. */
function splitClauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // List marks (、) do not end a clause: "分别完成A、B、C" is one clause.
    if (c !== COMMA && c !== COLON) continue;
    if (c === COMMA && isDigit(text.charCodeAt(i - 1)) && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
    out.push({ start: from, end: i + 1 });
    from = i + 1;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}
