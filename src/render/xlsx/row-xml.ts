// A worksheet's rows as <row> XML, written as UTF-8 straight into buffers for the sheet's part:
// no per-cell objects. Short texts go to the shared-string table, styles to the style sheet, and
// links within the workbook to the sheet's list of links.
import type { InternalLink } from './parts.js';
import type { SharedStrings } from './shared-strings.js';
import type { CellStyle, StyleSheet } from './styles.js';
import { columnLetters } from './text.js';
import { xmlText } from './xml.js';
import { XmlBytes, type PiecePool } from './xml-bytes.js';

export type XmlCellValue = null | string | number | Date | { formula: string; result: number | string } | { text: string; hyperlink: string };

/**
 * Texts up to this length go to the shared-string table (zones, metrics, units, periods, file
 * names and headlines repeat row after row), unless their column is marked unique (source
 * sentences, identifiers: written inline, so the table, which is kept in memory and written
 * after the sheets, stays small). Longer texts are written inline wherever they are.
 */
const SHARED_MAX_CHARS = 255;

/** Leading or trailing white space, which an inline string keeps only with xml:space="preserve". */
const edgeSpace = (s: string): boolean => s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32;

// Numbers are printed without String(n) or a template: both go through V8's number-to-string
// cache, which holds each new string long enough for the young generation to promote it, so a
// large sheet left ~12 MiB of dead number strings in the old generation until the next full
// collection (the writer's own peak). Same text as String(n).

/** A number as String(n) prints it. */
const numberText = (n: number): string =>
  // JSON.stringify prints a finite number exactly as String does (ECMA-262 SerializeJSONProperty:
  // ToString), without the cache; for fractions it is also the faster of the two.
  (Number.isInteger(n) || !Number.isFinite(n) ? wholeText(n) : JSON.stringify(n));

let upTo9999: string[] | undefined;
let fourDigits: string[] | undefined;
/** A whole number's digits, joined from four-digit pieces made once (row numbers, indexes, counts). */
function wholeText(n: number): string {
  if (!(Number.isInteger(n) && n >= 0 && n <= 0xffff_ffff)) return String(n);
  upTo9999 ??= Array.from({ length: 10_000 }, (_, i) => String(i));
  fourDigits ??= Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));
  if (n < 10_000) return upTo9999[n]!;
  const high = Math.floor(n / 10_000);
  return wholeText(high) + fourDigits[n - high * 10_000]!;
}

const MS_PER_DAY = 86_400_000;
/** Excel's 1900 date system: day 25569 is 1970-01-01. */
const excelSerial = (d: Date): number => 25_569 + d.getTime() / MS_PER_DAY;

/** A cell's markup between its reference's row number and its value, by kind of value. */
interface CellHeads {
  empty: string;
  shared: string;
  value: string;
  inline: string;
  /** Inline text with leading or trailing white space. */
  inlineKept: string;
  formula: string;
  textFormula: string;
}

/** `s` is the style attribute (' s="3"', or '' for the default style). */
const cellHeads = (s: string): CellHeads => ({
  empty: `"${s}/>`,
  shared: `"${s} t="s"><v>`,
  value: `"${s}><v>`,
  inline: `"${s} t="inlineStr"><is><t>`,
  inlineKept: `"${s} t="inlineStr"><is><t xml:space="preserve">`,
  formula: `"${s}><f>`,
  textFormula: `"${s} t="str"><f>`,
});

export class RowXmlWriter {
  private readonly letters: string[] = [];
  /** Each column's last shared text and its index: most columns repeat a text row after row. */
  private readonly lastShared: (string | undefined)[] = [];
  private readonly lastIndex: number[] = [];
  /** `<c r="B`: a column's cells start alike. */
  private readonly opens: string[] = [];
  /** Each column's last style and its cells' markup after the row number: a column keeps its look row after row. */
  private readonly lastStyle: (CellStyle | null | undefined)[] = [];
  private readonly lastHeads: CellHeads[] = [];
  private readonly out: XmlBytes;
  /** Links within the workbook, in the order of their cells. */
  readonly links: InternalLink[] = [];

  /**
   * `inline[i]`: column i's texts are written in their cells, however short. `emit` receives the
   * rows' XML, as UTF-8, in pieces of a few hundred KB, and calls `release` once it has read one.
   */
  constructor(
    private readonly strings: SharedStrings,
    private readonly styles: StyleSheet,
    private readonly inline: readonly boolean[],
    emit: (piece: Buffer, release: () => void) => void,
    pool: PiecePool,
  ) {
    this.out = new XmlBytes(emit, pool);
  }

  private letter(i: number): string {
    return this.letters[i] ?? (this.letters[i] = columnLetters(i + 1));
  }

  private shared(i: number, text: string): number {
    if (this.lastShared[i] === text) return this.lastIndex[i]!;
    const index = this.strings.add(text);
    this.lastShared[i] = text;
    this.lastIndex[i] = index;
    return index;
  }

  /** Column i's markup for `style`, from the closing quote of the reference to the value. */
  private heads(i: number, style: CellStyle | null): CellHeads {
    if (this.lastStyle[i] === style) return this.lastHeads[i]!;
    const id = style ? this.styles.id(style) : 0;
    const h = cellHeads(id ? ` s="${id}"` : '');
    this.lastStyle[i] = style;
    this.lastHeads[i] = h;
    return h;
  }

  private cellOpen(i: number): string {
    return this.opens[i] ?? (this.opens[i] = `<c r="${this.letter(i)}`);
  }

  /** Writes row `row` (1-based, increasing); `values[i]` goes to column i+1 with `styles[i]`. */
  write(row: number, values: readonly XmlCellValue[], styles: readonly (CellStyle | null)[]): void {
    // The row number once as text: every cell's reference repeats it.
    const r = wholeText(row);
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const style = styles[i] ?? null;
      if ((v === null || v === undefined) && !style) continue;
      if (typeof v === 'number' && !Number.isFinite(v)) continue;
      const h = this.heads(i, style);
      // Few pieces per cell: each joined piece is one more string for the garbage collector.
      // Every cell spells out its reference. CT_Cell's r is optional (an r-less cell is the next
      // column), and leaving it out of cells that follow their neighbour made a 100k-row workbook
      // a third smaller and ~16% quicker, but readers that require it still exist and some of
      // them misplace such cells silently; a misplaced figure is worse than a slower workbook.
      const open = `${this.cellOpen(i)}${r}`;
      if (v === null || v === undefined) {
        xml += `${open}${h.empty}`;
      } else if (typeof v === 'string') {
        xml += !this.inline[i] && v.length <= SHARED_MAX_CHARS
          ? `${open}${h.shared}${wholeText(this.shared(i, v))}</v></c>`
          : `${open}${edgeSpace(v) ? h.inlineKept : h.inline}${xmlText(v)}</t></is></c>`;
      } else if (typeof v === 'number') {
        xml += `${open}${h.value}${numberText(v)}</v></c>`;
      } else if (v instanceof Date) {
        xml += `${open}${h.value}${numberText(excelSerial(v))}</v></c>`;
      } else if ('formula' in v) {
        xml += typeof v.result === 'string'
          ? `${open}${h.textFormula}${xmlText(v.formula)}</f><v>${xmlText(v.result)}</v></c>`
          : `${open}${h.formula}${xmlText(v.formula)}</f><v>${Number.isFinite(v.result) ? numberText(v.result) : 0}</v></c>`;
      } else {
        xml += `${open}${h.shared}${wholeText(this.strings.add(v.text))}</v></c>`;
        // A link within the workbook: listed as <hyperlink ref location> after the rows.
        if (v.hyperlink.startsWith('#')) this.links.push({ ref: `${this.letter(i)}${r}`, location: v.hyperlink.slice(1) });
      }
    }
    // Encoded row by row into the piece's buffer: no large string is ever flattened.
    this.out.utf8(`${xml}</row>`);
  }

  /** Hands the last rows on, after the last row. */
  end(): void {
    this.out.end();
  }
}
