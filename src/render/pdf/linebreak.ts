// Line breaking for Chinese text with kinsoku rules. Pure.
//
// pdfkit breaks lines only at spaces and hyphens, which either overflows a Chinese line or (with
// character wrapping) puts "，" or "。" at the start of a line. Here every CJK character is a
// break opportunity, Latin words and numbers ("1,234.56", "2026") stay whole, and a closing
// punctuation mark is glued to what precedes it, an opening one to what follows it.

/** Width of a text at the size being laid out, in points. */
export type Measure = (text: string) => number;

/** Must not begin a line. */
export const CLOSING = new Set([...'。，、；：？！）》」』”’】〕〉…‥．,.;:?!)]}%％']);
/** Must not end a line. */
export const OPENING = new Set([...'（《「『“‘【〔〈([{']);

// A Latin word or number, with inner separators kept when a letter or digit follows them.
const WORD = /[A-Za-z0-9]+(?:[.,:/_+\-'&][A-Za-z0-9]+)*/y;

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 0x3000;
const isWordStart = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpaceUnit = (u: string): boolean => isSpaceCode(u.charCodeAt(0));

/** The pieces a line may be broken between, kinsoku already applied. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let glueNext = false;
  let lastIsSpace = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let end = i + 1;
    const space = isSpaceCode(c);
    // Regexes only where a word starts: most characters are CJK, one atom each.
    if (isWordStart(c)) {
      WORD.lastIndex = i;
      end = WORD.exec(text) ? WORD.lastIndex : i + 1;
    } else if (space) {
      while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
    } else if (c >= 0xd800 && c <= 0xdbff && end < text.length) {
      end++;
    }
    const atom = end === i + 1 ? text[i]! : text.slice(i, end);
    const closing = !space && CLOSING.has(atom);
    const n = units.length;
    if (closing && n >= 2 && lastIsSpace) {
      // "word ）": the space must not become a break before the closing mark.
      units[n - 2] += units.pop()! + atom;
      lastIsSpace = false;
    } else if (n > 0 && !space && (glueNext || closing)) {
      units[n - 1] += atom;
      lastIsSpace = false;
    } else {
      units.push(atom);
      lastIsSpace = space;
    }
    glueNext = !space && OPENING.has(atom);
    i = end;
  }
  return units;
}

/** Breaks `text` into lines no wider than `width` (a unit wider than the line is split by character). */
export function breakLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const flush = (): void => {
    const t = line.replace(/[ \t\u3000]+$/, '');
    if (t !== '') lines.push(t);
    line = '';
    lineWidth = 0;
  };
  for (const unit of breakUnits(text)) {
    const isSpace = isSpaceUnit(unit);
    if (isSpace && line === '') continue;
    const w = measure(unit);
    if (lineWidth + w <= width || (isSpace && line !== '')) {
      line += unit;
      lineWidth += w;
      continue;
    }
    if (line !== '') flush();
    if (w <= width) {
      line = unit;
      lineWidth = w;
      continue;
    }
    // Only an over-long Latin run (a file name, a URL) gets here: split it by character, still
    // without a line starting with "." or ending with "(": the character before goes along.
    for (const ch of unit) {
      const cw = measure(ch);
      if (lineWidth + cw > width && line !== '') {
        const chars = [...line];
        const last = chars[chars.length - 1]!;
        if ((CLOSING.has(ch) || OPENING.has(last)) && chars.length > 1) {
          line = chars.slice(0, -1).join('');
          flush();
          line = last;
          lineWidth = measure(last);
        } else {
          flush();
        }
      }
      line += ch;
      lineWidth += cw;
    }
  }
  flush();
  return lines;
}
