// Indicators → Figures. Honesty rule 2: the same figure reported twice (two articles, two
// bulletins) is one Figure with several sources. Figures about the same quantity (same zone,
// metric, status and period) with different values are kept apart, and a diagnostic says which
// one totals use (the latest report).
import { METRICS, metricLabel } from '../model/metrics.js';
import { periodDays, periodKey } from '../period.js';
import type { Diagnostic, Figure, Indicator, SourceRef } from '../types.js';
import { pushTo } from './collections.js';

/** One indicator of an article placed in the report period, with its resolved zone. */
export interface ReportedIndicator {
  zone: string;
  indicator: Indicator;
  source: SourceRef;
  /** Position of its article in the report's reading order (month, date, bulletin, index). */
  order: number;
}

/** Same zone, metric, status and period: figures that say something about the same quantity. */
export const quantityKey = (f: Pick<Figure, 'metric' | 'status' | 'period'>): string => `${f.metric}|${f.status}|${periodKey(f.period)}`;

/** The value as a comparable key: money in 亿元 (to 1e-6), counts with their unit family. */
function valueKey(x: Indicator): string {
  if (x.amountYi !== null) return `yi:${Math.round(x.amountYi * 1e6)}`;
  const unit = x.unit === '项' ? '个' : x.unit;
  return `${unit}:${x.value}`;
}

const METRIC_ORDER = new Map(METRICS.map((m, i) => [m.metric, i]));

interface Building {
  figure: Figure;
  firstOrder: number;
  lastOrder: number;
  firstStart: number;
}

export interface FigureSet {
  /** Zone → its figures, de-duplicated and in printing order. */
  byZone: Map<string, Figure[]>;
  /** Zone → quantityKey → the figure totals, ranking and targets use. */
  chosen: Map<string, Map<string, Figure>>;
  diagnostics: Diagnostic[];
}

export function collectFigures(reported: readonly ReportedIndicator[]): FigureSet {
  const byIdentity = new Map<string, Building>();
  const byZone = new Map<string, Building[]>();
  for (const r of reported) {
    const x = r.indicator;
    const id = `${r.zone}|${x.metric}|${x.status}|${periodKey(x.period)}|${valueKey(x)}`;
    const seen = byIdentity.get(id);
    if (seen) {
      if (!seen.figure.sources.includes(r.source)) seen.figure.sources.push(r.source);
      seen.lastOrder = Math.max(seen.lastOrder, r.order);
      continue;
    }
    const b: Building = {
      figure: {
        zone: r.zone, metric: x.metric, metricLabel: metricLabel(x.metric), value: x.value, unit: x.unit, amountYi: x.amountYi,
        approx: x.approx, yoy: x.yoy, status: x.status, period: x.period, sources: [r.source],
      },
      firstOrder: r.order, lastOrder: r.order, firstStart: x.span.start,
    };
    byIdentity.set(id, b);
    pushTo(byZone, r.zone, b);
  }

  const diagnostics: Diagnostic[] = [];
  const chosen = new Map<string, Map<string, Figure>>();
  const out = new Map<string, Figure[]>();
  for (const [zone, list] of byZone) {
    const groups = new Map<string, Building[]>();
    for (const b of list) pushTo(groups, quantityKey(b.figure), b);
    const picks = new Map<string, Figure>();
    for (const [k, group] of groups) {
      const ranked = [...group].sort((a, b) => b.lastOrder - a.lastOrder || a.firstStart - b.firstStart);
      const pick = ranked[0];
      if (!pick) continue;
      picks.set(k, pick.figure);
      if (group.length > 1) diagnostics.push(conflict(zone, pick.figure, group.map((g) => g.figure)));
    }
    chosen.set(zone, picks);
    out.set(zone, [...list].sort(printingOrder).map((b) => b.figure));
  }
  return { byZone: out, chosen, diagnostics };
}

function printingOrder(a: Building, b: Building): number {
  const fa = a.figure;
  const fb = b.figure;
  const da = periodDays(fa.period);
  const db = periodDays(fb.period);
  return (METRIC_ORDER.get(fa.metric) ?? 99) - (METRIC_ORDER.get(fb.metric) ?? 99)
    || (fa.status === fb.status ? 0 : fa.status === 'actual' ? -1 : 1)
    || desc(da.end, db.end) || desc(da.start, db.start)
    || a.firstOrder - b.firstOrder || a.firstStart - b.firstStart;
}

/** Later first, unknown last. */
function desc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

const shown = (f: Figure): string => `${f.approx ? '约' : ''}${f.value}${f.unit}`;
const where = (f: Figure): string => f.sources.map((s) => `${s.bulletin}:${s.span.line}`).join(', ');

function conflict(zone: string, pick: Figure, all: Figure[]): Diagnostic {
  const first = pick.sources[0];
  return {
    code: 'aggregate.conflicting-figures',
    severity: 'warning',
    ...(first ? { file: first.bulletin, line: first.span.line } : {}),
    message: `${zone} ${pick.metricLabel} (${pick.period.label ?? '期间不明'}, ${pick.status}): different values reported — ${all.map((f) => `${shown(f)} [${where(f)}]`).join('; ')}; totals, ranking and targets use ${shown(pick)} [${where(pick)}] (the latest article; within one article, the first in the text)`,
  };
}
