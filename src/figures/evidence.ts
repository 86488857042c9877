// Evidence: the exact substring of the decoded input a figure was read from, and its span.
import type { Span } from '../types.js';
import { sourceRange, type LineIndex, type MappedText } from '../read/mapped-text.js';

export interface Evidence {
  evidence: string;
  span: Span;
}

const TRIM_START = /^[\s,，。;；:：、)）]+/;
const TRIM_END = /[\s,，;；:：、(（]+$/;

/**
 * The source text of view.text[from, to), cut to the line holding `anchor` (a view offset): a
 * clause broken by a line break is cited by its line-local piece, so a reader jumping to the
 * line sees the number. The result is always an exact substring of `decoded`.
 */
export function evidenceOf(
  decoded: string, lines: LineIndex, view: MappedText, from: number, to: number, anchor: number,
): Evidence {
  let { start, end } = sourceRange(view, from, to);
  const at = view.map[anchor] ?? start;
  const lineStart = Math.max(decoded.lastIndexOf('\n', at - 1), decoded.lastIndexOf('\r', at - 1)) + 1;
  const lineEnd = firstOf(decoded, ['\n', '\r'], at);
  start = Math.max(start, lineStart);
  end = Math.min(end, lineEnd);
  if (end <= start) { start = at; end = Math.min(lineEnd, at + 1); }
  let text = decoded.slice(start, end);
  const lead = TRIM_START.exec(text)?.[0].length ?? 0;
  const trail = TRIM_END.exec(text.slice(lead))?.[0].length ?? 0;
  if (lead + trail < text.length) {
    start += lead;
    end -= trail;
    text = decoded.slice(start, end);
  }
  return { evidence: text, span: { start, end, line: lines.lineOf(start) } };
}

function firstOf(s: string, marks: readonly string[], from: number): number {
  let best = s.length;
  for (const m of marks) {
    const i = s.indexOf(m, from);
    if (i >= 0 && i < best) best = i;
  }
  return best;
}
