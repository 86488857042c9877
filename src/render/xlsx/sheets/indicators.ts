// 指标: every figure of the report, one row each, with the sentence it was read from.
import type { Report } from '../../../types.js';
import { figuresInOrder, refList, STATUS_LABEL } from '../layout.js';
import { FMT, SHEET, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';
import { RefIndex } from '../ref-index.js';

/** 1-based column of each field: 概览's SUMIFS formulas address these. */
export const IND_COL = {
  zone: 1, metricLabel: 2, metric: 3, value: 4, unit: 5, amountYi: 6, approx: 7, yoy: 8, status: 9,
  periodLabel: 10, periodFrom: 11, periodTo: 12, ref: 13, evidence: 14, bulletin: 15, article: 16, otherRefs: 17, counted: 18,
} as const;

export const INDICATOR_COLUMNS: ColumnPlan[] = [
  { header: '开发区', meaning: '数字所属开发区的正式全称' },
  { header: '指标', meaning: '指标的中文名称' },
  { header: '指标代码', meaning: '指标的代码（概览的合计公式按它筛选）' },
  { header: '数值（原文）', meaning: '原文印出的数字，单位见“单位”列', numFmt: FMT.general },
  { header: '单位', meaning: '原文印出的单位：个、项、亿元、万元……' },
  { header: '金额（亿元）', meaning: '金额换算为亿元；个数类指标为空', numFmt: FMT.decimal },
  { header: '约数', meaning: '“是”表示原文为约数（余、约、超、近、逾、多、突破……）' },
  { header: '同比增长（%）', meaning: '同一句给出的同比增幅，单位为百分点', numFmt: FMT.decimal },
  { header: '状态', meaning: '实际：已完成的数；目标：计划、目标、力争、预计的数' },
  { header: '期间', meaning: '原文的期间说法，如“2026年1月”“截至目前”' },
  { header: '期间起', meaning: '期间的起点（YYYY、YYYY-MM 或 YYYY-Qn）；原文未限定时为空' },
  { header: '期间止', meaning: '期间的终点（YYYY、YYYY-MM 或 YYYY-Qn）；原文未限定时为空' },
  { header: '引用号', meaning: '简报 PDF 中该数字旁的引用号', numFmt: FMT.count },
  { header: '原文', meaning: '数字所在的原句（逐字摘自简报）', maxWidth: 80, unique: true },
  { header: '简报文件', meaning: '原句所在的简报文件名' },
  { header: '文章标题', meaning: '原句所在文章的标题', maxWidth: 40 },
  { header: '其他出处', meaning: '同一数字在其他文章中也出现时的引用号' },
  { header: '计入合计', meaning: '“是”表示该数字计入了概览的合计（同类数字每个开发区只取一个；单位不能相加的不计入）' },
];

/** The text of the 计入合计 column for figures the totals add up (a SUMIFS criterion). */
export const COUNTED = '是';

/** Reference numbers of the figures the Report's totals add up, by total. */
export const countedRefs = (report: Report): RefIndex => new RefIndex(report.totals.map((t) => t.refs));

export function indicatorsSheet(report: Report, counted: RefIndex): SheetPlan {
  const rowCount = report.zones.reduce((n, z) => n + z.figures.length, 0);
  return {
    name: SHEET.indicators,
    kind: 'list',
    columns: INDICATOR_COLUMNS,
    rowCount,
    *rows(): Generator<RowPlan> {
      for (const f of figuresInOrder(report)) {
        const primary = f.sources[0];
        yield {
          cells: [
            f.zone, f.metricLabel, f.metric, f.value, f.unit, f.amountYi, f.approx ? '是' : '否', f.yoy,
            STATUS_LABEL[f.status], f.period.label, f.period.from, f.period.to,
            primary?.ref ?? null, primary?.evidence ?? null, primary?.bulletin ?? null, primary?.articleTitle ?? null,
            f.sources.length > 1 ? refList(f.sources.slice(1).map((s) => s.ref)) : null,
            primary && counted.has(primary.ref) ? COUNTED : '否',
          ],
        };
      }
    },
  };
}
