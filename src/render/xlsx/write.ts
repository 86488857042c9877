// WorkbookPlan → .xlsx file: the only module here that does I/O. The streaming writer ('stream',
// the default) writes each sheet's rows as XML straight into the zip as they are produced
// (row-xml.ts, zip.ts) and waits for the compressor, so memory stays flat however many rows a
// sheet has. exceljs's in-memory writer ('memory', Row/Cell objects) is the benchmark's baseline
// only; it is loaded only when asked for.
import type ExcelJS from 'exceljs';
import type { Diagnostic } from '../../types.js';
import {
  appProperties, contentTypes, coreProperties, rootRels, sheetPath, THEME, workbook, workbookRels, worksheetEnd, worksheetStart,
  type SheetEntry,
} from './parts.js';
import { FMT, type CellValue, type RowPlan, type SheetPlan, type WorkbookPlan } from './plan.js';
import { RowXmlWriter, type XmlCellValue } from './row-xml.js';
import { SharedStrings } from './shared-strings.js';
import { StyleSheet, type CellStyle } from './styles.js';
import { address, cleanCellText, isCleanCellText, quoteSheet } from './text.js';
import { columnWidths } from './widths.js';
import { PiecePool, XmlBytes } from './xml-bytes.js';
import { ZipWriter } from './zip.js';

export type WriterKind = 'stream' | 'memory';

// Deflate level 1: compressing is the largest single cost of a large workbook. On a 指标 sheet,
// level 1 ran at 120 MB/s for 15.4% of the size, the default level 6 at 36 MB/s for 12.1%.
const DEFLATE_LEVEL = 1;

// Shared style objects: style ids are cached by object identity, so one object per look keeps
// styling 100,000 rows cheap. Never mutate them.
const STYLE = {
  plain: {},
  header: { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } }, border: { bottom: { style: 'thin' } } },
  title: { font: { bold: true, size: 14 } },
  section: { font: { bold: true, size: 12 } },
  link: { font: { color: { argb: 'FF0563C1' }, underline: true } },
} as const satisfies Record<string, CellStyle>;
const formatStyles = new Map<string, CellStyle>();
const withFormat = (numFmt: string | undefined): CellStyle => {
  if (!numFmt) return STYLE.plain;
  let s = formatStyles.get(numFmt);
  if (!s) formatStyles.set(numFmt, (s = { numFmt }));
  return s;
};

/** Excel's date for YYYY-MM-DD (or YYYY-MM: its first day), at UTC midnight so it is a whole day number. */
function parseDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2026-02-30 over into March: such a text stays text.
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}
// A report has few distinct dates and many rows that repeat them.
const dateCache = new Map<string, Date | null>();
function excelDate(iso: string): Date | null {
  let d = dateCache.get(iso);
  if (d === undefined) {
    if (dateCache.size > 10_000) dateCache.clear();
    dateCache.set(iso, (d = parseDate(iso)));
  }
  return d;
}

/** Collects what the writer had to change, per sheet, to report it once on 说明. */
class TextRepairs {
  private bySheet = new Map<string, { cells: number; truncated: number; first: string }>();
  note(sheet: string, at: string, truncated: boolean): void {
    const r = this.bySheet.get(sheet) ?? { cells: 0, truncated: 0, first: at };
    r.cells++;
    if (truncated) r.truncated++;
    this.bySheet.set(sheet, r);
  }
  flush(sheet: string, into: Diagnostic[]): void {
    const r = this.bySheet.get(sheet);
    if (!r) return;
    into.push({
      code: 'xlsx.text-cleaned', severity: 'warning',
      message: `“${sheet}”表有 ${r.cells} 个单元格的文字作了处理（去掉表格文件不能保存的控制字符${r.truncated ? `；${r.truncated} 个超过 32,767 字被截断` : ''}），第一个在 ${r.first}`,
    });
    this.bySheet.delete(sheet);
  }
}

function cleanText(raw: string, sheet: string, at: () => string, repairs: TextRepairs): string {
  if (isCleanCellText(raw)) return raw;
  const c = cleanCellText(raw);
  if (c.removed || c.truncated) repairs.note(sheet, at(), c.truncated);
  return c.text;
}

interface Converted { value: XmlCellValue; style: CellStyle | null }

/** A cell that is an object (date, formula, link, formatted number); texts and plain numbers are converted where rows are built. */
function toExcel(cell: Exclude<CellValue, string | number | null>, columnFormat: string | undefined, sheet: string, at: () => string, repairs: TextRepairs): Converted {
  switch (cell.kind) {
    case 'date': {
      const d = excelDate(cell.iso);
      // A date takes its column's date format (yyyy-mm for months) unless it brings its own.
      const numFmt = cell.numFmt ?? (columnFormat && /y/.test(columnFormat) ? columnFormat : FMT.date);
      return d ? { value: d, style: withFormat(numFmt) } : { value: cleanText(cell.iso, sheet, at, repairs), style: null };
    }
    case 'number':
      return { value: Number.isFinite(cell.value) ? cell.value : null, style: withFormat(cell.numFmt) };
    case 'formula':
      return {
        value: { formula: cell.formula, result: typeof cell.result === 'string' ? cleanText(cell.result, sheet, at, repairs) : cell.result },
        style: withFormat(cell.numFmt),
      };
    case 'link':
      // "#'Sheet'!A5" is a jump inside the workbook: written as <hyperlink location> (row-xml.ts).
      return { value: { text: cleanText(cell.text, sheet, at, repairs), hyperlink: `#${quoteSheet(cell.sheet)}!${address(cell.col, cell.row)}` }, style: STYLE.link };
  }
}


/** A sheet's rows as cell values and styles; the object and its arrays are reused from one row to the next. */
function* sheetRows(plan: SheetPlan, repairs: TextRepairs): Generator<{ row: number; values: XmlCellValue[]; styles: (CellStyle | null)[] }> {
  const formats = plan.columns.map((c) => withFormat(c.numFmt));
  let row = 0;
  let col = 0;
  // The address is only spelled out when a cell needed repairs.
  const at = (): string => address(col, row);
  const values: XmlCellValue[] = [];
  const styles: (CellStyle | null)[] = [];
  // The column's last text found clean: zones, labels and file names repeat row after row.
  const cleanBefore: (string | undefined)[] = [];
  const converted = { row, values, styles };
  const convert = (r: RowPlan): typeof converted => {
    row++;
    const rowStyle = r.style ? STYLE[r.style] : null;
    const cells = r.cells;
    // Filled in place: emptying the arrays for every row let V8 free and regrow their storage.
    if (values.length !== cells.length) values.length = styles.length = cells.length;
    for (let i = 0; i < cells.length; i++) {
      col = i + 1;
      const cell = cells[i] ?? null;
      // Texts and plain numbers, nearly every cell, without an intermediate object.
      let value: XmlCellValue = null;
      let style: CellStyle | null = null;
      if (typeof cell === 'string') {
        value = cell === cleanBefore[i] ? cell : cleanText(cell, plan.name, at, repairs);
        if (value === cell) cleanBefore[i] = cell;
      } else if (typeof cell === 'number') value = Number.isFinite(cell) ? cell : null;
      else if (cell !== null) ({ value, style } = toExcel(cell, plan.columns[i]?.numFmt, plan.name, at, repairs));
      values[i] = value;
      styles[i] = value === null && !rowStyle ? null : (rowStyle ?? style ?? formats[i] ?? null);
    }
    converted.row = row;
    return converted;
  };
  if (plan.kind === 'list') yield convert({ style: 'header', cells: plan.columns.map((c) => c.header) });
  for (const r of plan.rows()) yield convert(r);
}

const sheetEntry = (plan: SheetPlan): SheetEntry => ({ name: plan.name, list: plan.kind === 'list' });

/** One worksheet part, deflated as its rows are produced. */
async function streamSheet(zip: ZipWriter, index: number, plan: SheetPlan, strings: SharedStrings, styles: StyleSheet, pool: PiecePool, diagnostics: Diagnostic[]): Promise<void> {
  const entry = sheetEntry(plan);
  const part = zip.openPart(sheetPath(index));
  part.write(worksheetStart(entry, columnWidths(plan)));
  const inline = plan.columns.map((c) => c.unique === true);
  const rows = new RowXmlWriter(strings, styles, inline, (piece, release) => { part.write(piece, release); }, pool);
  const repairs = new TextRepairs();
  let lastRow = 0;
  for (const r of sheetRows(plan, repairs)) {
    rows.write(r.row, r.values, r.styles);
    lastRow = r.row;
    // Back-pressure, and a turn for the compressor after each piece (once per few hundred rows).
    if (part.shouldPause) await part.pause();
  }
  rows.end();
  repairs.flush(plan.name, diagnostics);
  part.write(worksheetEnd(entry, plan.columns.length, lastRow, rows.links));
  await part.end();
}

/** A part given as many small pieces of XML, encoded into larger ones as they come. */
async function streamPart(zip: ZipWriter, name: string, xml: Iterable<string>, pool: PiecePool): Promise<void> {
  const part = zip.openPart(name);
  const out = new XmlBytes((piece, release) => { part.write(piece, release); }, pool);
  for (const item of xml) {
    out.utf8(item);
    if (part.shouldPause) await part.pause();
  }
  out.end();
  await part.end();
}

async function writeStreaming(plan: WorkbookPlan, filename: string, writeDiagnostics: Diagnostic[]): Promise<void> {
  const created = excelDate(plan.properties.created) ?? new Date(0);
  const zip = ZipWriter.open(filename, DEFLATE_LEVEL, created);
  try {
    const sheets = plan.sheets.map(sheetEntry);
    const strings = new SharedStrings();
    const styles = new StyleSheet();
    const pool = new PiecePool();
    zip.addPart(THEME.path, THEME.xml);
    zip.addPart('_rels/.rels', rootRels());
    for (const [i, sheet] of plan.sheets.entries()) await streamSheet(zip, i, sheet, strings, styles, pool, writeDiagnostics);
    zip.addPart('[Content_Types].xml', contentTypes(sheets));
    zip.addPart('docProps/app.xml', appProperties(sheets));
    zip.addPart('docProps/core.xml', coreProperties(plan.properties, created));
    await streamPart(zip, 'xl/sharedStrings.xml', strings.xml(), pool);
    zip.addPart('xl/styles.xml', styles.xml());
    zip.addPart('xl/_rels/workbook.xml.rels', workbookRels(sheets));
    zip.addPart('xl/workbook.xml', workbook(sheets));
    zip.close();
  } catch (err) {
    zip.abort();
    throw err;
  }
}

/** exceljs's in-memory writer: Row and Cell objects for every cell, the whole workbook in memory. */
async function writeInMemory(plan: WorkbookPlan, filename: string, writeDiagnostics: Diagnostic[]): Promise<void> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const created = excelDate(plan.properties.created) ?? new Date(0);
  Object.assign(wb, {
    creator: plan.properties.creator,
    lastModifiedBy: plan.properties.creator,
    created,
    modified: created,
    title: plan.properties.title,
    subject: plan.properties.subject,
    company: plan.properties.company,
  });
  for (const sheet of plan.sheets) {
    const list = sheet.kind === 'list';
    const ws = wb.addWorksheet(sheet.name, {
      views: list ? [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] : [{}],
      pageSetup: {
        orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
        ...(list ? { printTitlesRow: '1:1' } : {}),
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${sheet.name}&R&P / &N` },
    });
    ws.columns = columnWidths(sheet).map((width) => ({ width }));
    const repairs = new TextRepairs();
    let lastRow = 0;
    for (const { row: n, values, styles } of sheetRows(sheet, repairs)) {
      const row = ws.getRow(n);
      values.forEach((value, i) => {
        if (value === null && !styles[i]) return;
        const c = row.getCell(i + 1);
        c.value = value as ExcelJS.CellValue;
        c.style = (styles[i] ?? STYLE.plain) as ExcelJS.Style;
      });
      lastRow = n;
    }
    if (list) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, lastRow), column: sheet.columns.length } };
    repairs.flush(sheet.name, writeDiagnostics);
  }
  await wb.xlsx.writeFile(filename);
}

/** Writes the plan to `filename` (overwritten). `writeDiagnostics` receives the writer's findings. */
export async function writePlan(plan: WorkbookPlan, filename: string, writeDiagnostics: Diagnostic[], kind: WriterKind = 'stream'): Promise<void> {
  await (kind === 'stream' ? writeStreaming : writeInMemory)(plan, filename, writeDiagnostics);
}
