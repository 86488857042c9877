// Formulas for the Report's totals. The model decides what is comparable (same metric, same period,
// same status, one figure per zone); the workbook must let staff re-add those numbers themselves,
// so each total becomes a SUMIFS over 指标 on exactly those keys plus the 计入合计 column (the
// figures some total adds up), checked here against the model's value. When the SUMIFS would not
// give the model's number (two totals whose periods print differently share one key), the total
// falls back to SUM over its figures' own cells, and failing that to the value, with a diagnostic.
import type { Diagnostic, Report, Total } from '../../types.js';
import { metricInfo } from '../../model/metrics.js';
import { STATUS_LABEL, type WorkbookLayout } from './layout.js';
import { FMT, SHEET, type FormulaCell, type NumberCell } from './plan.js';
import type { RefIndex } from './ref-index.js';
import { COUNTED, IND_COL } from './sheets/indicators.js';
import { address, columnRange, exactCriterion, quoteSheet } from './text.js';

/** Excel's limit on a formula's length. */
const MAX_FORMULA_CHARS = 8_192;

// The model rounds totals to 6 decimals (亿元 → 100 元); a recomputed sum may differ below that.
const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 5e-7 + 1e-9 * Math.abs(b);

export interface TotalCell {
  cell: FormulaCell | NumberCell;
  /** How the cell reproduces the total. */
  method: 'sumifs' | 'sum' | 'value';
}

/** The column of 指标 a total adds up: money in 亿元, counts as printed. */
export const sumColumn = (total: Total): number =>
  (metricInfo(total.metric).kind === 'money' ? IND_COL.amountYi : IND_COL.value);

export function sumifsFormula(total: Total, lastRow: number): string {
  const range = (col: number): string => columnRange(SHEET.indicators, col, 2, lastRow);
  return `SUMIFS(${[
    range(sumColumn(total)),
    range(IND_COL.metric), exactCriterion(total.metric),
    range(IND_COL.periodFrom), exactCriterion(total.period.from),
    range(IND_COL.periodTo), exactCriterion(total.period.to),
    range(IND_COL.status), exactCriterion(STATUS_LABEL[total.status]),
    range(IND_COL.counted), exactCriterion(COUNTED),
  ].join(',')})`;
}

interface Sum { value: number; yi: number }

/**
 * What each SUMIFS computes over the 指标 rows: the counted figures summed by metric, period
 * bounds and status, in one pass. Nested maps keyed by the figures' own strings: no key string is
 * built per figure (null bounds are a key of their own).
 */
export class ComparableSums {
  private readonly sums = new Map<string, Map<string, Map<string | null, Map<string | null, Sum>>>>();

  constructor(report: Report, counted: RefIndex) {
    for (const z of report.zones) {
      for (const f of z.figures) {
        const ref = f.sources[0]?.ref;
        if (ref === undefined || !counted.has(ref)) continue;
        const s = this.sum(f.metric, f.status, f.period.from, f.period.to, true)!;
        s.value += f.value;
        s.yi += f.amountYi ?? 0;
      }
    }
  }

  private sum(metric: string, status: string, from: string | null, to: string | null, create: boolean): Sum | undefined {
    let byStatus = this.sums.get(metric);
    if (!byStatus) {
      if (!create) return undefined;
      this.sums.set(metric, (byStatus = new Map()));
    }
    let byFrom = byStatus.get(status);
    if (!byFrom) {
      if (!create) return undefined;
      byStatus.set(status, (byFrom = new Map()));
    }
    let byTo = byFrom.get(from);
    if (!byTo) {
      if (!create) return undefined;
      byFrom.set(from, (byTo = new Map()));
    }
    let sum = byTo.get(to);
    if (!sum && create) byTo.set(to, (sum = { value: 0, yi: 0 }));
    return sum;
  }

  /** The SUMIFS result for `total`'s keys. */
  result(total: Total): number {
    const s = this.sum(total.metric, total.status, total.period.from, total.period.to, false);
    if (!s) return 0;
    return metricInfo(total.metric).kind === 'money' ? s.yi : s.value;
  }
}

export function totalCells(report: Report, layout: WorkbookLayout, counted: RefIndex, diagnostics: Diagnostic[]): TotalCell[] {
  const sums = new ComparableSums(report, counted);
  return report.totals.map((t) => totalCell(sums, layout, t, diagnostics));
}

function totalCell(sums: ComparableSums, layout: WorkbookLayout, total: Total, diagnostics: Diagnostic[]): TotalCell {
  const numFmt = metricInfo(total.metric).kind === 'money' ? FMT.decimal : FMT.count;
  const lastRow = layout.lastRow.indicators;
  if (sameNumber(sums.result(total), total.value)) {
    return { method: 'sumifs', cell: { kind: 'formula', formula: sumifsFormula(total, lastRow), result: total.value, numFmt } };
  }
  const rows = total.refs.map((r) => layout.indicatorRow(r));
  if (rows.length > 0 && rows.every((r): r is number => r !== undefined)) {
    const col = sumColumn(total);
    const formula = `SUM(${[...new Set(rows)].map((r) => `${quoteSheet(SHEET.indicators)}!${address(col, r, true)}`).join(',')})`;
    if (formula.length <= MAX_FORMULA_CHARS) {
      diagnostics.push({
        code: 'xlsx.total-not-sumifs', severity: 'info',
        message: `合计“${total.metricLabel} ${total.period.label ?? ''} ${STATUS_LABEL[total.status]}”不是全部同类数字之和，改用所列引用号的单元格求和`,
      });
      return { method: 'sum', cell: { kind: 'formula', formula, result: total.value, numFmt } };
    }
  }
  diagnostics.push({
    code: 'xlsx.total-constant', severity: 'warning',
    message: `合计“${total.metricLabel} ${total.period.label ?? ''} ${STATUS_LABEL[total.status]}”无法用公式重现，写入的是数值 ${total.value}`,
  });
  return { method: 'value', cell: { kind: 'number', value: total.value, numFmt } };
}
