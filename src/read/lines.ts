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

export function toLines(decoded: string): SourceLine[] {
  const folded = foldWidths(decoded);
  const out: SourceLine[] = [];
  let at = 0;
  let n = 1;
  const re = /\r\n|\r|\n/g;
  for (;;) {
    const m = re.exec(folded);
    const stop = m ? m.index : folded.length;
    const raw = folded.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ line: n, raw, offset: at, text, start: at + lead, end: at + lead + text.length });
    if (!m) break;
    at = m.index + m[0].length;
    n++;
  }
  return out;
}
