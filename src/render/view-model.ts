// Report → the one typed view model the briefing templates read. Pure: every wording choice that
// depends on data (number formats, period labels, reference marks) is made here once, so the
// templates only place strings and the PDF and HTML renderings print the same text.
import { diagnosticText } from './diagnostic-text.js';
import type {
  Diagnostic, Figure, Period, ProjectRecord, Report, RankingRow, SourceRef, Stage, Status, Total, ZoneStats,
} from '../types.js';

export interface ViewOptions {
  organisation: string;
  title: string;
  subtitle: string | null;
}

export interface KeyFigureRow {
  label: string;
  period: string;
  value: string;
  /** "2/3" */
  coverage: string;
  zones: string;
  refs: string;
}

export interface ChartBar {
  /** Category label on the axis (zone short name). */
  label: string;
  valueYi: number;
}

export interface ChartView {
  /** The chart's name in the template (`@chart NAME`). */
  name: string;
  title: string;
  unit: string;
  bars: ChartBar[];
}

export interface RankingView {
  rank: string;
  zone: string;
  value: string;
  period: string;
  refs: string;
}

export interface FigureView {
  metric: string;
  period: string;
  value: string;
  yoy: string;
  status: string;
  refs: string;
}

export interface TargetView {
  metric: string;
  period: string;
  target: string;
  actual: string;
  ratio: string;
  refs: string;
}

export interface ProjectView {
  name: string;
  stage: string;
  status: string;
  investment: string;
  month: string;
  refs: string;
}

export interface ArticleView {
  date: string;
  title: string;
  kicker: string;
  authors: string;
  bulletin: string;
}

export interface ZoneView {
  name: string;
  short: string;
  /** Heading text: short name and, when different, the full name. */
  heading: string;
  city: string;
  /** Note for a zone not in the registry; empty when known. */
  registryNote: string;
  figures: FigureView[];
  events: string[];
  targets: TargetView[];
  projects: ProjectView[];
  articles: ArticleView[];
}

export interface SourceView {
  ref: string;
  evidence: string;
  bulletin: string;
  article: string;
}

export interface DiagnosticView {
  severity: string;
  where: string;
  message: string;
}

export interface BriefingView {
  title: string;
  subtitle: string;
  organisation: string;
  periodKey: string;
  periodLabel: string;
  /** Date printed on the cover as the date made: the Report's as-of date, so re-runs match. */
  madeOn: string;
  /** true when no bulletin of the period was found: the templates print a short notice. */
  empty: boolean;
  /** Set for a one-zone briefing (--per-zone): the zone's heading. */
  zoneOnly: string;
  bulletinCount: string;
  zoneCount: string;
  /** Lead lines in the issue's form "签约项目 N 个 · 总投资 X 亿元 · 覆盖 N/M 个开发区". */
  headlines: string[];
  /** Totals of the report period. */
  keyFigures: KeyFigureRow[];
  /** Totals of other periods (cumulative, year…): listed apart, never added to the above. */
  otherFigures: KeyFigureRow[];
  /** Signed investment by zone: one chart per period, so no bar is compared with another period's. */
  charts: ChartView[];
  ranking: RankingView[];
  zones: ZoneView[];
  sources: SourceView[];
  diagnostics: DiagnosticView[];
  bulletins: { file: string; issued: string }[];
}

// ---------------------------------------------------------------------------------------------
// zh-CN formats

const GROUPED = new Map<number, Intl.NumberFormat>();

/** The same through ICU, for what formatNumber does not handle itself (exponent forms, ±Infinity, NaN). */
function intlFormat(value: number, maxDigits: number, minDigits: number): string {
  const key = maxDigits * 10 + minDigits;
  let f = GROUPED.get(key);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits, useGrouping: true });
    GROUPED.set(key, f);
  }
  return f.format(value);
}

/** "9" → "10", "0199" → "0200": the decimal digit string plus one unit in its last place. */
function incrementDigits(digits: string): string {
  const d = digits.split('');
  let i = d.length - 1;
  for (; i >= 0; i--) {
    if (d[i] === '9') d[i] = '0';
    else {
      d[i] = String.fromCharCode(d[i]!.charCodeAt(0) + 1);
      break;
    }
  }
  return i < 0 ? `1${d.join('')}` : d.join('');
}

/**
 * 1234.5 → "1,234.5" with up to `maxDigits` decimals, zh-CN style: exactly what
 * `Intl.NumberFormat('zh-CN', { maximumFractionDigits, minimumFractionDigits })` prints (a test
 * compares the two on many values), without it: ICU's first zh-CN formatter took 40–100 ms of a
 * cold `report`. Like ICU, it rounds the shortest decimal form of the double (1.005 → "1.01",
 * where toFixed gives "1.00"), half away from zero.
 */
export function formatNumber(value: number, maxDigits = 4, minDigits = 0): string {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) return intlFormat(value, maxDigits, minDigits);
  const dot = shortest.indexOf('.');
  let int = dot < 0 ? shortest : shortest.slice(0, dot);
  let frac = dot < 0 ? '' : shortest.slice(dot + 1);
  if (frac.length > maxDigits) {
    const up = frac.charCodeAt(maxDigits) >= 53; /* '5' */
    frac = frac.slice(0, maxDigits);
    if (up) {
      const all = incrementDigits(int + frac);
      int = all.slice(0, all.length - frac.length);
      frac = all.slice(all.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > minDigits && frac.charCodeAt(end - 1) === 48 /* '0' */) end--;
  frac = frac.slice(0, end).padEnd(minDigits, '0');
  let grouped = '';
  for (let i = int.length; i > 0; i -= 3) grouped = int.slice(Math.max(0, i - 3), i) + (grouped ? `,${grouped}` : '');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${frac ? `.${frac}` : ''}`;
}

/** An amount in 亿元 with two decimals: "1,234.56 亿元". */
export const formatYi = (yi: number): string => `${formatNumber(yi, 2, 2)} 亿元`;

/** A number with its unit as printed, e.g. "8,000 万元", "约 1,000 个". */
export function formatAmount(value: number, unit: string, approx: boolean): string {
  return `${approx ? '约 ' : ''}${formatNumber(value)}${unit === '%' ? '%' : ` ${unit}`}`;
}

/** "2026-01-26" → "2026年1月26日"; anything else is returned as is. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ''}`;
}

export const refMarks = (refs: readonly number[]): string => refs.map((r) => `[${r}]`).join('');

/** A period as the reader sees it: the printed label, else the bounds. */
export function periodText(p: Period): string {
  if (p.label) {
    // "分别完成…" gives one range label to several one-year figures: say which year this one is.
    const narrower = p.from !== null && p.from === p.to && /[~～\-－—至到]/.test(p.label);
    return narrower ? `${oneLine(p.label)}（${p.from}）` : oneLine(p.label);
  }
  if (p.from && p.to) return p.from === p.to ? p.from : `${p.from}–${p.to}`;
  if (p.to) return `截至 ${p.to}`;
  return '期间不详';
}

/**
 * Text for a single template line: line breaks of PDF-copied evidence are dropped (joined with a
 * space only between two Latin characters) and "|" becomes "｜", which the templates use to
 * separate table cells.
 */
export function oneLine(s: string): string {
  return s
    .replace(/([A-Za-z0-9])[ \t]*\r?\n\s*(?=[A-Za-z0-9])/g, '$1 ')
    .replace(/[ \t]*\r?\n\s*/g, '')
    .replace(/\t/g, ' ')
    .replace(/\|/g, '｜')
    .trim();
}

const STAGE_LABEL: Record<Stage, string> = {
  signed: '签约', started: '开工', ongoing: '在建', completed: '竣工投产', planned: '谋划储备',
};
const STATUS_LABEL: Record<Status, string> = { actual: '实绩', target: '目标' };
const SEVERITY_LABEL: Record<Diagnostic['severity'], string> = { error: '错误', warning: '提示', info: '说明' };

// ---------------------------------------------------------------------------------------------
// Report → view

const samePeriod = (p: Period, key: string): boolean => p.from === key && p.to === key;

function keyFigure(t: Total): KeyFigureRow {
  const value = t.unit === '亿元' ? formatYi(t.value) : formatAmount(t.value, t.unit, false);
  return {
    label: `${t.metricLabel}${t.status === 'target' ? '（目标）' : ''}`,
    period: periodText(t.period),
    value,
    coverage: `${t.zonesCovered}/${t.zonesInReport}`,
    zones: String(t.zonesCovered),
    refs: refMarks(t.refs),
  };
}

/** "签约项目 17 个 · 总投资 47.60 亿元 · 覆盖 2/3 个开发区" for each metric pair of one period. */
function headlines(totals: readonly Total[]): string[] {
  const lines: string[] = [];
  const pairs: [string, string, string][] = [
    ['signed_projects', 'signed_investment', '签约'],
    ['started_projects', 'started_investment', '开工'],
    ['completed_projects', 'completed_investment', '竣工投产'],
    ['landed_projects', 'landed_investment', '落地'],
  ];
  for (const [count, money, word] of pairs) {
    const c = totals.find((t) => t.metric === count && t.status === 'actual');
    const m = totals.find((t) => t.metric === money && t.status === 'actual');
    if (!c && !m) continue;
    const parts: string[] = [];
    if (c) parts.push(`${word}项目 ${formatAmount(c.value, c.unit, false)}`);
    if (m) parts.push(`${c ? '总投资' : m.metricLabel} ${formatYi(m.value)}`);
    // Coverage is only shared when both sums cover the same zones; otherwise each gets its own.
    if (c && m && c.zonesCovered === m.zonesCovered && sameList(c.zones, m.zones)) {
      parts.push(`覆盖 ${c.zonesCovered}/${c.zonesInReport} 个开发区`);
    } else {
      if (c) parts[0] += `（覆盖 ${c.zonesCovered}/${c.zonesInReport} 个开发区）`;
      if (m) parts[parts.length - 1] += `（覆盖 ${m.zonesCovered}/${m.zonesInReport} 个开发区）`;
    }
    lines.push(parts.join(' · '));
  }
  return lines;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function figureView(f: Figure): FigureView {
  const printed = formatAmount(f.value, f.unit, f.approx);
  const inYi = f.amountYi !== null && f.unit !== '亿元' ? `（${formatYi(f.amountYi)}）` : '';
  const yoy = f.yoy === null ? '' : f.yoy >= 0 ? `同比增长 ${formatNumber(f.yoy, 2)}%` : `同比下降 ${formatNumber(-f.yoy, 2)}%`;
  return {
    metric: f.metricLabel,
    period: periodText(f.period),
    value: printed + inYi,
    yoy,
    status: STATUS_LABEL[f.status],
    refs: refMarks(f.sources.map((s) => s.ref)),
  };
}

function projectView(p: ProjectRecord): ProjectView {
  const inv = p.investment;
  return {
    name: oneLine(p.name),
    stage: STAGE_LABEL[p.stage],
    status: STATUS_LABEL[p.status],
    investment: inv ? formatAmount(inv.value, inv.unit, inv.approx) : '未披露',
    month: chineseDate(p.month),
    refs: refMarks(p.sources.map((s) => s.ref)),
  };
}

function zoneView(z: ZoneStats): ZoneView {
  const name = oneLine(z.zone);
  const short = oneLine(z.short);
  return {
    name,
    short,
    heading: short && short !== name ? `${short}（${name}）` : name,
    city: oneLine(z.city ?? ''),
    registryNote: z.known ? '' : '该开发区不在开发区名录中，名称按原文识别，请核对。',
    figures: z.figures.map(figureView),
    events: z.projectEvents.map((e) => {
      const stage = STAGE_LABEL[e.stage];
      const amount = e.withAmount > 0
        ? `，其中 ${e.withAmount} 个披露金额，合计 ${formatYi(e.investmentYi)}`
        : '，均未披露金额';
      const named = `${stage}项目 ${e.count} 个${amount}`;
      const r = e.reported;
      if (!r || (r.count === null && r.investmentYi === null)) return named;
      // The zone's own figure for the whole period wins; the named projects are a subset.
      const own = [r.count !== null ? `${stage}项目 ${formatNumber(r.count)} 个` : '', r.investmentYi !== null ? `总投资 ${formatYi(r.investmentYi)}` : '']
        .filter(Boolean).join('，');
      return `${own}${refMarks(r.refs)}（开发区通报数）；报道中点名的${named}`;
    }),
    targets: z.targets.map((t) => ({
      metric: t.metricLabel,
      period: periodText(t.period),
      target: formatAmount(t.target.value, t.target.unit, t.target.approx),
      actual: t.actual ? formatAmount(t.actual.value, t.actual.unit, t.actual.approx) : '未见实绩',
      ratio: t.ratio === null ? '—' : `${formatNumber(t.ratio * 100, 1, 1)}%`,
      refs: refMarks([...t.target.sources, ...(t.actual?.sources ?? [])].map((s) => s.ref)),
    })),
    projects: z.projects.map(projectView),
    articles: z.articles.map((a) => ({
      date: a.date ? chineseDate(a.date) : '日期不详',
      title: oneLine(a.title),
      kicker: a.kicker ? oneLine(a.kicker) : '',
      authors: oneLine(a.authors.join('、')),
      bulletin: oneLine(a.bulletin),
    })),
  };
}

function sourceView(s: SourceRef): SourceView {
  return {
    ref: `[${s.ref}]`,
    evidence: oneLine(s.evidence),
    bulletin: `${oneLine(s.bulletin)} 第 ${s.span.line} 行`,
    article: oneLine(s.articleTitle),
  };
}

function diagnosticView(d: Diagnostic): DiagnosticView {
  return {
    severity: SEVERITY_LABEL[d.severity],
    where: d.file ? `${oneLine(d.file)}${d.line ? ` 第 ${d.line} 行` : ''}` : '',
    message: oneLine(diagnosticText(d)),
  };
}

/**
 * One bar chart per ranking period, in ranking order: a bar of 1月份 beside one of “十四五”期间 on
 * one axis would invite a comparison the figures do not allow.
 */
function chartViews(ranking: readonly RankingRow[], zones: readonly ZoneStats[]): ChartView[] {
  const short = new Map(zones.map((z) => [z.zone, z.short || z.zone]));
  const byPeriod = new Map<string, RankingRow[]>();
  for (const r of ranking) {
    const label = periodText(r.period);
    const rows = byPeriod.get(label);
    if (rows) rows.push(r);
    else byPeriod.set(label, [r]);
  }
  return [...byPeriod].map(([label, rows], i) => ({
    name: i === 0 ? 'signed-investment' : `signed-investment-${i + 1}`,
    title: `${label}各开发区签约投资`,
    unit: '亿元',
    bars: rows.map((r) => ({ label: short.get(r.zone) ?? r.zone, valueYi: r.valueYi })),
  }));
}

/** What the full and the per-zone briefings share: cover and period. */
function coverView(report: Report, options: ViewOptions) {
  return {
    title: oneLine(options.title),
    subtitle: oneLine(options.subtitle ?? ''),
    organisation: oneLine(options.organisation),
    periodKey: report.period.key,
    periodLabel: report.period.label,
    madeOn: chineseDate(report.asOf ?? report.period.end),
    empty: report.bulletins.length === 0,
  };
}

const bulletinView = (b: Report['bulletins'][number]) => ({ file: oneLine(b.file), issued: b.issued ? chineseDate(b.issued) : '日期不详' });

/** The whole briefing. `options` come from the user's config. */
export function briefingView(report: Report, options: ViewOptions): BriefingView {
  const key = report.period.key;
  const inPeriod = report.totals.filter((t) => samePeriod(t.period, key) || t.period.label === report.period.label);
  const other = report.totals.filter((t) => !inPeriod.includes(t));
  const short = new Map(report.zones.map((z) => [z.zone, oneLine(z.short || z.zone)]));
  return {
    ...coverView(report, options),
    zoneOnly: '',
    bulletinCount: String(report.bulletins.length),
    zoneCount: String(report.zones.length),
    headlines: headlines(inPeriod),
    keyFigures: inPeriod.map(keyFigure),
    otherFigures: other.map(keyFigure),
    charts: chartViews(report.ranking, report.zones),
    ranking: report.ranking.map((r) => ({
      rank: String(r.rank),
      zone: short.get(r.zone) ?? r.zone,
      value: formatNumber(r.valueYi, 2, 2),
      period: periodText(r.period),
      refs: refMarks(r.refs),
    })),
    zones: report.zones.map(zoneView),
    sources: report.sources.map(sourceView),
    diagnostics: report.diagnostics.map(diagnosticView),
    bulletins: report.bulletins.map(bulletinView),
  };
}

/** Every reference number a zone's section prints. */
function zoneRefs(z: ZoneStats): Set<number> {
  const refs = new Set<number>();
  for (const f of z.figures) for (const s of f.sources) refs.add(s.ref);
  for (const p of z.projects) for (const s of p.sources) refs.add(s.ref);
  for (const t of z.targets) for (const s of [...t.target.sources, ...(t.actual?.sources ?? [])]) refs.add(s.ref);
  return refs;
}

/**
 * The briefing of one zone (--per-zone): its section, and the sources it cites under the same
 * reference numbers as the full briefing so staff can talk about "[12]" across both documents.
 */
export function zoneBriefingView(report: Report, zone: string, options: ViewOptions): BriefingView {
  const z = report.zones.find((x) => x.zone === zone);
  if (!z) throw new Error(`zone ${zone} is not in the report`);
  const refs = zoneRefs(z);
  const bulletins = new Set(z.articles.map((a) => oneLine(a.bulletin)));
  // Built from the cover alone, not from the whole briefing's view: with --per-zone this runs
  // once per zone, and the whole view is every zone's sections again.
  const zv = zoneView(z);
  return {
    ...coverView(report, options),
    zoneOnly: zv.heading,
    bulletinCount: String(bulletins.size),
    zoneCount: '1',
    headlines: [],
    keyFigures: [],
    otherFigures: [],
    charts: [],
    ranking: [],
    zones: [zv],
    sources: report.sources.filter((s) => refs.has(s.ref)).map(sourceView),
    diagnostics: report.diagnostics.filter((d) => !d.file || bulletins.has(d.file)).map(diagnosticView),
    bulletins: report.bulletins.map(bulletinView).filter((b) => bulletins.has(b.file)),
  };
}

/** A zone briefing's file name: the official name (unique, unlike short forms), made file-safe. */
export function zoneFileName(z: Pick<ZoneStats, 'zone' | 'short'>): string {
  return `${z.zone.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}
