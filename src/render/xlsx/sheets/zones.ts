// 开发区: one row per zone, one column per comparable figure (the keys of the Report's totals:
// metric, period, status), and the zone's place in the signed-investment ranking.
import { metricInfo } from '../../../model/metrics.js';
import type { Report, Total } from '../../../types.js';
import { STATUS_LABEL } from '../layout.js';
import { FMT, SHEET, type ColumnPlan, type RowPlan, type SheetPlan } from '../plan.js';
import type { RefIndex } from '../ref-index.js';

/** Header of a total's column: the period only where the same metric has several columns. */
export function zoneColumnHeader(total: Total, all: readonly Total[]): string {
  const unit = metricInfo(total.metric).kind === 'money' ? '亿元' : total.unit;
  const siblings = all.filter((t) => t.metric === total.metric);
  const period = siblings.length > 1 || total.status === 'target' ? ` ${total.period.label ?? '期间不限'}` : '';
  const status = siblings.some((t) => t.status !== total.status) || total.status === 'target' ? ` ${STATUS_LABEL[total.status]}` : '';
  return `${total.metricLabel}（${unit}）${period}${status}`;
}

/** `counted` lists, for each reference number, the totals that add it up. */
export function zonesSheet(report: Report, counted: RefIndex): SheetPlan {
  const totals = report.totals;
  const columns: ColumnPlan[] = [
    { header: '开发区', meaning: '开发区正式全称' },
    { header: '简称', meaning: '标题中常用的简称' },
    { header: '城市', meaning: '所在城市' },
    { header: '在名录中', meaning: '“否”表示该开发区不在开发区名录中，仅按名称识别' },
    ...totals.map((t): ColumnPlan => ({
      header: zoneColumnHeader(t, totals),
      meaning: `该开发区的“${t.metricLabel}”，期间 ${t.period.label ?? '不限'}，${STATUS_LABEL[t.status]}数；与概览中同名合计相加的是同一批数字`,
      numFmt: metricInfo(t.metric).kind === 'money' ? FMT.decimal : FMT.count,
      maxWidth: 24,
    })),
    { header: '签约投资排名', meaning: '按签约投资（亿元）的排名', numFmt: FMT.count },
    { header: '签约投资（亿元）', meaning: '排名依据的签约投资额', numFmt: FMT.decimal },
    { header: '排名期间', meaning: '排名所用数字的期间' },
    { header: '指标条数', meaning: '“指标”表中该开发区的行数', numFmt: FMT.count },
    { header: '项目数', meaning: '“项目”表中该开发区的行数', numFmt: FMT.count },
    { header: '文章数', meaning: '“文章”表中该开发区的行数', numFmt: FMT.count },
  ];
  const rankByZone = new Map(report.ranking.map((r) => [r.zone, r]));
  // One row per zone: few enough to build once (the writer reads the rows twice).
  const rows: RowPlan[] = report.zones.map((z) => {
    const rank = rankByZone.get(z.zone);
    // A cell adds only the figures its total counts (its refs), so the row agrees with 概览 and
    // never adds two reports of one quantity (conflicting values, a figure under two labels).
    // One pass over the zone's figures, adding in figure order.
    const perTotal: (number | null)[] = totals.map(() => null);
    for (const f of z.figures) {
      const ks = counted.groupsOf(f.sources[0]?.ref ?? -1);
      if (ks.length === 0) continue;
      const amount = metricInfo(f.metric).kind === 'money' ? (f.amountYi ?? 0) : f.value;
      for (const k of ks) perTotal[k] = (perTotal[k] ?? 0) + amount;
    }
    return {
      cells: [
        z.zone, z.short, z.city, z.known ? '是' : '否', ...perTotal,
        rank?.rank ?? null, rank?.valueYi ?? null, rank?.period.label ?? null,
        z.figures.length, z.projects.length, z.articles.length,
      ],
    };
  });
  return { name: SHEET.zones, kind: 'list', columns, rowCount: rows.length, rows: () => rows };
}
