// Project records and events. Honesty rule 4: events (signed / started / completed) in the
// period are counted and summed per zone from dated project records; where the zone also
// reports an aggregate for the same stage over exactly the report period, the aggregate wins
// and a mismatch becomes a diagnostic. Rule 2 holds for projects too: one project reported by
// two articles is one record with two sources.
import type { Diagnostic, Figure, Metric, Project, ProjectEventCount, ProjectRecord, SourceRef, Stage } from '../types.js';
import { pushTo } from './collections.js';

export interface ReportedProject {
  zone: string;
  project: Project;
  source: SourceRef;
  month: string;
  order: number;
}

/** Stages that are events in time; ongoing and planned are states, listed but not counted. */
export const EVENT_STAGES: readonly Stage[] = ['signed', 'started', 'completed'];

export const STAGE_METRICS: Readonly<Record<Stage, { count: Metric; investment: Metric }>> = {
  signed: { count: 'signed_projects', investment: 'signed_investment' },
  started: { count: 'started_projects', investment: 'started_investment' },
  completed: { count: 'completed_projects', investment: 'completed_investment' },
  ongoing: { count: 'ongoing_projects', investment: 'ongoing_investment' },
  planned: { count: 'planned_projects', investment: 'planned_investment' },
};

const STAGE_ORDER: readonly Stage[] = ['signed', 'started', 'completed', 'ongoing', 'planned'];

const normName = (name: string): string => name.replace(/[\s“”"'‘’《》]/g, '').replace(/项目$/, '');

export function collectProjects(reported: readonly ReportedProject[]): Map<string, ProjectRecord[]> {
  const byKey = new Map<string, ProjectRecord>();
  const byZone = new Map<string, ProjectRecord[]>();
  for (const r of reported) {
    const p = r.project;
    const key = `${r.zone}|${normName(p.name)}|${p.stage}|${p.status}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.sources.includes(r.source)) seen.sources.push(r.source);
      if (!seen.investment && p.investment) seen.investment = p.investment;
      continue;
    }
    const record: ProjectRecord = { zone: r.zone, name: p.name, stage: p.stage, status: p.status, investment: p.investment, month: r.month, sources: [r.source] };
    byKey.set(key, record);
    pushTo(byZone, r.zone, record);
  }
  for (const [zone, list] of byZone) {
    byZone.set(zone, [...list].sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || (a.status === b.status ? 0 : a.status === 'actual' ? -1 : 1)));
  }
  return byZone;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Counts the actual events per stage. */
export function countEvents(records: readonly ProjectRecord[]): ProjectEventCount[] {
  const out: ProjectEventCount[] = [];
  for (const stage of EVENT_STAGES) {
    const events = records.filter((r) => r.stage === stage && r.status === 'actual');
    if (events.length === 0) continue;
    const withAmount = events.filter((r) => r.investment !== null);
    out.push({ stage, count: events.length, investmentYi: round6(withAmount.reduce((s, r) => s + (r.investment?.amountYi ?? 0), 0)), withAmount: withAmount.length });
  }
  return out;
}

/**
 * Compares the events of a zone with its own aggregate figures over exactly the report period
 * (`sameperiod(metric)` gives the chosen actual figure or null) and says where they disagree.
 */
export function compareWithAggregates(zone: string, events: ProjectEventCount[], samePeriod: (metric: Metric) => Figure | null, periodLabel: string): { aggregates: Map<Stage, { count: Figure | null; investment: Figure | null }>; diagnostics: Diagnostic[] } {
  const aggregates = new Map<Stage, { count: Figure | null; investment: Figure | null }>();
  const diagnostics: Diagnostic[] = [];
  for (const e of events) {
    const m = STAGE_METRICS[e.stage];
    const count = samePeriod(m.count);
    const investment = samePeriod(m.investment);
    if (!count && !investment) continue;
    aggregates.set(e.stage, { count, investment });
    const say = (severity: 'warning' | 'info', what: string, f: Figure): void => {
      const s = f.sources[0];
      diagnostics.push({
        code: 'aggregate.project-events-mismatch', severity, ...(s ? { file: s.bulletin, line: s.span.line } : {}),
        message: `${zone} ${periodLabel}: ${what}; the zone's own figure is used`,
      });
    };
    if (count && count.value !== e.count) {
      say(e.count > count.value ? 'warning' : 'info', `${e.count} ${e.stage} project(s) listed by name but the zone reports ${f(count)} ${count.metricLabel}`, count);
    }
    if (investment?.amountYi != null && e.withAmount > 0) {
      const agg = investment.amountYi;
      if (e.investmentYi > agg + 1e-6 || (e.withAmount === e.count && Math.abs(e.investmentYi - agg) > 1e-6)) {
        say(e.investmentYi > agg ? 'warning' : 'info', `named ${e.stage} projects add up to ${e.investmentYi}亿元 but the zone reports ${f(investment)} ${investment.metricLabel}`, investment);
      }
    }
  }
  return { aggregates, diagnostics };
}

const f = (x: Figure): string => `${x.approx ? '约' : ''}${x.value}${x.unit}`;
