import { describe, expect, it } from 'vitest';
import { buildReport, type ZoneLookup } from '../../src/aggregate/index.js';
import { parseReportPeriod } from '../../src/period.js';
import type { Bulletin, Report, ZoneEntry } from '../../src/types.js';
import { article, bulletin, indicator, period, project } from './build.js';

// Invented zones and sentences in the style of the bulletins.
const QS = '青山经济技术开发区';
const BH = '白河高新技术产业开发区';
const LX = '柳溪经济开发区';

const entry = (name: string, short: string, city: string): ZoneEntry => ({ name, short, aliases: [], kind: '经开区', level: 'provincial', province: '山西省', city, county: null });
const ENTRIES = [entry(QS, '青山经开区', '甲市'), entry(BH, '白河高新区', '乙市')];
const registry: ZoneLookup = {
  all: () => ENTRIES,
  resolve: (printed) => ENTRIES.find((e) => e.name === printed || e.short === printed) ?? null,
};

const JAN = parseReportPeriod('month', '2026-01');
const report = (bulletins: Bulletin[], p = JAN): Report => buildReport({ bulletins, period: p, organisation: '示例开发区服务中心', registry });
const zone = (r: Report, name: string) => {
  const z = r.zones.find((x) => x.zone === name);
  if (!z) throw new Error(`no zone ${name} in report`);
  return z;
};

const FIVE_YEAR = period('“十四五”期间', '2021', '2025');
const Y2025 = period('2025年', '2025');

describe('honesty rule 1: figures with different periods are never added', () => {
  it('keeps 十四五 signed 88 and 2025 signed 41 as two figures and two totals, never 129', () => {
    const b = bulletin('r1', {
      issueYear: 2026,
      articles: [article({
        zone: QS, title: '青山经开区招商引资成效显著', date: '01-15',
        indicators: [
          indicator('signed_projects', 88, '个', '“十四五”期间,累计签约项目88个', { period: FIVE_YEAR }),
          indicator('signed_projects', 41, '个', '2025年,签约项目41个', { period: Y2025 }),
        ],
      })],
    });
    const r = report([b]);
    expect(zone(r, QS).figures.map((f) => [f.value, f.period.from, f.period.to])).toEqual([[41, '2025', '2025'], [88, '2021', '2025']]);
    const signed = r.totals.filter((t) => t.metric === 'signed_projects');
    expect(signed.map((t) => t.value).sort()).toEqual([41, 88]);
    expect(r.totals.some((t) => t.value === 129)).toBe(false);
  });
});

describe('honesty rule 2: the same figure reported twice counts once', () => {
  it('merges one figure from two articles in two bulletins into one Figure with two sources', () => {
    const fig = () => indicator('signed_investment', 63.2, '亿元', '2025年全年签约总投资63.2亿元', { period: Y2025 });
    const b1 = bulletin('r2-a', { issueYear: 2026, articles: [article({ zone: QS, title: '青山经开区年度成绩单', date: '01-06', indicators: [fig()] })] });
    const b2 = bulletin('r2-b', { issueYear: 2026, articles: [article({ zone: QS, title: '青山经开区召开总结大会', date: '01-20', indicators: [fig(), { ...fig(), unit: '万元', value: 632000, amountYi: 63.2 }] })] });
    const r = report([b1, b2]);
    const figures = zone(r, QS).figures;
    expect(figures).toHaveLength(1);
    expect(figures[0]?.sources).toHaveLength(3);
    const total = r.totals.find((t) => t.metric === 'signed_investment');
    expect(total).toMatchObject({ value: 63.2, zonesCovered: 1 });
    expect(r.diagnostics.filter((d) => d.code === 'aggregate.conflicting-figures')).toEqual([]);
  });

  it('keeps the same bulletin given twice as one bulletin', () => {
    const b = bulletin('r2-same', { issueYear: 2026, articles: [article({ zone: QS, title: '标题', date: '01-06', indicators: [indicator('signed_projects', 3, '个', '签约项目3个', { period: Y2025 })] })] });
    const r = report([b, structuredClone(b)]);
    expect(r.bulletins).toHaveLength(1);
    expect(zone(r, QS).figures[0]?.sources).toHaveLength(1);
  });

  it('keeps different values of the same quantity apart, uses the latest for totals and says so', () => {
    const b1 = bulletin('r2-c', { issueYear: 2026, articles: [article({ zone: BH, title: '白河高新区去年签约', date: '01-05', indicators: [indicator('signed_projects', 30, '个', '去年签约项目30个', { period: Y2025 })] })] });
    const b2 = bulletin('r2-d', { issueYear: 2026, articles: [article({ zone: BH, title: '白河高新区年度总结', date: '01-25', indicators: [indicator('signed_projects', 32, '个', '2025年签约项目32个', { period: Y2025 })] })] });
    const r = report([b2, b1]);
    expect(zone(r, BH).figures.map((f) => f.value)).toEqual([30, 32]);
    expect(r.totals.find((t) => t.metric === 'signed_projects')?.value).toBe(32);
    expect(r.diagnostics.find((d) => d.code === 'aggregate.conflicting-figures')?.message).toMatch(/30个.*32个.*use 32个 \[r2-d\.txt:\d+\] \(the latest article/);
  });
});

describe('honesty rule 3: totals only sum comparable figures and say their coverage', () => {
  it('sums same metric, period and status, one figure per zone, with N of M zones', () => {
    const b = bulletin('r3', {
      issueYear: 2026,
      articles: [
        article({ zone: QS, title: '青山经开区', date: '01-08', indicators: [
          indicator('signed_investment', 45.5, '亿元', '2025年签约总投资45.5亿元', { period: Y2025 }),
          indicator('signed_investment', 60, '亿元', '2026年力争签约总投资60亿元', { period: period('2026年', '2026'), status: 'target' }),
        ] }),
        article({ zone: BH, title: '白河高新区', date: '01-09', indicators: [indicator('signed_investment', 8000, '万元', '2025年签约额8000万元', { period: period('今年', '2025') })] }),
        article({ zone: LX, title: '柳溪经开区', date: '01-10', indicators: [indicator('signed_investment', 12, '亿元', '一季度签约12亿元', { period: period('一季度', '2025-Q1') })] }),
      ],
    });
    const r = report([b]);
    const actual2025 = r.totals.find((t) => t.metric === 'signed_investment' && t.status === 'actual' && t.period.from === '2025');
    expect(actual2025).toMatchObject({ value: 46.3, unit: '亿元', zonesCovered: 2, zonesInReport: 3, zones: [QS, BH] });
    // The target and the quarter are totals of their own, never added to the year's actual.
    expect(r.totals.filter((t) => t.metric === 'signed_investment').map((t) => [t.status, t.period.from, t.value])).toEqual([
      ['actual', '2025', 46.3], ['actual', '2025-Q1', 12], ['target', '2026', 60],
    ]);
    expect(actual2025?.approx).toBe(false);
    expect(actual2025?.refs).toEqual([zone(r, QS).figures[0]?.sources[0]?.ref, zone(r, BH).figures[0]?.sources[0]?.ref]);
  });
});

describe('honesty rule 3: open periods and labels', () => {
  it('marks a total approximate when one of its figures is (超, 约, 余)', () => {
    const b = bulletin('r3-approx', { issueYear: 2026, articles: [
      article({ zone: QS, title: '青山', date: '01-03', indicators: [indicator('signed_investment', 10, '亿元', '签约额超10亿元', { approx: true })] }),
      article({ zone: BH, title: '白河', date: '01-04', indicators: [indicator('signed_investment', 5, '亿元', '签约额5亿元')] }),
    ] });
    const r = report([b]);
    expect(r.totals.map((t) => [t.value, t.approx])).toEqual([[15, true]]);
    expect(r.ranking.map((x) => [x.zone, x.approx])).toEqual([[QS, true], [BH, false]]);
  });

  it('never adds or ranks figures whose start is unknown (截至目前, 累计), and says so', () => {
    const upTo2025 = period('截至目前', null, '2025');
    const b = bulletin('r3-open', { issueYear: 2026, articles: [
      article({ zone: QS, title: '青山经开区累计签约', date: '01-03', indicators: [indicator('signed_investment', 300, '亿元', '累计签约300亿元', { period: upTo2025 })] }),
      article({ zone: BH, title: '白河高新区累计签约', date: '01-04', indicators: [indicator('signed_investment', 120, '亿元', '截至目前签约120亿元', { period: upTo2025 })] }),
    ] });
    const r = report([b]);
    expect(r.zones.map((z) => z.figures.length)).toEqual([1, 1]);
    expect(r.totals).toEqual([]);
    expect(r.ranking).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.open-period', severity: 'info' }));
  });

  it('labels a total from its bounds when the zones printed the same period differently', () => {
    const b = bulletin('r3-label', { issueYear: 2026, articles: [
      article({ zone: QS, title: '青山', date: '01-03', indicators: [indicator('landed_projects', 4, '个', '今年落地项目4个', { period: period('今年', '2025') })] }),
      article({ zone: BH, title: '白河', date: '01-04', indicators: [indicator('landed_projects', 6, '个', '2025年落地项目6个', { period: period('2025年', '2025') })] }),
    ] });
    expect(report([b]).totals.map((t) => [t.period, t.value])).toEqual([[{ label: '2025年', from: '2025', to: '2025' }, 10]]);
  });
});

describe('honesty rule 4: project events are counted, and the zone aggregate wins', () => {
  const b = bulletin('r4', {
    issueYear: 2026,
    articles: [
      article({ zone: QS, title: '青山经开区三个项目集中签约', date: '01-12', projects: [
        project('新能源电池材料项目', 'signed', 12, '投资12亿元的新能源电池材料项目签约'),
        project('冷链物流中心项目', 'signed', 3.5, '总投资3.5亿元的冷链物流中心项目签约'),
        project('精密铸造项目', 'signed', null, '精密铸造项目同时签约'),
        project('污水处理厂提标改造', 'started', 0.8, '投资8000万元的污水处理厂提标改造开工'),
        project('数字园区平台', 'planned', null, '谋划数字园区平台', 'target'),
      ] }),
      article({ zone: QS, title: '青山经开区1月招商情况', date: '01-30', indicators: [
        indicator('signed_projects', 5, '个', '1月份签约项目5个', { period: period('1月份', '2026-01') }),
        indicator('signed_investment', 20.1, '亿元', '签约总投资20.1亿元', { period: period('1月份', '2026-01') }),
      ], projects: [project('冷链物流中心', 'signed', null, '冷链物流中心项目签约落地')] }),
    ],
  });
  const r = report([b]);

  it('counts and sums named events per stage, each project once', () => {
    const z = zone(r, QS);
    expect(z.projects.map((p) => [p.name, p.stage, p.month, p.sources.length])).toEqual([
      ['新能源电池材料项目', 'signed', '2026-01', 1],
      ['冷链物流中心项目', 'signed', '2026-01', 2],
      ['精密铸造项目', 'signed', '2026-01', 1],
      ['污水处理厂提标改造', 'started', '2026-01', 1],
      ['数字园区平台', 'planned', '2026-01', 1],
    ]);
    expect(z.projectEvents.map(({ reported: _r, ...e }) => e)).toEqual([
      { stage: 'signed', count: 3, investmentYi: 15.5, withAmount: 2 },
      { stage: 'started', count: 1, investmentYi: 0.8, withAmount: 1 },
    ]);
  });

  it('lets the aggregate for the report period win and reports the mismatch', () => {
    const signed = zone(r, QS).projectEvents.find((e) => e.stage === 'signed');
    expect(signed?.reported).toMatchObject({ count: 5, investmentYi: 20.1 });
    expect(signed?.reported?.refs).toHaveLength(2);
    expect(zone(r, QS).projectEvents.find((e) => e.stage === 'started')?.reported).toBeNull();
    const mismatch = r.diagnostics.filter((d) => d.code === 'aggregate.project-events-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.message).toMatch(/3 signed project\(s\).*5个/);
    expect(r.totals.find((t) => t.metric === 'signed_projects')?.value).toBe(5);
  });
});

describe('honesty rule 5: targets and actuals are separate, matched by metric and period', () => {
  it('pairs a target with the actual of the same period and gives the ratio; other periods stay unmatched', () => {
    const y2026 = period('2026年', '2026');
    const b = bulletin('r5', {
      issueYear: 2026,
      articles: [article({ zone: BH, title: '白河高新区年度目标', date: '01-18', indicators: [
        indicator('annual_planned_investment', 27, '亿元', '2026年度计划投资27亿元', { period: y2026, status: 'target' }),
        indicator('annual_planned_investment', 4.05, '亿元', '已完成年度计划投资4.05亿元', { period: period('今年以来', '2026') }),
        indicator('started_projects', 12, '个', '2026年计划新开工项目12个', { period: y2026, status: 'target' }),
        indicator('started_projects', 3, '个', '1月新开工项目3个', { period: period('1月', '2026-01') }),
      ] })],
    });
    const t = zone(report([b]), BH).targets;
    expect(t.map((x) => [x.metric, x.target.value, x.actual?.value ?? null, x.ratio])).toEqual([
      ['started_projects', 12, null, null],
      ['annual_planned_investment', 27, 4.05, 4.05 / 27],
    ]);
    expect(zone(report([b]), BH).figures.filter((f) => f.status === 'target')).toHaveLength(2);
  });
});

describe('months: which articles a report period holds', () => {
  it('places dated articles by issue year, undated ones by the stand-in (latest article date), with a diagnostic', () => {
    const b = bulletin('months', {
      issueYear: 2026,
      articles: [
        article({ zone: QS, title: '一月新闻', date: '01-28', indicators: [indicator('jobs', 300, '个', '提供就业岗位300个', { period: period('1月', '2026-01') })] }),
        article({ zone: BH, title: '二月新闻', date: '02-03' }),
        article({ zone: LX, title: '近日新闻', date: null }),
      ],
    });
    const jan = report([b]);
    const feb = report([b], parseReportPeriod('month', '2026-02'));
    expect(jan.zones.map((z) => z.zone)).toEqual([QS]);
    expect(feb.zones.map((z) => z.zone)).toEqual([BH, LX]);
    expect(feb.asOf).toBe('2026-02-03');
    expect(feb.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.issue-date-stand-in', file: 'months.txt' }));
    expect(report([b], parseReportPeriod('quarter', '2026-Q1')).zones).toHaveLength(3);
    expect(report([b], parseReportPeriod('year', '2025')).zones).toHaveLength(0);
  });

  it('uses a known issue date for undated articles and reads a December item of a January issue as last year', () => {
    const b = bulletin('issued', { issued: '2026-01-10', issueYear: 2026, articles: [
      article({ zone: QS, title: '年末项目', date: '12-29' }),
      article({ zone: BH, title: '近期动态', date: null }),
    ] });
    expect(report([b]).zones.map((z) => [z.zone, z.articles[0]?.date])).toEqual([[BH, null]]);
    expect(report([b], parseReportPeriod('month', '2025-12')).zones.map((z) => [z.zone, z.articles[0]?.date])).toEqual([[QS, '2025-12-29']]);
    expect(report([b]).asOf).toBe('2026-01-10');
  });

  it('counts articles known only by their issue year (no dates, no issue date) for that year only', () => {
    const b = bulletin('year-only', { issueYear: 2023, articles: [article({ zone: QS, title: '年度总结', indicators: [indicator('signed_projects', 7, '个', '今年签约项目7个', { period: period('今年', '2023') })], projects: [project('热电联产项目', 'completed', 2, '投资2亿元的热电联产项目投产')] })] });
    const year = report([b], parseReportPeriod('year', '2023'));
    expect(zone(year, QS).figures.map((f) => f.value)).toEqual([7]);
    expect(zone(year, QS).projects[0]?.month).toBe('2023');
    expect(year.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.year-only', severity: 'info' }));
    const quarter = report([b], parseReportPeriod('quarter', '2023-Q2'));
    expect(quarter.zones).toEqual([]);
    expect(quarter.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.no-month', severity: 'warning', file: 'year-only.txt' }));
    expect(report([b], parseReportPeriod('year', '2024')).diagnostics).toEqual([]);
  });

  it('without an issue date, reads late-December items of a January bulletin as last year\'s', () => {
    const b = bulletin('rollover', { issueYear: 2026, articles: [
      article({ zone: QS, title: '年终盘点', date: '12-29' }),
      article({ zone: BH, title: '新年开局', date: '01-06' }),
    ] });
    const jan = report([b]);
    expect(jan.zones.map((z) => z.zone)).toEqual([BH]);
    expect(jan.asOf).toBe('2026-01-06');
    expect(report([b], parseReportPeriod('month', '2025-12')).zones.map((z) => [z.zone, z.articles[0]?.date])).toEqual([[QS, '2025-12-29']]);
    expect(jan.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.article-previous-year' }));
  });

  it('leaves out, with a warning, articles of a bulletin whose year is unknown', () => {
    const b = bulletin('no-year', { articles: [article({ zone: QS, title: '无年份', date: '01-05' })] });
    const r = report([b]);
    expect(r.zones).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'aggregate.no-month', severity: 'warning', file: 'no-year.txt' }));
  });
});

describe('report model', () => {
  const b1 = bulletin('model-a', { issueYear: 2026, articles: [
    article({ zone: LX, title: '柳溪经开区签约', date: '01-04', authors: ['周'], indicators: [
      indicator('signed_investment', 9, '亿元', '2025年签约投资9亿元', { period: Y2025 }),
      indicator('signed_projects', 4, '个', '签约项目4个', { period: Y2025 }),
    ] }),
  ] });
  const b2 = bulletin('model-b', { issueYear: 2026, articles: [
    article({ zone: '青山经开区', title: '青山经开区签约', date: '01-11', indicators: [
      indicator('signed_investment', 31.5, '亿元', '2025年签约投资31.5亿元', { period: Y2025 }),
      indicator('signed_investment', 200, '亿元', '十四五签约投资200亿元', { period: FIVE_YEAR }),
    ] }),
    article({ zone: BH, title: '白河高新区签约', date: '01-12', indicators: [indicator('signed_investment', 31.5, '亿元', '去年签约投资31.5亿元', { period: Y2025 })] }),
  ] });

  it('orders zones by the registry, resolves short names, derives the short form of unknown zones', () => {
    const r = report([b1, b2]);
    expect(r.zones.map((z) => [z.zone, z.short, z.city, z.known])).toEqual([
      [QS, '青山经开区', '甲市', true], [BH, '白河高新区', '乙市', true], [LX, '柳溪经开区', null, false],
    ]);
  });

  it('numbers sources in printing order and lists them all', () => {
    const r = report([b1, b2]);
    const printed = r.zones.flatMap((z) => [...z.figures.flatMap((f) => f.sources), ...z.projects.flatMap((p) => p.sources)]).map((s) => s.ref);
    expect(printed).toEqual([1, 2, 3, 4, 5]);
    expect(r.sources.map((s) => s.ref)).toEqual([1, 2, 3, 4, 5]);
    expect(r.sources[0]).toMatchObject({ bulletin: 'model-b.txt', evidence: '2025年签约投资31.5亿元', articleTitle: '青山经开区签约' });
  });

  it('ranks by signed investment within each period separately, ties sharing a rank', () => {
    const r = report([b1, b2]);
    expect(r.ranking.map((x) => [x.period.from, x.period.to, x.rank, x.zone, x.valueYi])).toEqual([
      ['2025', '2025', 1, QS, 31.5], ['2025', '2025', 1, BH, 31.5], ['2025', '2025', 3, LX, 9],
      ['2021', '2025', 1, QS, 200],
    ]);
  });

  it('is deterministic: the order of the input bulletins does not matter, and it is plain JSON', () => {
    const a = report([b1, b2]);
    const b = report([b2, b1]);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.asOf).toBe('2026-01-12');
    expect(a.bulletins.map((x) => x.file)).toEqual(['model-a.txt', 'model-b.txt']);
  });

  it('gives an empty report for a period without news', () => {
    const r = report([b1], parseReportPeriod('month', '2026-03'));
    expect(r).toMatchObject({ zones: [], totals: [], ranking: [], sources: [], bulletins: [], asOf: null });
  });
});
