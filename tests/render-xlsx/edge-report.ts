// Reports that stress the workbook: text Excel cannot hold as is (control characters, a sentence
// longer than a cell allows), a total over one figure per zone where a zone reports two, two
// totals whose periods print differently but share their bounds, a total no formula can give,
// a target with its actual. Invented text and figures.
import type { Figure, Report, SourceRef } from '../../src/types.js';
import { sampleReport } from '../fixtures/sample-report.js';

const BULLETIN = 'edge-2026-02-03.txt';

const source = (ref: number, evidence: string, articleTitle = '边界情况测试文章'): SourceRef => ({
  ref, bulletin: BULLETIN, bulletinSha256: 'cd'.repeat(32), articleId: 'cdcdcdcdcdcd:0', articleTitle, evidence,
  span: { start: ref * 10, end: ref * 10 + evidence.length, line: ref },
});

const figure = (zone: string, ref: number, value: number, evidence: string, extra: Partial<Figure> = {}): Figure => ({
  zone, metric: 'started_projects', metricLabel: '开工项目', value, unit: '个', amountYi: null, approx: false, yoy: null,
  status: 'actual', period: { label: '2026年2月', from: '2026-02', to: '2026-02' }, sources: [source(ref, evidence)], ...extra,
});

export const LONG_EVIDENCE = `2月份,新开工项目${'十'.repeat(40_000)}个`;

/** Two zones. 指标 rows: A 7 (ref 1), A 3 (ref 2), A completed 2 (ref 7), B 11 (ref 3), B target, B actual, B completed 5 (ref 6). */
export function edgeReport(): Report {
  const zoneA = '甲乙经济技术开发区';
  const zoneB = '丙丁高新技术产业开发区';
  const fA = figure(zoneA, 1, 7, '2月份,新开工项目7个\u0007', { yoy: 16.5 });
  const fA2 = figure(zoneA, 2, 3, '另有3个项目完成前期手续后开工');
  const fB = figure(zoneB, 3, 11, LONG_EVIDENCE);
  const done = { metric: 'completed_projects', metricLabel: '竣工投产项目' } as const;
  const fA3 = figure(zoneA, 7, 2, '2026年2月竣工投产项目2个', done);
  const fB2 = figure(zoneB, 6, 5, '2月份竣工投产项目5个', { ...done, period: { label: '2月份', from: '2026-02', to: '2026-02' } });
  const target: Figure = {
    zone: zoneB, metric: 'annual_planned_investment', metricLabel: '年度计划投资', value: 45, unit: '亿元', amountYi: 45, approx: false,
    yoy: null, status: 'target', period: { label: '2026年', from: '2026', to: '2026' }, sources: [source(4, '全年计划完成投资45亿元')],
  };
  const actual: Figure = { ...target, value: 9000, unit: '万元', amountYi: 0.9, status: 'actual', sources: [source(5, '2月份已完成投资9000万元')] };
  const base = sampleReport();
  return {
    ...base,
    period: { kind: 'month', key: '2026-02', start: '2026-02-01', end: '2026-02-28', label: '2026年2月' },
    asOf: '2026-02-03',
    bulletins: [{ file: BULLETIN, sha256: 'cd'.repeat(32), issued: '2026-02-03', issueYear: 2026 }],
    zones: [
      {
        zone: zoneA, short: '甲乙经开区', city: '示例市', known: true, figures: [fA, fA2, fA3], projects: [], projectEvents: [], targets: [],
        articles: [{ id: 'cdcdcdcdcdcd:0', bulletin: BULLETIN, title: '边界情况测试文章\u001b', kicker: null, date: '2026-02-02', authors: ['测试员'] }],
      },
      {
        zone: zoneB, short: '丙丁高新区', city: null, known: false, figures: [fB, target, actual, fB2], projects: [], projectEvents: [],
        targets: [{ metric: 'annual_planned_investment', metricLabel: '年度计划投资', period: target.period, target, actual, ratio: 0.9 / 45 }],
        articles: [],
      },
    ],
    totals: [
      // One figure per zone: refs 1 and 3, not ref 2 (SUMIFS with 计入合计 gives this).
      { metric: 'started_projects', metricLabel: '开工项目', period: fA.period, status: 'actual', unit: '个', value: 18, zonesCovered: 2, zonesInReport: 2, zones: [zoneA, zoneB], refs: [1, 3] },
      // Same metric and bounds, periods printed differently: a SUMIFS would add both, so each sums its own cell.
      { metric: 'completed_projects', metricLabel: '竣工投产项目', period: fA3.period, status: 'actual', unit: '个', value: 2, zonesCovered: 1, zonesInReport: 2, zones: [zoneA], refs: [7] },
      { metric: 'completed_projects', metricLabel: '竣工投产项目', period: fB2.period, status: 'actual', unit: '个', value: 5, zonesCovered: 1, zonesInReport: 2, zones: [zoneB], refs: [6] },
      // A total whose figures are not in the report at all: only its value can be written.
      { metric: 'signed_projects', metricLabel: '签约项目', period: fA.period, status: 'actual', unit: '个', value: 4, zonesCovered: 2, zonesInReport: 2, zones: [zoneA, zoneB], refs: [98, 99] },
    ],
    ranking: [],
    sources: [...fA.sources, ...fA2.sources, ...fB.sources, ...target.sources, ...actual.sources, ...fB2.sources, ...fA3.sources],
    diagnostics: [{ code: 'zone.unknown', severity: 'warning', message: '丙丁高新技术产业开发区 is not in the zone registry', file: BULLETIN, line: 12 }],
  };
}
