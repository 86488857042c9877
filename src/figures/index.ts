// Figures stage: the indicators and named projects of one article, each with its evidence.
import type { ArticleDraft, Diagnostic, Indicator, Period, Project } from '../types.js';
import { sourceRange, type LineIndex, type MappedText } from '../read/mapped-text.js';
import type { ZoneRegistry } from '../zones/registry.js';
import { toYi } from '../model/metrics.js';
import { articleText, type ArticleText } from './text.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { findPeriods, type PeriodMention, type Range } from './periods.js';
import { readIndicators } from './indicators.js';
import { readProjects } from './projects.js';
import { evidenceOf } from './evidence.js';
import { ArticleZones, WIDER } from './subject.js';

/**
 * Version of the figure rules: stored extractions made with other rules are stale. Changes with
 * every change to what this stage finds (compose it into the extractor's version).
 */
export const FIGURES_VERSION = 'figures-6';

export interface FigureContext {
  /** The whole decoded bulletin: spans and evidence refer to it. */
  decoded: string;
  lines: LineIndex;
  article: ArticleDraft;
  /** The article's resolved zone (official name), or null. */
  zone: string | null;
  issueYear: number | null;
  registry: ZoneRegistry;
  /** Base name of the bulletin file, for diagnostics. */
  file: string;
}

export interface FigureResult {
  indicators: Indicator[];
  projects: Project[];
  diagnostics: Diagnostic[];
}

export function findFigures(ctx: FigureContext): FigureResult {
  const text = articleText(ctx.decoded, ctx.article.body);
  const t = text.view.text;
  const tokens = findNumbers(t);
  // Periods date figures of their own paragraph only, said before or with them (readIndicators):
  // the others are not looked for.
  const periods = findPeriods(t, ctx.issueYear, paragraphsWithFigures(text, tokens));
  const diagnostics: Diagnostic[] = [];

  const indicators: Indicator[] = [];
  const drafts = readIndicators({ text, tokens, periods, issueYear: ctx.issueYear });
  const usedAmounts = new Set<NumberToken>();
  for (const d of drafts) usedAmounts.add(d.token);
  const zones = new ArticleZones(ctx, text);
  const { projects, projectFrom } = readProjects({
    decoded: ctx.decoded, lines: ctx.lines, text, tokens, usedAmounts, zoneOf: (clause) => zones.zoneOf(clause),
  });
  for (const d of drafts) {
    // "“海盛科学谷”项目同步动工,总投资约31亿元,年计划投资5亿元": the project's plan, not the
    // zone's; but "签约额15亿元,其中投资6亿元的…项目" keeps the total said before the project.
    const from = projectFrom.get(d.sentence);
    if (from !== undefined && d.token.start >= from && d.token.kind === 'money' && d.evidenceStart >= d.clause.start) continue;
    const ev = evidenceOf(ctx.decoded, ctx.lines, text.view, d.evidenceStart, d.evidenceEnd, d.token.numberStart);
    const zone = zones.whoseFigure(d);
    if (zone === WIDER) {
      diagnostics.push({
        code: 'figures.not-zone', severity: 'info', file: ctx.file, line: ev.span.line,
        message: `${d.token.value}${d.token.unit} is a city, county or province figure, not the zone's: "${ev.evidence}"`,
      });
      continue;
    }
    const period = periodOf(ctx.decoded, text.view, d.period, d.listYear);
    if (period.label === null) {
      diagnostics.push({
        code: 'figures.no-period', severity: 'info', file: ctx.file, line: ev.span.line,
        message: `no period printed for ${d.token.value}${d.token.unit}: "${ev.evidence}"`,
      });
    } else if (period.from === null && period.to === null) {
      diagnostics.push({
        code: 'figures.period-unresolved', severity: 'warning', file: ctx.file, line: ev.span.line,
        message: `period "${period.label}" of ${d.token.value}${d.token.unit} needs the issue year, which is unknown (give --issued)`,
      });
    }
    const ind: Indicator = {
      zone,
      metric: d.metric,
      value: d.token.value,
      unit: d.token.unit,
      approx: d.token.approx,
      yoy: d.yoy,
      status: d.status,
      period,
      evidence: ev.evidence,
      span: ev.span,
      amountYi: toYi(d.token.value, d.token.unit),
    };
    // The same figure repeated in one article is one indicator; "8个重大项目含…" after
    // "集中开工8个重大项目" is that count again, not an ongoing count.
    if (holdsSameFigure(indicators, ind)) continue;
    if (d.weak && holdsProjectCount(indicators, ind)) continue;
    indicators.push(ind);
  }

  diagnostics.push(...unreadAmounts(ctx, text.view, tokens, usedAmounts, projects));
  return { indicators, projects, diagnostics };
}

/**
 * Same zone, metric, value, unit, status and period. Compared field by field: an article holds a
 * few indicators, and a joined key turned every value into a string.
 */
function sameFigure(a: Indicator, b: Indicator): boolean {
  return a.zone === b.zone && a.metric === b.metric && a.value === b.value && a.unit === b.unit && a.status === b.status
    && a.period.from === b.period.from && a.period.to === b.period.to;
}

function holdsSameFigure(indicators: readonly Indicator[], ind: Indicator): boolean {
  for (const x of indicators) if (sameFigure(x, ind)) return true;
  return false;
}

/** Whether a count of projects of the zone with the same value and unit is among `indicators`. */
function holdsProjectCount(indicators: readonly Indicator[], ind: Indicator): boolean {
  for (const x of indicators) {
    if (x.zone === ind.zone && x.unit === ind.unit && x.value === ind.value && x.metric.endsWith('_projects')) return true;
  }
  return false;
}

/**
 * The paragraphs holding a count or an amount, as ranges of the running text, each up to the end
 * of its last sentence holding one: a period said after that dates no figure.
 */
function paragraphsWithFigures(text: ArticleText, tokens: readonly NumberToken[]): Range[] {
  const out: Range[] = [];
  let k = 0;
  const sentences = text.sentences;
  for (let i = 0; i < sentences.length;) {
    // One paragraph: sentences i .. j-1.
    let j = i + 1;
    while (j < sentences.length && sentences[j]!.paragraph === sentences[i]!.paragraph) j++;
    let end = -1;
    for (let s = i; s < j; s++) {
      const sentence = sentences[s]!;
      while (k < tokens.length && tokens[k]!.numberStart < sentence.start) k++;
      for (let x = k; x < tokens.length && tokens[x]!.numberStart < sentence.end; x++) {
        if (tokens[x]!.kind !== 'percent') { end = sentence.end; break; }
      }
    }
    if (end >= 0) out.push({ start: sentences[i]!.start, end });
    i = j;
  }
  return out;
}

function periodOf(decoded: string, view: MappedText, p: PeriodMention | null, listYear: number | null): Period {
  if (!p) return { label: null, from: null, to: null };
  const r = sourceRange(view, p.start, p.end);
  const printed = decoded.slice(r.start, r.end);
  const label = printed.includes('\n') ? printed.replace(/\s*\n\s*/g, '') : printed;
  if (listYear !== null) return { label, from: String(listYear), to: String(listYear) };
  return { label, from: p.from, to: p.to };
}

/**
 * Investment amounts that no rule could give to a metric or a project ("总投资5亿元" after a
 * breakdown): said as info so a reader knows a figure was seen and left out.
 */
function unreadAmounts(
  ctx: FigureContext, view: MappedText, tokens: readonly NumberToken[], used: ReadonlySet<NumberToken>, projects: readonly Project[],
): Diagnostic[] {
  const t = view.text;
  const out: Diagnostic[] = [];
  for (const k of tokens) {
    if (k.kind !== 'money' || used.has(k) || !/总投资(?:额)?(?:为|达|约)?$/.test(t.slice(Math.max(0, k.start - 8), k.start))) continue;
    if (projects.some((p) => p.investment && p.investment.value === k.value && p.investment.unit === k.unit)) continue;
    const ev = evidenceOf(ctx.decoded, ctx.lines, view, Math.max(0, k.start - 8), k.end, k.numberStart);
    out.push({
      code: 'figures.amount-unread', severity: 'info', file: ctx.file, line: ev.span.line,
      message: `investment ${k.value}${k.unit} belongs to no metric or named project: "${ev.evidence}"`,
    });
  }
  return out;
}

