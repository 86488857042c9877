// Evidence: the exact substring of the decoded input a figure was read from, and its span.
import type { Span } from '../types.js';
import { sourceRange, type LineIndex, type MappedText } from '../read/mapped-text.js';
import { codeTable, WHITE_SPACE_CHARS } from '../read/char-codes.js';

export interface Evidence {
  evidence: string;
  span: Span;
}

// Evidence is trimmed of [\s,，。;；:：、)）] at its start and [\s,，;；:：、(（] at its end, read by
// char code: regexes ran on a copy of every evidence.
const TRIM_START = codeTable(`${WHITE_SPACE_CHARS},，。;；:：、)）`);
const TRIM_END = codeTable(`${WHITE_SPACE_CHARS},，;；:：、(（`);
export const isTrimStart = (c: number): boolean => TRIM_START[c] === 1;
export const isTrimEnd = (c: number): boolean => TRIM_END[c] === 1;

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
  // The line index finds the line in a few steps, where a scan for its breaks read the whole line
  // for every figure. An anchor is a character of a figure or a name, never a break (if it were,
  // the scans say which line it is taken to be in).
  const onBreak = isBreak(decoded.charCodeAt(at));
  const line = onBreak ? 0 : lines.lineOf(at);
  const lineStart = onBreak ? lineStartOf(decoded, at) : lines.startOf(line);
  const lineEnd = onBreak ? lineEndOf(decoded, at) : lines.endOf(line);
  start = Math.max(start, lineStart);
  end = Math.min(end, lineEnd);
  if (end <= start) { start = at; end = Math.min(lineEnd, at + 1); }
  // Trimmed unless nothing would be left.
  let lead = start;
  while (lead < end && isTrimStart(decoded.charCodeAt(lead))) lead++;
  let trail = end;
  while (trail > lead && isTrimEnd(decoded.charCodeAt(trail - 1))) trail--;
  if (trail > lead) {
    start = lead;
    end = trail;
  }
  const text = decoded.slice(start, end);
  // start lies on the anchor's line (the cut above keeps it there).
  return { evidence: text, span: { start, end, line: onBreak ? lines.lineOf(start) : line } };
}

const isBreak = (c: number): boolean => c === 10 || c === 13;

/**
 * Where the line holding offset `at` starts: after the nearest CR or LF before `at` (at 0, after
 * a break at 0). Scans back to that break only: indexOf-style searches for the other of CR and LF
 * ran over the whole bulletin for every figure.
 */
export function lineStartOf(decoded: string, at: number): number {
  if (at <= 0) return isBreak(decoded.charCodeAt(0)) ? 1 : 0;
  for (let i = at - 1; i >= 0; i--) if (isBreak(decoded.charCodeAt(i))) return i + 1;
  return 0;
}

/** The first CR or LF at or after `at`, or the end of the text. */
export function lineEndOf(decoded: string, at: number): number {
  for (let i = Math.max(0, at); i < decoded.length; i++) if (isBreak(decoded.charCodeAt(i))) return i;
  return decoded.length;
}
