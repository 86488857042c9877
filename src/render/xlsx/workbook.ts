// Report → WorkbookPlan: the sheets in order, with the totals' formulas checked against the model.
import type { Diagnostic, Report } from '../../types.js';
import { layoutWorkbook } from './layout.js';
import type { WorkbookPlan } from './plan.js';
import { articlesSheet } from './sheets/articles.js';
import { countedRefs, indicatorsSheet } from './sheets/indicators.js';
import { notesSheet } from './sheets/notes.js';
import { projectsSheet } from './sheets/projects.js';
import { summarySheet } from './sheets/summary.js';
import { targetsSheet } from './sheets/targets.js';
import { zonesSheet } from './sheets/zones.js';
import { totalCells } from './totals.js';

export interface WorkbookOptions {
  /** Author shown in the file's properties. */
  creator?: string;
  /** Title shown in the file's properties; defaults to "<organisation> 开发区数据 <period>". */
  title?: string;
}

/**
 * `writeDiagnostics` is the list the writer appends to while writing (text it had to clean);
 * the 说明 sheet, written last, reads it then.
 */
export function planWorkbook(report: Report, opts: WorkbookOptions = {}, writeDiagnostics: Diagnostic[] = []): WorkbookPlan {
  const layout = layoutWorkbook(report);
  const diagnostics: Diagnostic[] = [];
  // Which totals add up each figure: the 计入合计 column, the SUMIFS checks and the 开发区 cells.
  const counted = countedRefs(report);
  const totals = totalCells(report, layout, counted, diagnostics);
  const lists = [zonesSheet(report, counted), indicatorsSheet(report, counted), projectsSheet(report), targetsSheet(report), articlesSheet(report)];
  const notes = notesSheet(report, lists.map((s) => ({ sheet: s.name, columns: s.columns })), () => [...diagnostics, ...writeDiagnostics]);
  const title = opts.title ?? `${report.organisation} 开发区数据 ${report.period.label}`;
  return {
    properties: {
      title,
      subject: `${report.period.label}开发区简报数据`,
      creator: opts.creator ?? report.organisation,
      created: report.asOf ?? report.period.end,
      company: report.organisation,
    },
    sheets: [summarySheet(report, layout, totals), ...lists, notes],
    diagnostics,
  };
}
