// Aggregation: extracted bulletins in, the Report model out. Pure — no clock, no I/O; the same
// input gives the same Report, whatever the order of the bulletins.
//
// Stages: place articles in months → keep those in the report period → figures (de-duplicated)
// and project records per zone → number the sources → targets, project events, totals, ranking.
import { isReportPeriod, monthInPeriod } from '../period.js';
import type { Article, ArticleRef, Bulletin, Diagnostic, Figure, Report, ReportPeriod, ZoneStats } from '../types.js';
import { collectFigures, type ReportedIndicator } from './figures.js';
import { type PlacedArticle, type PlacedBulletin, placeBulletin } from './months.js';
import { collectProjects, compareWithAggregates, countEvents, type ReportedProject } from './projects.js';
import { SourceBook } from './sources.js';
import { matchTargets } from './targets.js';
import { buildRanking, buildTotals } from './totals.js';
import { type ZoneLookup, zoneFacts } from './zones.js';

export type { ZoneLookup } from './zones.js';

export interface ReportInput {
  bulletins: readonly Bulletin[];
  period: ReportPeriod;
  /** Who the briefing is for/from, printed on the cover. */
  organisation: string;
  registry: ZoneLookup;
}

interface InPeriod {
  placed: PlacedBulletin;
  item: PlacedArticle;
  /** YYYY-MM; YYYY for an article known only by its year (in a year report). */
  month: string;
}

export function buildReport(input: ReportInput): Report {
  const { period } = input;
  const facts = zoneFacts(input.registry);
  // Memoised: every article, indicator and project names its zone, and resolving normalises and matches.
  const canonicalOf = new Map<string, string>();
  const canonical = (name: string): string => {
    let c = canonicalOf.get(name);
    if (c === undefined) {
      c = input.registry.resolve(name)?.name ?? name;
      canonicalOf.set(name, c);
    }
    return c;
  };

  // The same bulletin given twice (same bytes) is one bulletin.
  const unique = new Map<string, Bulletin>();
  for (const b of input.bulletins) if (!unique.has(b.sha256)) unique.set(b.sha256, b);
  const placed = [...unique.values()].map(placeBulletin)
    .sort((a, b) => cmp(a.issuedOrStandIn ?? '', b.issuedOrStandIn ?? '') || cmp(a.bulletin.file, b.bulletin.file) || cmp(a.bulletin.sha256, b.bulletin.sha256));

  const chosenArticles: InPeriod[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of placed) {
    let yearOnly = 0;
    let unplaced = 0;
    for (const item of p.articles) {
      if (item.month !== null) {
        if (monthInPeriod(item.month, period)) chosenArticles.push({ placed: p, item, month: item.month });
      } else if (item.year === null) {
        unplaced++;
      } else if (period.kind === 'year' && period.key === String(item.year)) {
        // Neither a date nor an issue date, but the issue year: the news counts for that year only.
        chosenArticles.push({ placed: p, item, month: String(item.year) });
        yearOnly++;
      } else if (item.year >= Number(period.start.slice(0, 4)) && item.year <= Number(period.end.slice(0, 4))) {
        unplaced++;
      }
    }
    if (yearOnly > 0) {
      diagnostics.push({ code: 'aggregate.year-only', severity: 'info', file: p.bulletin.file, message: `no issue date and no dated article: ${yearOnly} article(s) are counted for the year ${period.key} only (give the issue date with --issued to place them in a month)` });
    }
    if (unplaced > 0) {
      const year = p.articles[0]?.year ?? null;
      diagnostics.push({
        code: 'aggregate.no-month', severity: 'warning', file: p.bulletin.file,
        message: year === null
          ? `issue year unknown: ${unplaced} article(s) cannot be placed in any period and are left out (give the issue date with --issued)`
          : `no issue date and no dated article: ${unplaced} article(s) of ${year} cannot be placed in ${period.label} and are left out (give the issue date with --issued)`,
      });
    }
  }
  // Reading order: month, then day (undated last), then bulletin and position in it.
  chosenArticles.sort((a, b) => cmp(a.month, b.month) || cmp(a.item.date ?? '9999', b.item.date ?? '9999')
    || cmp(a.placed.issuedOrStandIn ?? '', b.placed.issuedOrStandIn ?? '') || cmp(a.placed.bulletin.file, b.placed.bulletin.file)
    || cmp(a.placed.bulletin.sha256, b.placed.bulletin.sha256) || a.item.index - b.item.index);

  const book = new SourceBook();
  const indicators: ReportedIndicator[] = [];
  const projects: ReportedProject[] = [];
  const articlesByZone = new Map<string, Map<string, ArticleRef>>();
  const addArticle = (zone: string, b: Bulletin, a: Article, date: string | null): void => {
    const refs = articlesByZone.get(zone) ?? new Map<string, ArticleRef>();
    if (!refs.has(a.id)) refs.set(a.id, { id: a.id, bulletin: b.file, title: a.title, kicker: a.kicker, date, authors: a.authors });
    articlesByZone.set(zone, refs);
  };

  chosenArticles.forEach(({ placed: p, item, month }, order) => {
    const b = p.bulletin;
    const a = item.article;
    const articleZone = a.zone === null ? null : canonical(a.zone);
    if (articleZone) addArticle(articleZone, b, a, item.date);
    for (const x of a.indicators) {
      const zone = x.zone === null ? articleZone : canonical(x.zone);
      if (zone === null) {
        diagnostics.push({ code: 'aggregate.figure-without-zone', severity: 'warning', file: b.file, line: x.span.line, message: `"${x.evidence}": no zone for this figure (the article names none or several); left out` });
        continue;
      }
      addArticle(zone, b, a, item.date);
      indicators.push({ zone, indicator: x, source: book.of(b, a, x.evidence, x.span), order });
    }
    for (const pr of a.projects) {
      const zone = pr.zone === null ? articleZone : canonical(pr.zone);
      if (zone === null) {
        diagnostics.push({ code: 'aggregate.project-without-zone', severity: 'warning', file: b.file, line: pr.span.line, message: `project ${pr.name}: no zone (the article names none or several); left out` });
        continue;
      }
      addArticle(zone, b, a, item.date);
      projects.push({ zone, project: pr, source: book.of(b, a, pr.evidence, pr.span), month, order });
    }
    if (articleZone === null && a.indicators.length === 0 && a.projects.length === 0) {
      diagnostics.push({ code: 'aggregate.article-without-zone', severity: 'info', file: b.file, ...(a.spans[0] ? { line: a.spans[0].line } : {}), message: `article "${a.title}" names no single zone; it is listed under no zone` });
    }
  });

  const figureSet = collectFigures(indicators);
  const projectSet = collectProjects(projects);
  diagnostics.push(...figureSet.diagnostics);

  const zoneNames = [...new Set([...articlesByZone.keys(), ...figureSet.byZone.keys(), ...projectSet.keys()])]
    .sort((x, y) => facts(x).order - facts(y).order || cmp(x, y));

  // Sources are numbered in the order the report prints them: zone by zone, figures then projects.
  for (const zone of zoneNames) {
    for (const f of figureSet.byZone.get(zone) ?? []) f.sources.forEach((s) => book.number(s));
    for (const r of projectSet.get(zone) ?? []) r.sources.forEach((s) => book.number(s));
  }

  const zones: ZoneStats[] = zoneNames.map((zone) => {
    const f = facts(zone);
    const figures = figureSet.byZone.get(zone) ?? [];
    const chosen = figureSet.chosen.get(zone) ?? new Map<string, Figure>();
    const records = projectSet.get(zone) ?? [];
    const events = countEvents(records);
    const samePeriod = (metric: Figure['metric']): Figure | null =>
      [...chosen.values()].find((x) => x.metric === metric && x.status === 'actual' && isReportPeriod(x.period, period)) ?? null;
    const compared = compareWithAggregates(zone, events, samePeriod, period.label);
    diagnostics.push(...compared.diagnostics);
    for (const e of events) {
      const agg = compared.aggregates.get(e.stage);
      e.reported = agg
        ? { count: agg.count?.value ?? null, investmentYi: agg.investment?.amountYi ?? null, refs: [agg.count, agg.investment].flatMap((x) => (x?.sources[0] ? [x.sources[0].ref] : [])) }
        : null;
    }
    return {
      zone, short: f.short, city: f.city, known: f.known,
      figures,
      projects: records,
      projectEvents: events,
      targets: matchTargets(figures, chosen),
      articles: [...(articlesByZone.get(zone)?.values() ?? [])],
    };
  });

  const chosenByZone = zoneNames.map((zone) => ({ zone, chosen: [...(figureSet.chosen.get(zone)?.values() ?? [])] }));
  const totals = buildTotals(chosenByZone, period);
  diagnostics.push(...totals.diagnostics);

  const contributing = new Set(chosenArticles.map((c) => c.placed));
  const bulletins = placed.filter((p) => contributing.has(p));
  const asOf = bulletins.reduce<string | null>((max, p) => (p.issuedOrStandIn !== null && (max === null || p.issuedOrStandIn > max) ? p.issuedOrStandIn : max), null);

  // Problems of the bulletins the report draws on, then those found while aggregating.
  const bulletinProblems = placed
    .filter((p) => contributing.has(p))
    .flatMap((p) => [...(contributing.has(p) ? p.bulletin.diagnostics.filter((d) => d.severity !== 'info') : []), ...p.diagnostics]);

  return {
    schemaVersion: 1,
    period,
    asOf,
    organisation: input.organisation,
    bulletins: bulletins.map((p) => ({ file: p.bulletin.file, sha256: p.bulletin.sha256, issued: p.bulletin.issued, issueYear: p.bulletin.issueYear })),
    zones,
    totals: totals.totals,
    ranking: buildRanking(chosenByZone, period),
    sources: book.all(),
    diagnostics: dedupe([...bulletinProblems, ...diagnostics]),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const k = JSON.stringify([d.code, d.file, d.line, d.message]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
