// The workbook as plain data: sheets of typed cells, decided from the Report without touching
// exceljs. Rows are produced lazily (a sheet can hold 100,000 of them) and can be iterated more
// than once (once to size the columns, once to write).
import type { Diagnostic } from '../../types.js';

/** The sheet names, in workbook order. All valid Excel sheet names (checked by the tests). */
export const SHEET = {
  summary: '概览',
  zones: '开发区',
  indicators: '指标',
  projects: '项目',
  targets: '目标',
  articles: '文章',
  notes: '说明',
} as const;

export type SheetName = (typeof SHEET)[keyof typeof SHEET];

/** Number formats used across the workbook. */
export const FMT = {
  /** Money in 亿元, yoy and other decimals. */
  decimal: '#,##0.00',
  count: '#,##0',
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  percent: '0.0%',
  /** Values "as printed": Excel's General shows 46.8 as 46.8 and 8000 as 8000. */
  general: 'General',
} as const;

/** A calendar date given as YYYY-MM-DD (or YYYY-MM: the first of that month), written as a real date. */
export interface DateCell { kind: 'date'; iso: string; numFmt?: string }
/** A formula (without "=") with the result it must compute, cached so clients that do not recalculate still show it. */
export interface FormulaCell { kind: 'formula'; formula: string; result: number | string; numFmt?: string }
/** A link to a cell of this workbook. */
export interface LinkCell { kind: 'link'; text: string; sheet: SheetName; row: number; col: number }
/** A number with its own format (when the column's format does not fit this row). */
export interface NumberCell { kind: 'number'; value: number; numFmt: string }

export type CellValue = null | string | number | DateCell | FormulaCell | LinkCell | NumberCell;

export type RowStyle = 'title' | 'section' | 'header';

export interface RowPlan {
  cells: CellValue[];
  style?: RowStyle;
}

export interface ColumnPlan {
  header: string;
  /** What the column holds, for the 说明 sheet. */
  meaning: string;
  numFmt?: string;
  /** Fixed width; otherwise sized from the content. */
  width?: number;
  /** Upper bound when sized from content (long evidence sentences). */
  maxWidth?: number;
  /**
   * Texts that seldom repeat (identifiers, amounts as printed, source sentences): written in their
   * cells rather than in the shared-string table, which is held in memory until the last sheet is
   * written (source sentences would otherwise fill it).
   */
  unique?: boolean;
}

export interface SheetPlan {
  name: SheetName;
  columns: ColumnPlan[];
  /**
   * 'list': row 1 holds the columns' headers (frozen, filtered, repeated on printed pages) and
   * `rows` are the records below it. 'free': `rows` are the whole sheet (概览), no table header.
   */
  kind: 'list' | 'free';
  /** Number of rows `rows` yields. */
  rowCount: number;
  rows: () => Iterable<RowPlan>;
}

export interface WorkbookProperties {
  title: string;
  subject: string;
  creator: string;
  /** Report.asOf (or the period's last day): the same input gives the same properties. */
  created: string;
  company: string;
}

export interface WorkbookPlan {
  properties: WorkbookProperties;
  sheets: SheetPlan[];
  /** Problems found while planning (a total the columns cannot reproduce, …). */
  diagnostics: Diagnostic[];
}
