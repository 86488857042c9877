import { describe, expect, it } from 'vitest';
import {
  briefingView, chineseDate, formatAmount, formatNumber, formatYi, oneLine, periodText, zoneBriefingView, zoneFileName,
} from '../../src/render/view-model.js';
import { emptyReport, sampleReport } from '../fixtures/sample-report.js';
import { below, random } from '../random.js';

const OPTIONS = { organisation: '示例中心', title: '开发区工作简报', subtitle: null };

describe('zh-CN formats', () => {
  it('groups thousands and keeps printed decimals', () => {
    expect(formatYi(1234.561)).toBe('1,234.56 亿元');
    expect(formatYi(0.8)).toBe('0.80 亿元');
    expect(formatNumber(412.35)).toBe('412.35');
    expect(formatAmount(8000, '万元', true)).toBe('约 8,000 万元');
    expect(formatAmount(13.4, '%', false)).toBe('13.4%');
    expect(chineseDate('2026-01-08')).toBe('2026年1月8日');
    expect(chineseDate('2026-01')).toBe('2026年1月');
  });

  it('prints periods as labelled, else by their bounds', () => {
    expect(periodText({ label: '“十四五”期间', from: '2021', to: '2025' })).toBe('“十四五”期间');
    expect(periodText({ label: null, from: '2022', to: '2024' })).toBe('2022–2024');
    expect(periodText({ label: null, from: null, to: '2026' })).toBe('截至 2026');
    expect(periodText({ label: null, from: null, to: null })).toBe('期间不详');
    expect(periodText({ label: '2022年~2024年', from: '2023', to: '2023' })).toBe('2022年~2024年（2023）');
  });

  it('joins line breaks of PDF-copied evidence and protects the cell separator', () => {
    expect(oneLine('全区重点推进在建项目有\n19 个')).toBe('全区重点推进在建项目有19 个');
    expect(oneLine('Phase\nII')).toBe('Phase II');
    expect(oneLine('甲|乙')).toBe('甲｜乙');
  });
});

describe('briefingView', () => {
  const view = briefingView(sampleReport(), OPTIONS);

  it('takes key figures from Report.totals as given, period by period, never summing across periods', () => {
    expect(view.headlines).toEqual([
      '签约项目 17 个 · 总投资 47.60 亿元 · 覆盖 2/3 个开发区',
      '开工项目 9 个（覆盖 1/3 个开发区）',
    ]);
    expect(view.keyFigures.map((k) => [k.label, k.period, k.value, k.coverage, k.refs])).toEqual([
      ['签约项目', '2026年1月', '17 个', '2/3', '[1][9]'],
      ['签约投资', '2026年1月', '47.60 亿元', '2/3', '[2][10]'],
      ['开工项目', '2026年1月', '9 个', '1/3', '[5]'],
    ]);
    // The five-year total stays apart from the month's.
    expect(view.otherFigures.map((k) => [k.label, k.period, k.value])).toEqual([['签约项目', '“十四五”期间', '88 个']]);
  });

  it('names the money metric when a period has no count beside it', () => {
    const r = sampleReport();
    r.totals = r.totals.filter((t) => t.metric === 'signed_investment');
    expect(briefingView(r, OPTIONS).headlines).toEqual(['签约投资 47.60 亿元（覆盖 2/3 个开发区）']);
  });

  it('prints every figure with its period, its value as printed and its reference numbers', () => {
    const z3 = view.zones[2]!;
    expect(z3.figures[1]).toEqual({ metric: '签约投资', period: '2026年1月', value: '约 8,000 万元（0.80 亿元）', yoy: '', status: '实绩', refs: '[10]' });
    expect(view.zones[0]!.figures[1]!.yoy).toBe('同比增长 12.5%');
    expect(z3.registryNote).not.toBe('');
    expect(z3.projects).toEqual([{ name: '新材料产业园项目', stage: '签约', status: '实绩', investment: '2.5 亿元', month: '2026年1月', refs: '[11]' }]);
    expect(view.zones[1]!.targets).toEqual([{ metric: '年度计划投资', period: '2026年', target: '30 亿元', actual: '3.2 亿元', ratio: '10.7%', refs: '[7][8]' }]);
  });

  it('prints project events, preferring the zone\'s own figure for the period when it gives one', () => {
    expect(view.zones[2]!.events).toEqual(['签约项目 1 个，其中 1 个披露金额，合计 2.50 亿元']);
    const r = sampleReport();
    r.zones[2]!.projectEvents[0]!.reported = { count: 5, investmentYi: 0.8, refs: [9, 10] };
    expect(briefingView(r, OPTIONS).zones[2]!.events).toEqual([
      '签约项目 5 个，总投资 0.80 亿元[9][10]（开发区通报数）；报道中点名的签约项目 1 个，其中 1 个披露金额，合计 2.50 亿元',
    ]);
  });

  it('lists every source with its sentence, bulletin line and article', () => {
    expect(view.sources).toHaveLength(12);
    expect(view.sources[0]).toEqual({ ref: '[1]', evidence: '1月份,共签约项目12个,总投资46.8亿元', bulletin: 'sample-2026-01-12.txt 第 6 行', article: '1月集中签约项目12个' });
  });

  it('charts signed investment by zone short name', () => {
    expect(view.charts).toEqual([{ name: 'signed-investment', title: '2026年1月各开发区签约投资', unit: '亿元', bars: [{ label: '襄垣经开区', valueYi: 46.8 }, { label: '示例县高新区', valueYi: 0.8 }] }]);
  });

  it('draws one chart per ranking period, never bars of two periods on one axis', () => {
    const report = sampleReport();
    const first = report.ranking[0]!;
    const other = { ...first, zone: report.ranking[1]!.zone, rank: 1, valueYi: 428.7, period: { label: '“十四五”期间', from: '2021', to: '2025' } };
    const charts = briefingView({ ...report, ranking: [first, other] }, OPTIONS).charts;
    expect(charts.map((c) => [c.name, c.title, c.bars.map((b) => b.valueYi)])).toEqual([
      ['signed-investment', '2026年1月各开发区签约投资', [46.8]],
      ['signed-investment-2', '“十四五”期间各开发区签约投资', [428.7]],
    ]);
  });

  it('dates the cover with the as-of date, so a re-run prints the same date', () => {
    expect(view.madeOn).toBe('2026年1月26日');
    expect(briefingView(emptyReport(), OPTIONS)).toMatchObject({ empty: true, madeOn: '2026年3月31日', zones: [], charts: [] });
  });
});

describe('zoneBriefingView', () => {
  it('keeps one zone and only the sources it cites, under their report numbers', () => {
    const v = zoneBriefingView(sampleReport(), '晋城经济技术开发区', OPTIONS);
    expect(v.zones.map((z) => z.name)).toEqual(['晋城经济技术开发区']);
    expect(v.sources.map((s) => s.ref)).toEqual(['[5]', '[6]', '[7]', '[8]']);
    expect(v.keyFigures).toEqual([]);
    expect(v.bulletins.map((b) => b.file)).toEqual(['sample-2026-01-26.txt']);
  });

  it('names zone files after the zone, without path characters', () => {
    expect(zoneFileName({ zone: '晋城经济技术开发区', short: '晋城经开区' })).toBe('晋城经济技术开发区.pdf');
    expect(zoneFileName({ zone: 'a/b c', short: '' })).toBe('a_b_c.pdf');
  });
});

describe('formatNumber (zh-CN without Intl at start-up)', () => {
  const OPTIONS: [number, number][] = [[4, 0], [2, 2], [2, 0], [0, 0], [1, 1], [3, 0]];
  const intl = OPTIONS.map(([max, min]) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: max, minimumFractionDigits: min, useGrouping: true }));
  // Halves in the shortest decimal form (1.005, 2.675) are where rounding the binary value differs.
  const edges = [0, -0, 1, -1, 0.5, 1.005, 2.675, 1234.5, -1234.567, 999.99995, 9999.99999, 0.00005, -0.00004, 123456789.123456,
    1e20, 1e21, 1e-7, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.000049999, 530.46, 47];
  const next = random(20261123);
  const values = [...edges, ...Array.from({ length: 3000 }, (_, i) => {
    const r = next();
    if (i % 3 === 0) return Math.round(r * 1e6) / 1e3 * (next() < 0.2 ? -1 : 1);
    if (i % 3 === 1) return r * 10 ** below(next, 12);
    return Math.round(r * 1e5) / 100 + 0.005;
  })];

  it('prints exactly what Intl.NumberFormat("zh-CN") prints, for every option the renderers use', () => {
    const mismatches: string[] = [];
    for (const v of values) {
      OPTIONS.forEach(([max, min], i) => {
        const want = intl[i]!.format(v);
        const got = formatNumber(v, max, min);
        if (got !== want) mismatches.push(`${v} (${max},${min}): ${got} ≠ ${want}`);
      });
    }
    expect(mismatches).toEqual([]);
  });

  it('rounds the decimal form, half away from zero, and groups by thousands', () => {
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(-2.675, 2, 2)).toBe('-2.68');
    expect(formatNumber(999999.996, 2, 2)).toBe('1,000,000.00');
    expect(formatNumber(530.46, 2, 2)).toBe('530.46');
  });
});
