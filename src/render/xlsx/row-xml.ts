// Rows written straight into an exceljs streaming worksheet as <row> XML. exceljs builds a Row and
// a Cell object per cell and an XML tree per row, which costs ~10 s for 100,000 rows of 17
// columns; this writes the same markup (shared strings, style ids and the sheet's hyperlink list
// are still exceljs's own) in a fraction of that. Everything else in the package (workbook, styles,
// shared strings, worksheet header and trailer, zip) stays exceljs's.
import ExcelJS from 'exceljs';
import { columnLetters } from './text.js';

/** The parts of exceljs's streaming writer used here (private API of exceljs 4.4, checked at run time). */
interface StreamingWorksheet {
  startedData: boolean;
  stream: { write(chunk: string): unknown };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _sheetRelsWriter: { _hyperlinks: { address: string; target: string }[] };
}
interface StreamingWorkbook {
  sharedStrings: { add(text: string): number };
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };
}

export type XmlCellValue = null | string | number | Date | { formula: string; result: number | string } | { text: string; hyperlink: string };

/**
 * Texts up to this length go to the shared-string table (zones, metrics, units, periods repeat on
 * every row); longer ones (sentences, headlines: nearly all unique) are written inline, so the
 * table, which exceljs keeps in memory and serialises in one piece at the end, stays small.
 */
const SHARED_MAX_CHARS = 24;

const XML_TEXT = /[&<>]/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (s: string): string => (XML_TEXT.test(s) ? s.replace(XML_TEXT, (c) => XML_ENTITY[c] ?? c) : s);

/** Leading or trailing white space, which an inline string keeps only with xml:space="preserve". */
const edgeSpace = (s: string): boolean => s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32;

const MS_PER_DAY = 86_400_000;
/** Excel's 1900 date system: day 25569 is 1970-01-01. */
const excelSerial = (d: Date): number => 25_569 + d.getTime() / MS_PER_DAY;

export class RowXmlWriter {
  private readonly ws: StreamingWorksheet;
  private readonly wb: StreamingWorkbook;
  private readonly styleIds = new Map<object, number>();
  private readonly letters: string[] = [];
  /** Rows not yet handed to the stream: one write per ~64 KB instead of one per row. */
  private pending = '';

  constructor(worksheet: unknown, workbook: unknown, columns: number) {
    const ws = worksheet as Partial<StreamingWorksheet>;
    const wb = workbook as Partial<StreamingWorkbook>;
    if (typeof ws._writeColumns !== 'function' || typeof ws._writeOpenSheetData !== 'function' || !ws.stream
      || !Array.isArray(ws._sheetRelsWriter?._hyperlinks) || typeof wb.sharedStrings?.add !== 'function'
      || typeof wb.styles?.addStyleModel !== 'function') {
      throw new Error('exceljs streaming writer internals changed: the fast row writer cannot be used');
    }
    this.ws = ws as StreamingWorksheet;
    this.wb = wb as StreamingWorkbook;
    for (let c = 1; c <= columns; c++) this.letters.push(columnLetters(c));
  }

  private letter(i: number): string {
    return this.letters[i] ?? (this.letters[i] = columnLetters(i + 1));
  }

  private styleId(style: Partial<ExcelJS.Style> | null): string {
    if (!style) return '';
    let id = this.styleIds.get(style);
    if (id === undefined) {
      id = this.wb.styles.addStyleModel(style, ExcelJS.ValueType.Number);
      this.styleIds.set(style, id);
    }
    return id ? ` s="${id}"` : '';
  }

  /** Writes row `row` (1-based, increasing); `values[i]` goes to column i+1 with `styles[i]`. */
  write(row: number, values: readonly XmlCellValue[], styles: readonly (Partial<ExcelJS.Style> | null)[]): void {
    const ws = this.ws;
    if (!ws.startedData) {
      ws._writeColumns();
      ws._writeOpenSheetData();
      ws.startedData = true;
    }
    let xml = `<row r="${row}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const style = styles[i] ?? null;
      if (v === null || v === undefined) {
        if (style) xml += `<c r="${this.letter(i)}${row}"${this.styleId(style)}/>`;
        continue;
      }
      const ref = `${this.letter(i)}${row}`;
      const s = this.styleId(style);
      if (typeof v === 'string') {
        xml += v.length <= SHARED_MAX_CHARS
          ? `<c r="${ref}"${s} t="s"><v>${this.wb.sharedStrings.add(v)}</v></c>`
          : `<c r="${ref}"${s} t="inlineStr"><is><t${edgeSpace(v) ? ' xml:space="preserve"' : ''}>${escapeXml(v)}</t></is></c>`;
      } else if (typeof v === 'number') {
        if (Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      } else if (v instanceof Date) {
        xml += `<c r="${ref}"${s}><v>${excelSerial(v)}</v></c>`;
      } else if ('formula' in v) {
        xml += typeof v.result === 'string'
          ? `<c r="${ref}"${s} t="str"><f>${escapeXml(v.formula)}</f><v>${escapeXml(v.result)}</v></c>`
          : `<c r="${ref}"${s}><f>${escapeXml(v.formula)}</f><v>${Number.isFinite(v.result) ? v.result : 0}</v></c>`;
      } else {
        xml += `<c r="${ref}"${s} t="s"><v>${this.wb.sharedStrings.add(v.text)}</v></c>`;
        // A link within the workbook: exceljs writes it as <hyperlink ref location> at commit.
        if (v.hyperlink.startsWith('#')) ws._sheetRelsWriter._hyperlinks.push({ address: ref, target: v.hyperlink.slice(1) });
      }
    }
    this.pending += `${xml}</row>`;
    if (this.pending.length >= 32_768) this.flush();
  }

  /** Hands the buffered rows to the sheet's stream; call before waiting for it to drain and before commit. */
  flush(): void {
    if (!this.pending) return;
    // StreamBuf buffers synchronously (its write returns a promise that is not a back-pressure signal).
    void this.ws.stream.write(this.pending);
    this.pending = '';
  }
}
