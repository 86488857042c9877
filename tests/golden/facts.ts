// Hand-worked facts about the corpus (../shared/corpus): numbers a person read off the bulletins,
// written here by hand (no corpus sentences). They are checked twice: on Reports aggregated from
// the extractor's output (corpus.test.ts) and from the gold annotations (gold.test.ts), so a
// failure says whether aggregation or extraction is at fault.
import { describe, expect } from 'vitest';
import type { Figure, Metric, Report, Status } from '../../src/types.js';

export type ReportOf = (key: string) => Report;
export type Fact = (name: string, fn: () => void) => void;

/** The report periods the facts are about: [kind, key]. */
export const FACT_PERIODS = [['month', '2026-01'], ['quarter', '2026-Q2'], ['year', '2023'], ['year', '2025'], ['month', '2025-10']] as const;

const zoneOf = (r: Report, zone: string) => r.zones.find((z) => z.zone === zone);

/** The figures of a zone for one metric, status and exact period bounds. */
function figures(r: Report, zone: string, metric: Metric, from: string | null, to: string | null, status: Status = 'actual'): Figure[] {
  return (zoneOf(r, zone)?.figures ?? []).filter((f) => f.metric === metric && f.status === status && f.period.from === from && f.period.to === to);
}
const values = (fs_: Figure[]): number[] => fs_.map((f) => f.value);

export function corpusFacts(report: ReportOf, fact: Fact): void {
  const XY = '襄垣经济技术开发区';
  const HM = '侯马经济开发区';
  const YC = '运城经济技术开发区';
  const JC = '交城经济开发区';
  const GL = '广灵经济技术开发区';
  const JCJ = '晋城经济技术开发区';
  const GX = '古县经济技术开发区';
  const LS = '灵石经济技术开发区';
  const XYG = '昔阳经济技术开发区';
  const LF = '临汾经济开发区';
  const SD = '上党经济技术开发区';

  describe('corpus facts, 2026年1月 (000, issue year 2026, no issue date)', () => {
    fact('asOf is the latest article date of 000 (01-19), standing in for the unknown issue date', () => {
      expect(report('2026-01').asOf).toBe('2026-01-19');
      expect(report('2026-01').diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.issue-date-stand-in', file: '000_48818c0bb34f0121.txt' }));
      expect(report('2026-01').bulletins.map((b) => b.file)).toEqual(['000_48818c0bb34f0121.txt']);
    });
    fact('襄垣 2025 signed projects 47', () => expect(values(figures(report('2026-01'), XY, 'signed_projects', '2025', '2025'))).toEqual([47]));
    fact('襄垣 2021–2025 signed projects 90 and signed investment 530.46 亿元', () => {
      expect(values(figures(report('2026-01'), XY, 'signed_projects', '2021', '2025'))).toEqual([90]);
      expect(figures(report('2026-01'), XY, 'signed_investment', '2021', '2025').map((f) => [f.value, f.unit, f.amountYi])).toEqual([[530.46, '亿元', 530.46]]);
    });
    fact('rule 1: 襄垣 90 (十四五) and 47 (2025) are never added to 137', () => {
      const r = report('2026-01');
      expect(r.totals.filter((t) => t.metric === 'signed_projects').map((t) => t.value)).not.toContain(137);
      expect(zoneOf(r, XY)?.figures.filter((f) => f.metric === 'signed_projects').map((f) => f.value).sort()).toEqual([47, 90]);
    });
    fact('襄垣 2025 landed projects 27; 2021–2025 registered 134 projects, 207.56 亿元', () => {
      expect(values(figures(report('2026-01'), XY, 'landed_projects', '2025', '2025'))).toEqual([27]);
      expect(values(figures(report('2026-01'), XY, 'registered_projects', '2021', '2025'))).toEqual([134]);
      expect(values(figures(report('2026-01'), XY, 'registered_investment', '2021', '2025'))).toEqual([207.56]);
    });
    fact('侯马 signed one project (绿电园区项目, 10 亿元) in January: one signed event of 10 亿元', () => {
      const z = zoneOf(report('2026-01'), HM);
      expect(z?.projects.map((p) => [p.stage, p.investment?.amountYi, p.month])).toEqual([['signed', 10, '2026-01']]);
      expect(z?.projectEvents.map(({ reported: _r, ...e }) => e)).toEqual([{ stage: 'signed', count: 1, investmentYi: 10, withAmount: 1 }]);
    });
    fact('运城 planned projects 106 for 2026', () => expect(values(figures(report('2026-01'), YC, 'planned_projects', '2026', '2026'))).toEqual([106]));
    fact('the 2025 signed-projects total is 47 over 1 of the report\'s zones', () => {
      const r = report('2026-01');
      const t = r.totals.find((x) => x.metric === 'signed_projects' && x.period.from === '2025' && x.period.to === '2025' && x.status === 'actual');
      expect(t).toMatchObject({ value: 47, zonesCovered: 1, zonesInReport: r.zones.length, zones: [XY] });
    });
    fact('ranking: 襄垣 first in 2021–2025 signed investment (530.46), its own period', () => {
      const rows = report('2026-01').ranking.filter((x) => x.period.from === '2021' && x.period.to === '2025');
      expect(rows.map((x) => [x.rank, x.zone, x.valueYi])).toEqual([[1, XY, 530.46]]);
    });
    fact('every cited source is in the appendix, numbered 1..n in order', () => {
      const r = report('2026-01');
      expect(r.sources.map((s) => s.ref)).toEqual(r.sources.map((_, i) => i + 1));
      const cited = new Set(r.zones.flatMap((z) => [...z.figures, ...z.projects].flatMap((f) => f.sources.map((s) => s.ref))));
      expect([...cited].sort((a, b) => a - b)).toEqual(r.sources.map((s) => s.ref));
    });
  });

  describe('corpus facts, 2026年第二季度 (002: April news)', () => {
    fact('临汾 job fair: more than 1000 jobs (approx), in April 2026', () => {
      expect(figures(report('2026-Q2'), LF, 'jobs', '2026-04', '2026-04').map((f) => [f.value, f.approx])).toEqual([[1000, true]]);
    });
    fact('上党 32 projects to push this year and 15 key industrial projects are two figures', () => {
      const z = zoneOf(report('2026-Q2'), SD);
      expect(z?.figures.filter((f) => f.metric === 'ongoing_projects').map((f) => f.value).sort((a, b) => a - b)).toEqual([15, 32]);
    });
    fact('no January news leaks into the second quarter', () => {
      expect(zoneOf(report('2026-Q2'), XY)?.figures ?? []).toEqual([]);
      expect(report('2026-Q2').bulletins.map((b) => b.file)).toEqual(['002_72a9917a1fca5e74.txt']);
    });
  });

  describe('corpus facts, 2023年 (001 and 003)', () => {
    fact('交城 2023 annual planned investment 27 亿元 is a target with no matching actual', () => {
      const t = zoneOf(report('2023'), JC)?.targets.filter((x) => x.metric === 'annual_planned_investment');
      expect(t?.map((x) => [x.target.value, x.target.unit, x.period.from, x.actual, x.ratio])).toEqual([[27, '亿元', '2023', null, null]]);
    });
    fact('交城: the two "signed 6 projects" (2023 三个一批, and up to December) are two figures', () => {
      expect(values(figures(report('2023'), JC, 'signed_projects', '2023', '2023'))).toEqual([6]);
      expect(values(figures(report('2023'), JC, 'signed_projects', null, '2023-12'))).toEqual([6]);
    });
    fact('交城 2023: signed 7.64 亿元, started 8 projects 11.63 亿元, completed 5 projects 48.54 亿元', () => {
      const r = report('2023');
      expect(values(figures(r, JC, 'signed_investment', '2023', '2023'))).toEqual([7.64]);
      expect(values(figures(r, JC, 'started_projects', '2023', '2023'))).toContain(8);
      expect(values(figures(r, JC, 'started_investment', '2023', '2023'))).toContain(11.63);
      expect(values(figures(r, JC, 'completed_projects', '2023', '2023'))).toEqual([5]);
      expect(values(figures(r, JC, 'completed_investment', '2023', '2023'))).toEqual([48.54]);
    });
    fact('广灵 2023: 7 projects newly landed, 6.88 亿元 signed', () => {
      expect(values(figures(report('2023'), GL, 'landed_projects', '2023', '2023'))).toEqual([7]);
      expect(values(figures(report('2023'), GL, 'signed_investment', '2023', '2023'))).toEqual([6.88]);
    });
    fact('2023 signed investment total = 交城 7.64 + 广灵 6.88 = 14.52 亿元 over 2 zones', () => {
      const t = report('2023').totals.find((x) => x.metric === 'signed_investment' && x.status === 'actual' && x.period.from === '2023' && x.period.to === '2023');
      expect(t?.value).toBe(14.52);
      expect(t?.zonesCovered).toBe(2);
    });
    fact('2023 landed projects total = 晋城 12 + 广灵 7 = 19 over 2 zones', () => {
      const t = report('2023').totals.find((x) => x.metric === 'landed_projects' && x.status === 'actual' && x.period.from === '2023' && x.period.to === '2023');
      expect(t).toMatchObject({ value: 19, zonesCovered: 2 });
      expect(t?.zones.sort()).toEqual([GL, JCJ].sort());
    });
    fact('古县 2023 started 9 projects (actual) and a target of 5 more in the second half, kept apart', () => {
      expect(values(figures(report('2023'), GX, 'started_projects', '2023', '2023'))).toEqual([9]);
      expect(values(figures(report('2023'), GX, 'started_projects', '2023-Q3', '2023-Q4', 'target'))).toEqual([5]);
    });
  });

  describe('corpus facts, 2025年 (004, issue year 2025)', () => {
    fact('灵石 signed investment 92.8 (2025), 96.46 (2022–2024) and 98.36 (2022–2025): three figures, three rankings', () => {
      const r = report('2025');
      expect(values(figures(r, LS, 'signed_investment', '2025', '2025'))).toEqual([92.8]);
      expect(values(figures(r, LS, 'signed_investment', '2022', '2024'))).toEqual([96.46]);
      expect(values(figures(r, LS, 'signed_investment', '2022', '2025'))).toEqual([98.36]);
      const rows = r.ranking.filter((x) => x.zone === LS);
      expect(rows.map((x) => [x.period.from, x.period.to, x.valueYi]).sort()).toEqual([['2022', '2024', 96.46], ['2022', '2025', 98.36], ['2025', '2025', 92.8]]);
    });
    fact('灵石 signed projects 21 (2022–2024) and 23 (2022–2025) are never added to 44', () => {
      const r = report('2025');
      expect(values(figures(r, LS, 'signed_projects', '2022', '2024'))).toEqual([21]);
      expect(values(figures(r, LS, 'signed_projects', '2022', '2025'))).toEqual([23]);
      expect(r.totals.filter((t) => t.metric === 'signed_projects').map((t) => t.value)).not.toContain(44);
    });
    fact('灵石 completed project 数字化管控平台 1200 万元 = 0.12 亿元 as a completed event', () => {
      const e = zoneOf(report('2025'), LS)?.projectEvents.find((x) => x.stage === 'completed');
      expect(e).toMatchObject({ count: 1, investmentYi: 0.12, withAmount: 1 });
    });
    fact('昔阳 project 昌正和 about 7000 万元, under construction (not an event)', () => {
      const z = zoneOf(report('2025'), XYG);
      expect(z?.projects.map((p) => [p.stage, p.investment?.value, p.investment?.unit, p.investment?.approx])).toEqual([['ongoing', 7000, '万元', true]]);
      expect(z?.projectEvents).toEqual([]);
    });
    fact('October 2025 holds the October news of 004; asOf is its latest article date (10-02)', () => {
      expect(report('2025-10').asOf).toBe('2025-10-02');
      expect(zoneOf(report('2025-10'), LS)).toBeDefined();
    });
  });
}
