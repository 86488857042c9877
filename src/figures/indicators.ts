// Zone indicators: which metric a number is, read from the cue words around it in its clause.
import type { Metric, Status } from '../types.js';
import {
  COMPANY, DIRECT_CUES, FAMILY_CUES, MONEY_NOUN, NOT_PROJECT_HEAD, PROJECT_NOUN, WEAK_ONGOING,
  familyMetric, type Family,
} from './cues.js';
import type { NumberToken } from './numbers.js';
import { anchorRelative, type PeriodMention } from './periods.js';
import type { ArticleText, Clause, Sentence } from './text.js';
import { isTarget } from './status.js';
import { endsWithNamedProject } from './projects.js';

/** An indicator before zone and evidence are attached (view offsets). */
export interface IndicatorDraft {
  token: NumberToken;
  metric: Metric;
  status: Status;
  period: PeriodMention | null;
  /** Year of a "分别" list item (the k-th year of the clause's year range), else null. */
  listYear: number | null;
  yoy: number | null;
  sentence: Sentence;
  clause: Clause;
  /** Where the statement the figure belongs to starts (the count's clause for "总投资" pairs). */
  evidenceStart: number;
  evidenceEnd: number;
  /** A count read from 重点项目/重大项目 alone: dropped when it repeats a stage count's value. */
  weak?: boolean;
}

interface Classified {
  metric: Metric;
  family: Family | null;
  /** The figure is in a "通过建设…N个项目" means clause: a plan's projects. */
  plannedMeans?: boolean;
  /** Read from 重点项目/重大项目 alone. */
  weak?: boolean;
}

/** Connectors that continue the previous figure's metric: "A、B", "从2021年的A提升至2024年的B". */
const CONTINUES = /^(?:、|和|及|与|以及|提升至|提高到|提高至|增长至|增长到|增加到|增加至|增至|发展到|发展至|上升至|上升到|达到|到|至)$/;
/** Beneficiary counts: "为53个项目办理", "对12个项目开展" are services, not pipeline figures. */
const BENEFICIARY = /(?:为|对|向|给|帮助|协助)$/;
const YOY = /^(?:[^。;]{0,12}?(?:同比|(?:比|较)(?:上年|去年)?同期|比上年|较上年|比去年|较去年)|[,、]?)(增长|增加|提高|上升|提升|下降|减少|回落)(\d+(?:\.\d+)?)%/;
const MEANS = /通过(?:建设|实施|推进|新建|谋划)/;
const AFTER_BUILT = /(?:建成|达产|投产|达效|投用|运营|竣工)后/;
/** "该项目…已完成固定资产投资额3.6亿元" is one project's figure. */
const PROJECT_SUBJECT = /(?:该|此|这个|这一)项目/;

function firstFamily(text: string): { family: Family; index: number } | null {
  let best: { family: Family; index: number } | null = null;
  for (const { re, family } of FAMILY_CUES) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { family, index: m.index };
  }
  return best;
}

/** A stage word used as a head noun ("开工数4个") names what is counted. */
function headFamily(text: string): Family | null {
  for (const { re, family } of FAMILY_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (text[m.index + m[0].length] === '数') return family;
    }
  }
  return null;
}

function directMetric(text: string, kind: 'count' | 'money'): Metric | null {
  for (const cue of DIRECT_CUES) if (cue.kind === kind && cue.re.test(text)) return cue.metric;
  return null;
}

/** "2023年谋划的项目中已有9个开复工": what precedes 中 is the superset, not the counted set. */
function afterSubset(left: string): string {
  const m = /^.*(?:项目中|其中|含|包括|包含)/.exec(left);
  return m ? left.slice(m[0].length) : left;
}

/** Projects under negotiation or visited are not yet in the pipeline ("在谈重点项目31个"). */
const NOT_PIPELINE = /在谈|洽谈|对接|考察|意向|跟踪|储备库外/;

function stripPeriods(s: string, from: number, periods: readonly PeriodMention[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const at = from + i;
    if (!periods.some((p) => p.start <= at && at < p.end)) out += s[i];
  }
  return out.replace(/的$/, '').replace(/^的/, '');
}

function classifyCount(
  left: string, right: string, sentenceText: string, subject: string, token: NumberToken,
): Classified | null {
  const direct = directMetric(right.slice(0, 16), 'count') ?? directMetric(left, 'count');
  if (direct) {
    if (COMPANY.test(subject) || PROJECT_SUBJECT.test(subject)) return null;
    if (direct === 'jobs' ? token.unit !== '个' : !/^(家|户|个)$/.test(token.unit)) return null;
    return { metric: direct, family: null };
  }
  if (!/^(个|项)$/.test(token.unit) || !PROJECT_NOUN.test(sentenceText)) return null;
  if (BENEFICIARY.test(left)) return null;
  const head = right.indexOf('项目');
  if (head >= 0 && NOT_PROJECT_HEAD.test(right.slice(head))) return null;
  if (COMPANY.test(left)) return null;
  const means = MEANS.test(left);
  const own = afterSubset(left);
  const strong = firstFamily(right)?.family ?? headFamily(own) ?? firstFamily(own)?.family;
  if (!strong && NOT_PIPELINE.test(own + right)) return null;
  const weak = !strong && (WEAK_ONGOING.test(right) || WEAK_ONGOING.test(own));
  const fam = strong ?? (weak ? 'ongoing' : null) ?? (means ? 'planned' : null);
  if (!fam) return null;
  return { metric: familyMetric(fam, 'count'), family: fam, plannedMeans: means, weak };
}

function classifyMoney(left: string, subject: string): { metric: Metric; family: Family | null } | 'inherit' | null {
  if (COMPANY.test(left)) return null;
  const direct = directMetric(left, 'money');
  // "某公司实现工业产值5亿元" is the company's output, not the zone's.
  if (direct) return COMPANY.test(subject) || PROJECT_SUBJECT.test(subject) ? null : { metric: direct, family: null };
  const tail = /(?:总)?签约$/.test(left) || MONEY_NOUN.test(left);
  if (!tail) return null;
  const fam = firstFamily(left);
  // "总投资X亿元" with no stage word of its own belongs to the count before (or after) it.
  if (!fam) return 'inherit';
  return { metric: familyMetric(fam.family, 'money'), family: fam.family };
}

export interface ReadContext {
  text: ArticleText;
  tokens: readonly NumberToken[];
  periods: readonly PeriodMention[];
  issueYear: number | null;
}

/** Every indicator of the article, in text order (before zones and de-duplication). */
export function readIndicators(ctx: ReadContext): IndicatorDraft[] {
  const { text, tokens, periods } = ctx;
  const t = text.view.text;
  const out: IndicatorDraft[] = [];
  let carry: { paragraph: number; period: PeriodMention } | null = null;
  let paragraph = -1;
  let paragraphStart = 0;

  for (const sentence of text.sentences) {
    if (carry && carry.paragraph !== sentence.paragraph) carry = null;
    if (sentence.paragraph !== paragraph) { paragraph = sentence.paragraph; paragraphStart = sentence.start; }
    const inSentence = tokens.filter((k) => k.numberStart >= sentence.start && k.numberStart < sentence.end && k.kind !== 'percent');
    let lastCount: { family: Family | null; draft: IndicatorDraft } | null = null;
    let pendingMoney: { token: NumberToken; clause: Clause; left: string } | null = null;
    let previous: IndicatorDraft | null = null;
    const sentenceText = t.slice(sentence.start, sentence.end);

    for (const clause of sentence.clauses) {
      // "引进投资额5000万元以上项目30个": a size class of projects is read through, not as a figure.
      const inClause = inSentence.filter((k) => k.numberStart >= clause.start && k.numberStart < clause.end
        && !isSizeClass(t, k, inSentence));
      // "该项目建成后,可实现年产值30亿元,新增就业岗位800个": a project's expected effects.
      if (AFTER_BUILT.test(t.slice(sentence.start, clause.start))) continue;
      inClause.forEach((token, k) => {
        const prev = inClause[k - 1];
        const next = inClause[k + 1];
        const leftFrom = prev ? prev.end : clause.start;
        const subject = t.slice(sentence.start, token.start);
        const left = t.slice(leftFrom, token.start);
        // The noun phrase after a number ends at a list mark: "40个以上、新增规上企业10家".
        const rawRight = t.slice(token.end, next ? next.start : clause.end);
        const right = rawRight.split('、')[0] ?? '';
        const make = (metric: Metric, evidenceStart: number): IndicatorDraft => ({
          token, metric, status: 'actual', period: null, listYear: null, yoy: null, sentence, clause,
          evidenceStart, evidenceEnd: token.end,
        });
        const continued = prev && previous && previous.token === prev
          && previous.token.kind === token.kind && CONTINUES.test(stripPeriods(left, leftFrom, periods));

        if (token.kind === 'count') {
          // "总投资1.2亿元的17项…项目": the amount before 的 is this count's investment.
          const pairedMoney = pendingMoney && pendingMoney.token === prev ? pendingMoney : null;
          const c = classifyCount(pairedMoney ? pairedMoney.left + left : left, right, sentenceText, subject, token);
          const metric = c?.metric ?? (continued && previous ? previous.metric : null);
          if (!metric) { pendingMoney = null; return; }
          const d = make(metric, pairedMoney ? pairedMoney.clause.start : clause.start);
          // "6家企业实现“小升规”", "8个项目已完工": the words after the number say what it counts.
          const said = /^[^,;。]*?(?:项目|企业|岗位)(?:[^,;。]{0,8}?(?:签约|落地|开复工|开工|竣工|投产达效|投产|完工|实施|入库|小升规|高新技术企业))?[”"]?/.exec(right);
          if (said && c) d.evidenceEnd = token.end + said[0].length;
          if (c?.plannedMeans) d.status = 'target';
          if (c?.weak) d.weak = true;
          out.push(d);
          previous = d;
          if (c?.family) lastCount = { family: c.family, draft: d };
          if (pairedMoney && c?.family) {
            const m = make(familyMetric(c.family, 'money'), pairedMoney.clause.start);
            m.token = pairedMoney.token;
            m.evidenceEnd = token.end;
            m.status = d.status;
            out.push(m);
          }
          pendingMoney = null;
          return;
        }

        // money
        if (right === '的' && next?.kind === 'count') {
          pendingMoney = { token, clause, left };
          return;
        }
        const c = classifyMoney(left, subject);
        // "其中恒达铸造项目总投资10亿元" is that project's amount, not the pipeline total's, and
        // "总投资135亿元的欣旺达项目" describes the project after 的.
        if (c === 'inherit' && (endsWithNamedProject(t.slice(clause.start, token.start)) || right.startsWith('的'))) return;
        if (c === 'inherit') {
          if (lastCount?.family && ownsAmount(t, lastCount.draft.token, token, inSentence)) {
            const d = make(familyMetric(lastCount.family, 'money'), lastCount.draft.clause.start);
            d.status = lastCount.draft.status;
            out.push(d);
            previous = d;
          }
          return;
        }
        const metric = c?.metric ?? (continued && previous ? previous.metric : null);
        if (!metric) return;
        const d = make(metric, clause.start);
        out.push(d);
        previous = d;
      });
    }

    for (const d of out) {
      if (d.sentence !== sentence) continue;
      const chosen = choosePeriod(d, periods, carry?.period ?? null, t, ctx.issueYear);
      d.period = chosen && anchorRelative(chosen, periods.filter((p) => p.start >= paragraphStart));
      if (d.metric === 'annual_planned_investment') d.period = wholeYear(d.period);
      if (d.status === 'actual') d.status = statusOf(d, t);
      // Growth belongs to the figure it follows, not to one further on.
      const nextFigure = inSentence.find((k) => k.start >= d.token.end);
      d.yoy = yoyAfter(t, d.token.end, nextFigure ? nextFigure.start : sentence.end);
    }
    assignListYears(out.filter((d) => d.sentence === sentence), t, periods);

    // The sentence's period goes on to the next sentences of its paragraph ("2025年,…。…签约
    // 总投资额达92.8亿元"): its latest one standing as a clause ("截至12月底,", "1—9月,"), not one
    // inside a noun phrase ("当年新签约项目"); else one in its first clause; else its last.
    const inS = periods.filter((p) => !p.weak && p.start >= sentence.start && p.start < sentence.end);
    const first = sentence.clauses[0];
    const topic = inS.filter((p) => t[p.end] === ',').at(-1)
      ?? inS.find((p) => first && p.start < first.end) ?? inS.at(-1);
    if (topic) carry = { paragraph: sentence.paragraph, period: topic };
  }
  return out;
}

function statusOf(d: IndicatorDraft, t: string): Status {
  if (d.metric === 'annual_planned_investment') return 'target';
  return isTarget(t.slice(d.sentence.start, d.clause.start), t.slice(d.clause.start, d.clause.end)) ? 'target' : 'actual';
}

/**
 * The period of a figure: one written inside its noun phrase (32个年度…项目), else the nearest
 * before it in its clause, else after it in its clause (6个项目年底可投产), else the nearest
 * before it in its sentence, else 累计, else the topic period of an earlier sentence of the
 * same paragraph.
 */
function choosePeriod(
  d: IndicatorDraft, periods: readonly PeriodMention[], carried: PeriodMention | null, t: string, issueYear: number | null,
): PeriodMention | null {
  const { token, clause, sentence } = d;
  if (t.startsWith('年度', token.end)) {
    const y = issueYear === null ? null : String(issueYear);
    return { start: token.end, end: token.end + 2, from: y, to: y, weak: false };
  }
  const strong = periods.filter((p) => !p.weak);
  const before = (from: number) => strong.filter((p) => p.start >= from && p.end <= token.start).at(-1) ?? null;
  const after = strong.find((p) => p.start >= token.end && p.end <= clause.end) ?? null;
  const weak = periods.find((p) => p.weak && p.start >= sentence.start && p.end <= token.start) ?? null;
  // "2025年谋划的项目中有8个项目年底可投产": the year before 中 dates the superset, 年底 the figure.
  const left = t.slice(clause.start, token.start);
  const subsetAt = clause.start + left.length - afterSubset(left).length;
  return before(subsetAt) ?? after ?? before(clause.start) ?? before(sentence.start) ?? weak ?? carried;
}

function yoyAfter(t: string, from: number, to: number): number | null {
  const m = YOY.exec(t.slice(from, to));
  if (!m) return null;
  const v = Number(m[2]);
  return /下降|减少|回落/.test(m[1] ?? '') ? -v : v;
}

/**
 * "2022年~2024年…分别完成A、B、C": the k-th amount is the k-th year of the range when the
 * counts agree; otherwise every item keeps the range.
 */
function assignListYears(drafts: IndicatorDraft[], t: string, periods: readonly PeriodMention[]): void {
  const byClause = new Map<Clause, IndicatorDraft[]>();
  for (const d of drafts) byClause.set(d.clause, [...(byClause.get(d.clause) ?? []), d]);
  for (const [clause, items] of byClause) {
    if (items.length < 2 || !t.slice(clause.start, items[0]?.token.start ?? clause.start).includes('分别')) continue;
    // "2023年、2024年,…分别引进项目32个、41个": one listed year per item.
    const sentence = items[0]?.sentence;
    const listed = sentence ? yearList(t, periods, sentence.start, items[0]?.token.start ?? 0) : [];
    if (listed.length === items.length) {
      items.forEach((d, k) => { d.period = listed[k] ?? d.period; });
      continue;
    }
    const p = items[0]?.period;
    const from = Number(p?.from);
    const to = Number(p?.to);
    if (!p || !/^\d{4}$/.test(p.from ?? '') || !/^\d{4}$/.test(p.to ?? '') || to - from + 1 !== items.length) continue;
    items.forEach((d, k) => { d.listYear = from + k; });
  }
}

/** The last run of periods joined by 、/和/及 before `end` in a sentence: "2023年、2024年". */
function yearList(t: string, periods: readonly PeriodMention[], from: number, end: number): PeriodMention[] {
  const before = periods.filter((p) => !p.weak && p.start >= from && p.end <= end);
  const run: PeriodMention[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const p = before[k]!;
    const next = run[0];
    if (next && !/^(?:、|和|及|与)$/.test(t.slice(p.end, next.start))) break;
    run.unshift(p);
  }
  return run.length >= 2 ? run : [];
}

/** An annual plan is for a whole year: "1-10月…年度计划投资48亿元" is the plan of that year. */
function wholeYear(p: PeriodMention | null): PeriodMention | null {
  const year = /^(\d{4})/.exec(p?.to ?? '')?.[1];
  if (!p || !year || (p.from === year && p.to === year)) return p;
  return { ...p, from: year, to: year };
}

/**
 * Whether "总投资X" belongs to the count before it: the nearest count before the amount is that
 * count, or the counts in between are its full breakdown ("19个,其中续建3个,新建12个,前期4个,
 * 总投资110.92亿元": 3+12+4 = 19). "98个…;其中产业项目77项,总投资101.23亿元" is the 77's.
 */
function ownsAmount(t: string, count: NumberToken, amount: NumberToken, inSentence: readonly NumberToken[]): boolean {
  // Counts in parentheses are asides ("444项(打包项目拆分后共569项)"), not a breakdown.
  const between = inSentence.filter((k) => k.kind === 'count' && k.start > count.start && k.start < amount.start
    && !insideParentheses(t, k.start));
  if (between.length === 0) return true;
  const sum = between.reduce((a, k) => a + k.value, 0);
  return Math.abs(sum - count.value) < 1e-9;
}

function insideParentheses(t: string, at: number): boolean {
  const open = Math.max(t.lastIndexOf('(', at), t.lastIndexOf('（', at));
  const close = Math.max(t.lastIndexOf(')', at), t.lastIndexOf('）', at));
  return open > close && at - open < 60;
}

/** "10亿元以上项目", "投资过10亿元项目", "超亿元项目": an amount that classes projects. */
function isSizeClass(t: string, k: NumberToken, all: readonly NumberToken[]): boolean {
  if (k.kind !== 'money') return false;
  const next = all.find((x) => x.start >= k.end);
  const right = t.slice(k.end, next ? next.start : k.end + 12);
  if (!/^(?:以上|以下)?(?:的)?(?:重点|产业|工业|重大|大)?(?:项目|企业)/.test(right)) return false;
  return /以上|以下/.test(t.slice(k.end - 2, k.end + 2)) || /[过超]$/.test(t.slice(k.start - 1, k.start)) || k.approx;
}
