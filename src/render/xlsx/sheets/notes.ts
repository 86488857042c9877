// 说明: what each sheet and column holds, how the totals are computed, and every diagnostic —
// the report's own and the workbook's (text that had to be cleaned to fit a cell).
import { diagnosticText } from '../../diagnostic-text.js';
import type { Diagnostic, Report, Severity } from '../../../types.js';
import { FMT, SHEET, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';

const SEVERITY_LABEL: Record<Severity, string> = { error: '问题：错误', warning: '问题：警告', info: '问题：提示' };

const COLUMNS: ColumnPlan[] = [
  { header: '类别', meaning: '表名，或“问题：错误/警告/提示”' },
  { header: '列 / 代码', meaning: '列名，或问题的代码' },
  { header: '说明', meaning: '列的含义，或问题的描述', maxWidth: 90 },
  { header: '文件', meaning: '问题所在的简报文件' },
  { header: '行', meaning: '问题所在的行号', numFmt: FMT.count },
];

const SHEET_NOTES: [string, string][] = [
  [SHEET.summary, '报告期、条目数和合计。合计是公式：只把同一指标、同一期间（期间起止相同）、同一状态的数字相加，可在“指标”表按指标代码、期间起、期间止、状态筛选核对。点击开发区名称或条数可跳到对应的行。'],
  [SHEET.zones, '每个开发区一行；每个可比指标一列（列名含单位，同一指标有多个期间时含期间）。'],
  [SHEET.indicators, '报告中的每一个数字及其原句、出处，一行一个。'],
  [SHEET.projects, '报道中点名的每一个项目。'],
  [SHEET.targets, '目标数与同期实际数，完成率为公式。'],
  [SHEET.articles, '报告引用的每一篇文章。'],
];

/**
 * `workbookDiagnostics` is called when the rows are produced: this sheet is written last, so it
 * also lists what the writer found while writing the sheets before it.
 */
export function notesSheet(
  report: Report,
  columnsBySheet: { sheet: string; columns: ColumnPlan[] }[],
  workbookDiagnostics: () => readonly Diagnostic[],
): SheetPlan {
  const fixedRows = SHEET_NOTES.length + columnsBySheet.reduce((n, s) => n + s.columns.length, 0) + report.diagnostics.length;
  return {
    name: SHEET.notes,
    kind: 'list',
    columns: COLUMNS,
    get rowCount() { return fixedRows + workbookDiagnostics().length; },
    *rows(): Generator<RowPlan> {
      for (const [sheet, note] of SHEET_NOTES) yield { cells: [sheet, '（整表）', note, null, null] };
      for (const s of columnsBySheet) for (const c of s.columns) yield { cells: [s.sheet, c.header, c.meaning, null, null] };
      for (const d of [...report.diagnostics, ...workbookDiagnostics()]) {
        yield { cells: [SEVERITY_LABEL[d.severity], d.code, diagnosticText(d), d.file ?? null, d.line ?? null] };
      }
    },
  };
}
