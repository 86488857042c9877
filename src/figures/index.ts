// Figures stage: the indicators and named projects of one article, each with its evidence.
import type { ArticleDraft, Diagnostic, Indicator, Period, Project } from '../types.js';
import { sourceRange, type LineIndex, type MappedText } from '../read/mapped-text.js';
import type { ZoneRegistry } from '../zones/registry.js';
import { toYi } from '../model/metrics.js';
import { articleText, type ArticleText, type Sentence } from './text.js';
import { findNumbers, type NumberToken } from './numbers.js';
import { findPeriods, type PeriodMention } from './periods.js';
import { readIndicators, type IndicatorDraft } from './indicators.js';
import { readProjects } from './projects.js';
import { evidenceOf } from './evidence.js';
import { WIDER_AREA, WIDER_COMPARISON } from './cues.js';

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

/** "经开区", "该区", "本开发区": the article's own zone said generically. */
const GENERIC_ZONE = /^(?:本|该|全|我|此)?(?:区|开发区|经开区|高新区|示范区|示范园|园区|综改区|产业园)$/;

export function findFigures(ctx: FigureContext): FigureResult {
  const text = articleText(ctx.decoded, ctx.article.body);
  const t = text.view.text;
  const tokens = findNumbers(t);
  const periods = findPeriods(t, ctx.issueYear);
  const diagnostics: Diagnostic[] = [];

  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  const drafts = readIndicators({ text, tokens, periods, issueYear: ctx.issueYear });
  const { projects, projectSentences } = readProjects({
    decoded: ctx.decoded, lines: ctx.lines, text, tokens, usedAmounts: new Set(drafts.map((d) => d.token)), registry: ctx.registry,
    zoneOf: (clause) => zoneOf(ctx, clause),
  });
  for (const d of drafts) {
    // "“海盛科学谷”项目同步动工,总投资约31亿元,年计划投资5亿元": the project's plan, not the zone's.
    if (projectSentences.has(d.sentence) && d.token.kind === 'money' && d.evidenceStart >= d.clause.start) continue;
    // A city or county figure: its own statement says so ("全市开发区共签约…"), or the sentence
    // opens with the wider area as subject ("全市开发区今年以来,…").
    const statement = t.slice(Math.min(d.clause.start, d.evidenceStart), d.token.start).replace(WIDER_COMPARISON, '');
    const opening = t.slice(d.sentence.start, d.sentence.clauses[0]?.end ?? d.sentence.start).replace(WIDER_COMPARISON, '');
    const ev = evidenceOf(ctx.decoded, ctx.lines, text.view, d.evidenceStart, d.evidenceEnd, d.token.numberStart);
    // The statement's own text: for "项目9个,总投资15.6亿元" the amount is the count's zone's.
    const clauseZone = namedZone(ctx, t.slice(Math.min(d.clause.start, d.evidenceStart), d.token.start));
    const wider = (s: string): boolean => WIDER_AREA.test(s) || ctx.registry.findAll(s).some((m) => CITY_ZONES.test(m.printed));
    if (!clauseZone && (wider(statement) || wider(opening) || citySubject(ctx, text, d.sentence))) {
      diagnostics.push({
        code: 'figures.not-zone', severity: 'info', file: ctx.file, line: ev.span.line,
        message: `${d.token.value}${d.token.unit} is a city, county or province figure, not the zone's: "${ev.evidence}"`,
      });
      continue;
    }
    const zone = clauseZone ?? ctx.zone;
    const period = periodOf(ctx.decoded, text.view, d.period, d.listYear);
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
    const key = [ind.zone, ind.metric, ind.value, ind.unit, ind.status, period.from, period.to].join('|');
    if (seen.has(key)) continue;
    if (d.weak && indicators.some((x) => x.zone === ind.zone && x.unit === ind.unit && x.value === ind.value && x.metric.endsWith('_projects'))) continue;
    seen.add(key);
    indicators.push(ind);
  }

  const usedAmounts = new Set(drafts.map((d) => d.token));
  diagnostics.push(...unreadAmounts(ctx, text.view, tokens, usedAmounts, projects));
  return { indicators, projects, diagnostics };
}

/** The article's zone unless the clause before the figure names another one. */
export function zoneOf(ctx: Pick<FigureContext, 'zone' | 'registry'>, clause: string): string | null {
  return namedZone(ctx, clause) ?? ctx.zone;
}

/** Another zone named in the clause (the last one before the figure), or null. */
function namedZone(ctx: Pick<FigureContext, 'zone' | 'registry'>, clause: string): string | null {
  const named = ctx.registry.findAll(clause).filter((m) => !GENERIC_ZONE.test(m.printed) && !CITY_ZONES.test(m.printed));
  return named.filter((m) => !sameZone(m.name, ctx.zone)).at(-1)?.name ?? null;
}

const KIND = /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|现代农业产业示范区|现代农业产业示范园|经开区|高新区|开发区|示范区|园区)$/;
/** 太谷经开区 and 太谷经济开发区 are one zone: same place before the kind of zone. */
function sameZone(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a === b) return true;
  const pa = a.replace(KIND, '');
  const pb = b.replace(KIND, '');
  return pa.length >= 2 && pa === pb;
}

/** "忻州市开发区", "全县开发区": every zone of a city or county, not one zone. */
const CITY_ZONES = /^[\u4e00-\u9fff]{0,4}(?:市|县|省)(?:各)?(?:开发区|园区)$/;

function periodOf(decoded: string, view: MappedText, p: PeriodMention | null, listYear: number | null): Period {
  if (!p) return { label: null, from: null, to: null };
  const r = sourceRange(view, p.start, p.end);
  const label = decoded.slice(r.start, r.end).replace(/\s*\n\s*/g, '');
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

/** "大同市“三个一批”活动…", "阳泉市各开发区…": a city or county as the subject of a sentence. */
const CITY_OPENING = /^[^,。;]{0,12}?[\u4e00-\u9fff]{2,3}[市县](?=[“"]|三个一批|各|开发区|共|集中|全年|今年|累计)/;

/**
 * Whether the sentence speaks of a city or county: its own opening names one, or an earlier
 * sentence of its paragraph did and no zone was named since ("其中,签约项目19个…" after
 * "晋城市…共推进项目48个").
 */
function citySubject(ctx: FigureContext, text: ArticleText, sentence: Sentence): boolean {
  const t = text.view.text;
  const own = text.sentences.filter((s) => s.paragraph === sentence.paragraph && s.start <= sentence.start);
  for (let k = own.length - 1; k >= 0; k--) {
    const s = own[k]!;
    const opening = t.slice(s.start, s.clauses[0]?.end ?? s.start);
    const zones = ctx.registry.findAll(opening).filter((m) => !GENERIC_ZONE.test(m.printed) && !CITY_ZONES.test(m.printed));
    if (zones.length > 0) return false;
    if (CITY_OPENING.test(opening) || ctx.registry.findAll(opening).some((m) => CITY_ZONES.test(m.printed))) return true;
    // "开发区今年签约项目10个": the zone itself, said generically, is the subject again.
    if (/^[^,。;]{0,8}?(?:该区|全区|本区|我区|开发区|经开区|高新区|示范区|园区)/.test(opening) && !/全市|全县|全省/.test(opening)) return false;
  }
  return false;
}
