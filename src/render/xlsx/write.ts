// WorkbookPlan → .xlsx file through exceljs: the only module here that does I/O. The streaming
// writer ('stream', the default) hands each row to the zip as it goes (rows as XML, row-xml.ts)
// and waits for the compressor, so memory stays flat however many rows a sheet has. The
// in-memory writer ('memory', exceljs Row/Cell objects) is kept as the benchmark's baseline only.
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../types.js';
import { FMT, type CellValue, type RowPlan, type SheetPlan, type WorkbookPlan } from './plan.js';
import { RowXmlWriter, type XmlCellValue } from './row-xml.js';
import { address, cleanCellText, quoteSheet } from './text.js';
import { columnWidths } from './widths.js';

export type WriterKind = 'stream' | 'memory';

// Shared style objects: exceljs caches a style's id by object identity, so one object per look
// keeps styling 100,000 rows cheap. Never mutate them.
const FONT_LINK = { color: { argb: 'FF0563C1' }, underline: true } as const;
const STYLE = {
  plain: {},
  header: { font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } }, border: { bottom: { style: 'thin' } } },
  title: { font: { bold: true, size: 14 } },
  section: { font: { bold: true, size: 12 } },
  link: { font: FONT_LINK },
} as const;
const formatStyles = new Map<string, Partial<ExcelJS.Style>>();
const withFormat = (numFmt: string | undefined): Partial<ExcelJS.Style> => {
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

type Value = ExcelJS.CellValue;

function cleanText(raw: string, sheet: string, at: () => string, repairs: TextRepairs): string {
  const c = cleanCellText(raw);
  if (c.removed || c.truncated) repairs.note(sheet, at(), c.truncated);
  return c.text;
}

interface Converted { value: Value; style: Partial<ExcelJS.Style> | null }
const EMPTY: Converted = { value: null, style: null };

// Called for every cell of every row: no closures created here (they cost as much as the cell).
function toExcel(cell: CellValue, columnFormat: string | undefined, sheet: string, at: () => string, repairs: TextRepairs): Converted {
  if (cell === null) return EMPTY;
  if (typeof cell === 'string') return { value: cleanText(cell, sheet, at, repairs), style: null };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, style: null } : EMPTY;
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


/** Rows between pauses that let the zip stream take what was written. */
const ROWS_PER_TURN = 1_000;

/**
 * exceljs's StreamBuf ignores back-pressure: it pushes into the zip's compressor however far
 * behind that is. Waiting here until the compressor has drained keeps memory flat.
 */
async function drain(ws: ExcelJS.Worksheet): Promise<void> {
  const pipes = (ws as unknown as { stream?: { pipes?: NodeJS.WritableStream[] } }).stream?.pipes ?? [];
  for (const p of pipes) {
    // archiver's PassThrough comes from readable-stream 2, which predates writableNeedDrain.
    const w = p as NodeJS.WritableStream & { writableNeedDrain?: boolean; _writableState?: { needDrain?: boolean } };
    if (w.writableNeedDrain ?? w._writableState?.needDrain) await new Promise<void>((resolve) => w.once('drain', () => resolve()));
  }
  await new Promise((resolve) => setImmediate(resolve));
}

async function writeSheet(wb: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, kind: WriterKind, diagnostics: Diagnostic[]): Promise<void> {
  const list = plan.kind === 'list';
  const ws = wb.addWorksheet(plan.name, {
    views: list ? [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] : [{}],
    pageSetup: {
      orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      ...(list ? { printTitlesRow: '1:1' } : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${plan.name}&R&P / &N` },
  });
  ws.columns = columnWidths(plan).map((width) => ({ width }));
  const repairs = new TextRepairs();
  const formats = plan.columns.map((c) => withFormat(c.numFmt));
  const fast = kind === 'stream' ? new RowXmlWriter(ws, wb, plan.columns.length) : null;

  let rowNumber = 0;
  let col = 0;
  // The address is only spelled out when a cell needed repairs.
  const at = (): string => address(col, rowNumber);
  const values: XmlCellValue[] = [];
  const styles: (Partial<ExcelJS.Style> | null)[] = [];
  const put = (r: RowPlan): void => {
    rowNumber++;
    const rowStyle = r.style ? STYLE[r.style] : null;
    const cells = r.cells;
    values.length = 0;
    styles.length = 0;
    for (let i = 0; i < cells.length; i++) {
      col = i + 1;
      const { value, style } = toExcel(cells[i] ?? null, plan.columns[i]?.numFmt, plan.name, at, repairs);
      values.push(value as XmlCellValue);
      styles.push(value === null && !rowStyle ? null : (rowStyle ?? style ?? formats[i] ?? null));
    }
    if (fast) {
      fast.write(rowNumber, values, styles);
      return;
    }
    const row = ws.getRow(rowNumber);
    values.forEach((value, i) => {
      if (value === null && !styles[i]) return;
      const c = row.getCell(i + 1);
      c.value = value as Value;
      c.style = (styles[i] ?? STYLE.plain) as ExcelJS.Style;
    });
  };
  if (list) put({ style: 'header', cells: plan.columns.map((c) => c.header) });
  for (const r of plan.rows()) {
    put(r);
    if (rowNumber % ROWS_PER_TURN === 0) {
      fast?.flush();
      await drain(ws);
    }
  }
  if (list) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowNumber), column: plan.columns.length } };
  repairs.flush(plan.name, diagnostics);
  fast?.flush();
  if (kind === 'stream') (ws as unknown as { commit(): void }).commit();
}

/** Writes the plan to `filename` (overwritten). `writeDiagnostics` receives the writer's findings. */
export async function writePlan(plan: WorkbookPlan, filename: string, writeDiagnostics: Diagnostic[], kind: WriterKind = 'stream'): Promise<void> {
  const wb = kind === 'stream'
    // Fast deflate: the zip is the slowest stage of a large workbook and level 1 costs ~25% in size.
    ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true, zip: { zlib: { level: 1 } } })
    : new ExcelJS.Workbook();
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
  for (const sheet of plan.sheets) await writeSheet(wb, sheet, kind, writeDiagnostics);
  if (wb instanceof ExcelJS.stream.xlsx.WorkbookWriter) await wb.commit();
  else await wb.xlsx.writeFile(filename);
}
