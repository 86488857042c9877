// 目标: each target beside its actual for the same metric and period, with the completion ratio
// as a formula over the two comparable amounts.
import { metricInfo } from '../../../model/metrics.js';
import type { Figure, Report, TargetVsActual } from '../../../types.js';
import { FMT, SHEET, type CellValue, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';
import { address } from '../text.js';

export const TARGET_COL = { targetComparable: 7, actualComparable: 10, ratio: 12 } as const;

export const TARGET_COLUMNS: ColumnPlan[] = [
  { header: '开发区', meaning: '开发区' },
  { header: '指标', meaning: '指标的中文名称' },
  { header: '期间', meaning: '目标的期间（原文）' },
  { header: '期间起', meaning: '期间起点' },
  { header: '期间止', meaning: '期间终点' },
  { header: '目标（原文）', meaning: '目标数，原文印出的数字和单位', maxWidth: 20, unique: true },
  { header: '目标（可比）', meaning: '目标数：金额换算为亿元，个数照原文', numFmt: FMT.decimal },
  { header: '目标引用号', meaning: '目标数的引用号', numFmt: FMT.count },
  { header: '实际（原文）', meaning: '同期实际数，原文印出的数字和单位；未报道时为空', maxWidth: 20, unique: true },
  { header: '实际（可比）', meaning: '实际数：金额换算为亿元，个数照原文', numFmt: FMT.decimal },
  { header: '实际引用号', meaning: '实际数的引用号', numFmt: FMT.count },
  { header: '完成率', meaning: '实际（可比）÷ 目标（可比）；单位不可比或缺实际数时为空', numFmt: FMT.percent },
  { header: '单位（可比）', meaning: '“可比”两列的单位' },
  { header: '目标原文', meaning: '目标数所在的原句', maxWidth: 80, unique: true },
  { header: '实际原文', meaning: '实际数所在的原句', maxWidth: 80, unique: true },
];

const comparable = (f: Figure): number => (metricInfo(f.metric).kind === 'money' ? (f.amountYi ?? f.value) : f.value);
const asPrinted = (f: Figure): string => `${f.approx ? '约' : ''}${f.value}${f.unit}`;

function ratioCell(t: TargetVsActual, row: number): CellValue {
  if (t.ratio === null || t.actual === null) return null;
  const target = comparable(t.target);
  const actual = comparable(t.actual);
  // The formula is only written when it gives the model's ratio; otherwise the model's number stands.
  if (target !== 0 && Math.abs(actual / target - t.ratio) <= 1e-9 * Math.max(1, Math.abs(t.ratio))) {
    const formula = `IF(${address(TARGET_COL.targetComparable, row)}=0,"",${address(TARGET_COL.actualComparable, row)}/${address(TARGET_COL.targetComparable, row)})`;
    return { kind: 'formula', formula, result: t.ratio, numFmt: FMT.percent };
  }
  return { kind: 'number', value: t.ratio, numFmt: FMT.percent };
}

export function targetsSheet(report: Report): SheetPlan {
  return {
    name: SHEET.targets,
    kind: 'list',
    columns: TARGET_COLUMNS,
    rowCount: report.zones.reduce((n, z) => n + z.targets.length, 0),
    *rows(): Generator<RowPlan> {
      let row = 2;
      for (const z of report.zones) {
        for (const t of z.targets) {
          const a = t.actual;
          yield {
            cells: [
              z.zone, t.metricLabel, t.period.label, t.period.from, t.period.to,
              asPrinted(t.target), comparable(t.target), t.target.sources[0]?.ref ?? null,
              a ? asPrinted(a) : null, a ? comparable(a) : null, a?.sources[0]?.ref ?? null,
              ratioCell(t, row),
              metricInfo(t.metric).kind === 'money' ? '亿元' : t.target.unit,
              t.target.sources[0]?.evidence ?? null, a?.sources[0]?.evidence ?? null,
            ],
          };
          row++;
        }
      }
    },
  };
}
