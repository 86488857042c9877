// The article body as one running text, cut into paragraphs, sentences and clauses.
//
// Figures are read from a cleaned-up view (half-width digits, no line breaks, no spaces between
// digits and CJK) so a number broken over two lines reads as one; every position still maps back
// to the decoded input through the view's map.
import type { Span } from '../types.js';
import {
  concatViews, foldWidth, joinLines, normaliseNewlines, sourceView, type MappedText,
} from '../read/mapped-text.js';

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

const SENTENCE_END = /[。!?;]/;
const PARAGRAPH_END = /[。!?;”」)）]/;

/** The running text of the body spans, split into sentences and clauses. */
export function articleText(decoded: string, body: readonly Span[]): ArticleText {
  const spans = [...body].sort((a, b) => a.start - b.start);
  const views = spans.map((s) => sourceView(decoded, s.start, s.end));
  const view = joinLines(normaliseNewlines(foldWidth(concatViews(views))));
  return { view, sentences: splitSentences(view, decoded, columnWidth(decoded, spans)) };
}

/**
 * The width of a full line in the body (the 75th percentile of line lengths): in text copied out
 * of a PDF column every line of a paragraph is full but its last.
 */
function columnWidth(decoded: string, spans: readonly Span[]): number {
  const lengths = spans.flatMap((s) => decoded.slice(s.start, s.end).split(/\r\n|\r|\n/))
    .map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 0;
}

/**
 * A paragraph ends where a sentence-final mark is followed, in the source, by a blank line, by a
 * gap between body spans, or by a line break after a line clearly shorter than the column (PDF
 * columns without blank lines). A blank line alone is no paragraph break: page and column breaks
 * in copied PDF text fall in the middle of sentences.
 */
function isParagraphBreak(view: MappedText, decoded: string, i: number, width: number): boolean {
  const prev = view.text[i - 1];
  if (prev === undefined || !PARAGRAPH_END.test(prev)) return false;
  const from = (view.map[i - 1] ?? 0) + 1;
  const to = view.map[i] ?? from;
  if (to <= from) return false;
  const gap = decoded.slice(from, to);
  if (/\n[ \t\u3000\r]*\n/.test(gap) || /\S/.test(gap)) return true;
  if (!/[\r\n]/.test(gap) || width < 8) return false;
  const lineStart = Math.max(decoded.lastIndexOf('\n', from - 1), decoded.lastIndexOf('\r', from - 1)) + 1;
  return decoded.slice(lineStart, from).trim().length < width * 0.8;
}

function splitSentences(view: MappedText, decoded: string, width: number): Sentence[] {
  const text = view.text;
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const close = (end: number): void => {
    if (end > start && /\S/.test(text.slice(start, end))) {
      out.push({ start, end, paragraph, clauses: splitClauses(text, start, end) });
    }
    start = end;
  };
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && isParagraphBreak(view, decoded, i, width)) {
      close(i);
      paragraph++;
      continue;
    }
    if (SENTENCE_END.test(text[i - 1] ?? '')) close(i);
  }
  close(text.length);
  return out;
}

/** Clauses end at commas and colons; a comma between digits is a thousands separator. */
function splitClauses(text: string, start: number, end: number): Clause[] {
  const out: Clause[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    // List marks (、) do not end a clause: "分别完成A、B、C" is one clause.
    if (c !== ',' && c !== ':') continue;
    if (c === ',' && /\d/.test(text[i - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) continue;
    out.push({ start: from, end: i + 1 });
    from = i + 1;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}
