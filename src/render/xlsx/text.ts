// Text rules of the xlsx format and of Excel's display, as pure functions: what a cell may hold,
// how wide a column must be for CJK text, how sheets are named and referenced in formulas.

/** Excel refuses (offers a repair for) cell text longer than this. */
export const MAX_CELL_CHARS = 32_767;

// XML 1.0 forbids C0 controls other than tab, line feed and carriage return, and the
// non-characters U+FFFE/U+FFFF; a lone surrogate cannot be encoded as UTF-8 at all.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export interface CleanText {
  text: string;
  /** Characters removed because XML cannot hold them. */
  removed: number;
  /** True when the text was cut to MAX_CELL_CHARS. */
  truncated: boolean;
}

const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** True for nearly every text: one quick scan (a surrogate pair, though valid, takes cleanCellText's slow path). */
export const isCleanCellText = (raw: string): boolean => raw.length <= MAX_CELL_CHARS && !MAYBE_INVALID.test(raw);

/** Makes any string safe for a cell: invalid XML characters removed, length capped. */
export function cleanCellText(raw: string): CleanText {
  if (isCleanCellText(raw)) return { text: raw, removed: 0, truncated: false };
  let removed = 0;
  let text = raw.replace(INVALID_XML_CHARS, () => { removed++; return ''; });
  let truncated = false;
  if (text.length > MAX_CELL_CHARS) {
    const marker = '…';
    let cut = MAX_CELL_CHARS - marker.length;
    // Never split a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
    text = text.slice(0, cut) + marker;
    truncated = true;
  }
  return { text, removed, truncated };
}

/** True for characters Excel draws about two units wide (CJK, full-width forms, Hangul, kana). */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd) ||
    // The curly quotes and the ellipsis of Chinese text are drawn full-width by CJK fonts.
    codePoint === 0x201c || codePoint === 0x201d || codePoint === 0x2018 || codePoint === 0x2019 || codePoint === 0x2026 ||
    codePoint === 0x2014
  );
}

/** Width of a text in Excel column units: a full-width character counts two, others one. */
export function displayWidth(text: string): number {
  let width = 0;
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp === 10) {
      width = Math.max(width, w);
      w = 0;
      continue;
    }
    // A surrogate pair is one character; a lone surrogate counts as one narrow character.
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    w += isWide(cp) ? 2 : 1;
  }
  return Math.max(width, w);
}

/** Column width for content `widest` units wide, with padding for the filter button, clamped to [min, max]. */
export const fitWidth = (widest: number, min = 6, max = 60): number => Math.min(max, Math.max(min, widest + 2));

const FORBIDDEN_IN_SHEET_NAME = /[:\\/?*[\]]/;

/** Excel's rules for a worksheet name: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !FORBIDDEN_IN_SHEET_NAME.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** A sheet name as it appears in a formula or a link: always quoted, apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Column letters for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > 16_384) throw new RangeError(`column ${col} is outside Excel's 1..16384`);
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1-style address, optionally absolute ($A$1). */
export function address(col: number, row: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** `'Sheet'!$C$2:$C$99`: a fixed column range of one sheet for formulas. */
export function columnRange(sheet: string, col: number, firstRow: number, lastRow: number): string {
  return `${quoteSheet(sheet)}!${address(col, firstRow, true)}:${address(col, Math.max(firstRow, lastRow), true)}`;
}

/** A SUMIFS criterion that matches exactly `value` (blank cells when null). */
export function exactCriterion(value: string | null): string {
  if (value === null || value === '') return '""';
  // ~ escapes Excel's wildcards; a leading comparison sign would be read as an operator, so an
  // explicit "=" goes first; quotes are doubled inside a formula string literal.
  const escaped = value.replace(/[~*?]/g, (c) => `~${c}`);
  const withOperator = /^[=<>]/.test(escaped) ? `=${escaped}` : escaped;
  return `"${withOperator.replace(/"/g, '""')}"`;
}

/** A string literal inside a formula. */
export function formulaString(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
