// The Excel workbook of a report (issue 6): 概览, 开发区, 指标, 项目, 目标, 文章, 说明.
// Entry for the `report` command; written to a temporary file beside the target and renamed,
// so a reader never sees half a workbook.
import type { Diagnostic, Report } from '../../types.js';
import { replaceFile } from '../atomic-file.js';
import { planWorkbook, type WorkbookOptions } from './workbook.js';
import { writePlan, type WriterKind } from './write.js';

export type { WorkbookOptions } from './workbook.js';
export { planWorkbook } from './workbook.js';

export interface WriteWorkbookOptions extends WorkbookOptions {
  /** Receives what the planner and the writer found (also listed on the 说明 sheet). */
  onDiagnostic?: (d: Diagnostic) => void;
  /** 'memory' uses exceljs's in-memory writer: only for the benchmark's baseline. */
  writer?: WriterKind;
}

export async function writeWorkbook(report: Report, outPath: string, opts: WriteWorkbookOptions = {}): Promise<void> {
  const writeDiagnostics: Diagnostic[] = [];
  const plan = planWorkbook(report, opts, writeDiagnostics);
  try {
    await replaceFile(outPath, (tmp) => writePlan(plan, tmp, writeDiagnostics, opts.writer ?? 'stream'));
  } catch (err) {
    throw new Error(`cannot write workbook ${outPath}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  for (const d of [...plan.diagnostics, ...writeDiagnostics]) opts.onDiagnostic?.(d);
}
