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
const SPACE = /[ \t\u3000]+/y;

/** The pieces a line may be broken between, kinsoku already applied. */
export function breakUnits(text: string): string[] {
  const atoms: string[] = [];
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    let m: RegExpExecArray | null = null;
    // Regexes only where a word or a space can start: most characters are CJK, one atom each.
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      WORD.lastIndex = i;
      m = WORD.exec(text);
    } else if (c === 32 || c === 9 || c === 0x3000) {
      SPACE.lastIndex = i;
      m = SPACE.exec(text);
    }
    const atom = m ? m[0] : String.fromCodePoint(text.codePointAt(i) ?? 0);
    atoms.push(atom);
    i += atom.length;
  }
  const units: string[] = [];
  let glueNext = false;
  for (const atom of atoms) {
    const isSpace = /^[ \t\u3000]/.test(atom);
    const prev = units.length - 1;
    if (prev >= 1 && CLOSING.has(atom) && /^[ \t\u3000]+$/.test(units[prev]!)) {
      // "word ）": the space must not become a break before the closing mark.
      units[prev - 1] += units.pop()! + atom;
    } else if (prev >= 0 && !isSpace && (glueNext || CLOSING.has(atom))) {
      units[prev] += atom;
    } else {
      units.push(atom);
    }
    glueNext = !isSpace && OPENING.has(atom);
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
    const isSpace = /^[ \t\u3000]/.test(unit);
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
    // Only an over-long Latin run (a URL, a code) gets here: split it by character.
    for (const ch of unit) {
      const cw = measure(ch);
      if (lineWidth + cw > width && line !== '') flush();
      line += ch;
      lineWidth += cw;
    }
  }
  flush();
  return lines;
}
