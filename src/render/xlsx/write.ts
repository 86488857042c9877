// WorkbookPlan → .xlsx file through exceljs: the only module here that does I/O. The streaming
// writer commits each row as it goes, so memory stays flat however many rows a sheet has; the
// in-memory writer is kept for the benchmark's baseline.
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../types.js';
import { FMT, type CellValue, type RowPlan, type SheetPlan, type WorkbookPlan } from './plan.js';
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
function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
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
      // "#'Sheet'!A5" is a jump inside the workbook (see internalLinks below).
      return { value: { text: cleanText(cell.text, sheet, at, repairs), hyperlink: `#${quoteSheet(cell.sheet)}!${address(cell.col, cell.row)}` }, style: STYLE.link };
  }
}

/**
 * exceljs's streaming writer stores every hyperlink as an external relationship, which Excel would
 * try to open as a file. A link within the workbook belongs in the `location` attribute instead:
 * this keeps "#…" links out of the relationships so exceljs writes them that way.
 */
function internalLinks(ws: ExcelJS.Worksheet): void {
  const rels = (ws as unknown as { _sheetRelsWriter?: { addHyperlink?: (h: HyperlinkModel) => void; _hyperlinks?: HyperlinkModel[] } })._sheetRelsWriter;
  if (!rels || typeof rels.addHyperlink !== 'function' || !Array.isArray(rels._hyperlinks)) {
    throw new Error('exceljs streaming writer internals changed: cannot write links within the workbook');
  }
  const external = rels.addHyperlink.bind(rels);
  const list = rels._hyperlinks;
  rels.addHyperlink = (h: HyperlinkModel): void => {
    if (h.target.startsWith('#')) list.push({ address: h.address, target: h.target.slice(1), tooltip: h.tooltip });
    else external(h);
  };
}
interface HyperlinkModel { address: string; target: string; tooltip?: string }

function writeSheet(wb: ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter, plan: SheetPlan, kind: WriterKind, diagnostics: Diagnostic[]): void {
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
  if (kind === 'stream') internalLinks(ws);
  ws.columns = columnWidths(plan).map((width) => ({ width }));
  const repairs = new TextRepairs();
  const formats = plan.columns.map((c) => withFormat(c.numFmt));

  let rowNumber = 0;
  let col = 0;
  // The address is only spelled out when a cell needed repairs.
  const at = (): string => address(col, rowNumber);
  const put = (r: RowPlan): void => {
    rowNumber++;
    const row = ws.getRow(rowNumber);
    const rowStyle = r.style ? STYLE[r.style] : null;
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      col = i + 1;
      const { value, style } = toExcel(cells[i] ?? null, plan.columns[i]?.numFmt, plan.name, at, repairs);
      if (value === null && !rowStyle) continue;
      const c = row.getCell(col);
      c.value = value;
      c.style = (rowStyle ?? style ?? formats[i] ?? STYLE.plain) as ExcelJS.Style;
    }
    if (kind === 'stream') row.commit();
  };
  if (list) put({ style: 'header', cells: plan.columns.map((c) => c.header) });
  for (const r of plan.rows()) put(r);
  if (list) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowNumber), column: plan.columns.length } };
  repairs.flush(plan.name, diagnostics);
  if (kind === 'stream') (ws as unknown as { commit(): void }).commit();
}

/** Writes the plan to `filename` (overwritten). `writeDiagnostics` receives the writer's findings. */
export async function writePlan(plan: WorkbookPlan, filename: string, writeDiagnostics: Diagnostic[], kind: WriterKind = 'stream'): Promise<void> {
  const wb = kind === 'stream'
    ? new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: true })
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
  for (const sheet of plan.sheets) writeSheet(wb, sheet, kind, writeDiagnostics);
  if (wb instanceof ExcelJS.stream.xlsx.WorkbookWriter) await wb.commit();
  else await wb.xlsx.writeFile(filename);
}
