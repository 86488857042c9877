// The decoded text as lines. Widths are folded (１０亿元 → 10亿元, ，→ ,) one character for one,
// so an offset inside a line's text is the same offset in the decoded input.
import { foldWidths } from './mapped-text.js';

export interface SourceLine {
  /** 1-based line number in the decoded input. */
  line: number;
  /** The line with widths folded, trailing CR removed, not trimmed. */
  raw: string;
  /** Offset of raw[0] in the decoded input. */
  offset: number;
  /** raw, trimmed. */
  text: string;
  /** Offsets of the trimmed text in the decoded input [start, end). */
  start: number;
  end: number;
}

/** Re-exported for the callers that fold plain strings. */
export { foldWidths };

/** What String.prototype.trim removes and \s matches: ECMAScript white space and line terminators. */
export function isSpace(c: number): boolean {
  // Most characters asked about are ASCII letters and digits or CJK: out at the first test.
  if ((c > 0x20 && c < 0xa0) || (c > 0x3000 && c < 0xfeff)) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A SourceLine made by a constructor, not an object literal: V8 may pretenure a literal's
 * allocation site once its objects have lived long (a caller that keeps every line of a batch),
 * and lines allocated old keep their young strings alive through every minor GC until the next
 * full one. That made minor GCs copy megabytes and cost more than reading the lines.
 */
class Line implements SourceLine {
  constructor(
    public line: number,
    public raw: string,
    public offset: number,
    public text: string,
    public start: number,
    public end: number,
  ) {}
}

export function toLines(decoded: string): SourceLine[] {
  const folded = foldWidths(decoded);
  const out: SourceLine[] = [];
  // Line ends found by indexOf (a fast native search); the next CR is searched again only once
  // passed, so a lone CR far down the text is not searched for from every line.
  let cr = folded.indexOf('\r');
  let at = 0;
  let n = 1;
  for (;;) {
    let stop = folded.indexOf('\n', at);
    if (stop < 0) stop = folded.length;
    if (cr >= 0 && cr < at) cr = folded.indexOf('\r', at);
    if (cr >= 0 && cr < stop) stop = cr;
    // Trim bounds by character codes: trimStart() and trim() would copy the line twice.
    let from = at;
    let to = stop;
    while (from < to && isSpace(folded.charCodeAt(from))) from++;
    while (to > from && isSpace(folded.charCodeAt(to - 1))) to--;
    const raw = folded.slice(at, stop);
    const text = from === at && to === stop ? raw : folded.slice(from, to);
    out.push(new Line(n, raw, at, text, from, to));
    if (stop === folded.length) break;
    at = stop + (folded.charCodeAt(stop) === 13 && folded.charCodeAt(stop + 1) === 10 ? 2 : 1);
    n++;
  }
  return out;
}
