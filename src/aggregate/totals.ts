// Province totals and the ranking. Honesty rules 1 and 3: only comparable figures are added —
// same metric, same status, exactly the same period — one figure per zone, and every total
// says over how many of the report's zones it sums. The ranking never mixes periods either:
// zones are ranked by signed investment separately for each period (RankingRow.period).
import { METRICS, metricInfo } from '../model/metrics.js';
import { commonPeriod, isClosedPeriod, isReportPeriod, periodDays, periodKey } from '../period.js';
import type { Diagnostic, Figure, RankingRow, ReportPeriod, Total } from '../types.js';
import { pushTo } from './collections.js';

const METRIC_ORDER = new Map(METRICS.map((m, i) => [m.metric, i]));
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** How a figure adds up: money in 亿元, counts in their unit; null when it does not add (%, unknown money unit). */
function family(f: Figure): 'money' | 'count' | null {
  const kind = metricInfo(f.metric).kind;
  if (kind === 'money') return f.amountYi === null ? null : 'money';
  return f.amountYi === null && f.unit !== '%' ? 'count' : null;
}

const ref = (f: Figure): number => f.sources[0]?.ref ?? 0;

/** Report period first, then later periods first, unknown bounds last. */
function periodOrder(rp: ReportPeriod) {
  return (a: Figure['period'], b: Figure['period']): number => {
    const ra = isReportPeriod(a, rp) ? 0 : 1;
    const rb = isReportPeriod(b, rp) ? 0 : 1;
    if (ra !== rb) return ra - rb;
    const da = periodDays(a);
    const db = periodDays(b);
    return cmpDesc(da.end, db.end) || cmpDesc(da.start, db.start);
  };
}

function cmpDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

/** `zones` in report order, each with the figures chosen for its quantities. */
export function buildTotals(zones: readonly { zone: string; chosen: Iterable<Figure> }[], rp: ReportPeriod): { totals: Total[]; diagnostics: Diagnostic[] } {
  const groups = new Map<string, Figure[]>();
  const diagnostics: Diagnostic[] = [];
  let open = 0;
  for (const z of zones) {
    for (const f of z.chosen) {
      // 截至目前 / 累计 / 目前: the start is unknown, so two such figures may cover different years.
      if (!isClosedPeriod(f.period)) { open++; continue; }
      const fam = family(f);
      if (fam === null) {
        const s = f.sources[0];
        diagnostics.push({ code: 'aggregate.not-summable', severity: 'info', ...(s ? { file: s.bulletin, line: s.span.line } : {}), message: `${z.zone} ${f.metricLabel} ${f.value}${f.unit}: unit does not add up with others; left out of the totals` });
        continue;
      }
      const key = `${f.metric}|${f.status}|${periodKey(f.period)}|${fam}`;
      pushTo(groups, key, f);
    }
  }
  if (open > 0) {
    diagnostics.push({ code: 'aggregate.open-period', severity: 'info', message: `${open} figure(s) with an open period (截至目前, 累计, 目前: no known start) are shown per zone but not added up or ranked across zones` });
  }
  const byPeriod = periodOrder(rp);
  const totals = [...groups.values()].map((figs): Total => {
    const first = figs[0] as Figure;
    const money = first.amountYi !== null;
    const units = new Set(figs.map((f) => (f.unit === '项' ? '个' : f.unit)));
    return {
      metric: first.metric,
      metricLabel: first.metricLabel,
      period: commonPeriod(figs.map((f) => f.period)),
      status: first.status,
      unit: money ? '亿元' : units.size === 1 ? first.unit : '个',
      value: round6(figs.reduce((s, f) => s + (money ? f.amountYi ?? 0 : f.value), 0)),
      zonesCovered: figs.length,
      zonesInReport: zones.length,
      zones: figs.map((f) => f.zone),
      refs: figs.map(ref),
      approx: figs.some((f) => f.approx),
    };
  });
  totals.sort((a, b) => (METRIC_ORDER.get(a.metric) ?? 99) - (METRIC_ORDER.get(b.metric) ?? 99)
    || (a.status === b.status ? 0 : a.status === 'actual' ? -1 : 1)
    || byPeriod(a.period, b.period));
  return { totals, diagnostics };
}

/** Zones ranked by signed investment (actual, in 亿元), separately within each period. */
export function buildRanking(zones: readonly { zone: string; chosen: Iterable<Figure> }[], rp: ReportPeriod): RankingRow[] {
  const groups = new Map<string, { figure: Figure; order: number }[]>();
  zones.forEach((z, order) => {
    for (const f of z.chosen) {
      if (f.metric !== 'signed_investment' || f.status !== 'actual' || f.amountYi === null || !isClosedPeriod(f.period)) continue;
      const key = periodKey(f.period);
      pushTo(groups, key, { figure: f, order });
    }
  });
  const byPeriod = periodOrder(rp);
  const ordered = [...groups.values()].sort((a, b) => byPeriod((a[0] as { figure: Figure }).figure.period, (b[0] as { figure: Figure }).figure.period));
  const rows: RankingRow[] = [];
  for (const group of ordered) {
    const sorted = [...group].sort((a, b) => (b.figure.amountYi ?? 0) - (a.figure.amountYi ?? 0) || a.order - b.order);
    const period = commonPeriod(sorted.map((x) => x.figure.period));
    let rank = 0;
    let previous: number | null = null;
    sorted.forEach(({ figure }, i) => {
      const v = round6(figure.amountYi ?? 0);
      // Equal amounts share a rank (1, 2, 2, 4).
      if (v !== previous) rank = i + 1;
      previous = v;
      rows.push({ rank, zone: figure.zone, valueYi: v, period, refs: [ref(figure)], approx: figure.approx });
    });
  }
  return rows;
}
