// 概览: the period, counts and totals as formulas over the list sheets, and one line per zone
// that links to the zone's rows.
import type { Report } from '../../../types.js';
import { refList, STATUS_LABEL, type RowBlock, type WorkbookLayout } from '../layout.js';
import { FMT, SHEET, type CellValue, type ColumnPlan, type RowPlan, type SheetName, type SheetPlan } from '../plan.js';
import { columnRange } from '../text.js';
import type { TotalCell } from '../totals.js';

const COLUMNS: ColumnPlan[] = [
  { header: 'A', meaning: '', width: 16 },
  { header: 'B', meaning: '', maxWidth: 30 },
  { header: 'C', meaning: '', maxWidth: 14 },
  { header: 'D', meaning: '', maxWidth: 16 },
  { header: 'E', meaning: '', maxWidth: 16 },
  { header: 'F', meaning: '', maxWidth: 16 },
  { header: 'G', meaning: '', maxWidth: 40 },
  { header: 'H', meaning: '', maxWidth: 30 },
  { header: 'I', meaning: '', maxWidth: 26 },
  { header: 'J', meaning: '', maxWidth: 12 },
  { header: 'K', meaning: '', maxWidth: 12 },
];

/** Rows of the summary, in order; exported so tests can find the totals without hard-coding rows. */
export interface SummaryLayout {
  firstTotalRow: number;
  firstZoneRow: number;
}

export function summaryLayout(report: Report): SummaryLayout {
  const firstTotalRow = 12;
  const totalRows = Math.max(1, report.totals.length);
  // blank, section, header after the totals.
  return { firstTotalRow, firstZoneRow: firstTotalRow + totalRows + 3 };
}

const count = (sheet: SheetName, lastRow: number): CellValue => ({
  kind: 'formula', formula: `COUNTA(${columnRange(sheet, 1, 2, lastRow)})`, result: lastRow - 1, numFmt: FMT.count,
});

const blockLink = (sheet: SheetName, block: RowBlock | undefined): CellValue =>
  (block && block.count > 0 ? { kind: 'link', text: `${block.count} 条`, sheet, row: block.first, col: 1 } : '0 条');

export function summarySheet(report: Report, layout: WorkbookLayout, totals: TotalCell[]): SheetPlan {
  const p = report.period;
  const rows: RowPlan[] = [
    { style: 'title', cells: [`${report.organisation} 开发区数据 · ${p.label}`] },
    { cells: ['报告期', p.label, { kind: 'date', iso: p.start }, { kind: 'date', iso: p.end }] },
    { cells: ['数据截至', report.asOf ? { kind: 'date', iso: report.asOf } : '未知'] },
    { cells: ['简报', `${report.bulletins.length} 份`, report.bulletins.map((b) => b.file).join('、') || null] },
    { cells: ['开发区', count(SHEET.zones, layout.lastRow.zones)] },
    { cells: ['指标', count(SHEET.indicators, layout.lastRow.indicators)] },
    { cells: ['项目', count(SHEET.projects, layout.lastRow.projects)] },
    { cells: ['文章', count(SHEET.articles, layout.lastRow.articles)] },
    { cells: [] },
    { style: 'section', cells: ['合计：只把同一指标、同一期间、同一状态的数字相加（公式按“指标”表的指标代码、期间起止和状态求和）'] },
    { style: 'header', cells: ['指标', '期间', '状态', '合计', '单位', '覆盖', '覆盖开发区', '引用号', '指标代码', '期间起', '期间止'] },
  ];
  if (report.totals.length === 0) rows.push({ cells: ['（本期没有可相加的同类数字）'] });
  report.totals.forEach((t, i) => {
    rows.push({
      cells: [
        t.metricLabel, t.period.label, STATUS_LABEL[t.status], totals[i]?.cell ?? t.value, t.unit,
        `${t.zonesCovered}/${t.zonesInReport}`, t.zones.join('、'), refList(t.refs), t.metric, t.period.from, t.period.to,
      ],
    });
  });
  rows.push({ cells: [] });
  rows.push({ style: 'section', cells: ['各开发区：点击名称或条数跳到对应的行'] });
  rows.push({ style: 'header', cells: ['开发区', '城市', '指标', '项目', '文章', '签约投资排名', '签约投资（亿元）', '排名期间'] });
  const rankByZone = new Map(report.ranking.map((r) => [r.zone, r]));
  report.zones.forEach((z, i) => {
    const rank = rankByZone.get(z.zone);
    rows.push({
      cells: [
        { kind: 'link', text: z.zone, sheet: SHEET.zones, row: layout.zoneRow[i] ?? 2, col: 1 },
        z.city,
        blockLink(SHEET.indicators, layout.indicators[i]),
        blockLink(SHEET.projects, layout.projects[i]),
        blockLink(SHEET.articles, layout.articles[i]),
        rank?.rank ?? null,
        rank ? { kind: 'number', value: rank.valueYi, numFmt: FMT.decimal } : null,
        rank?.period.label ?? null,
      ],
    });
  });
  if (report.zones.length === 0) rows.push({ cells: ['（本期没有开发区）'] });
  return { name: SHEET.summary, kind: 'free', columns: COLUMNS, rowCount: rows.length, rows: () => rows };
}
