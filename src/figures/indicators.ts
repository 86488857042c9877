// Zone indicators: each number read as a metric, with its status, period and growth.
import type { Metric, Status } from '../types.js';
import { PROJECT_NOUN, familyMetric, type Family } from './cues.js';
import {
  AFTER_BUILT, CONTINUES, classifyCount, classifyMoney, isSizeClass, ownsAmount, stripPeriods,
} from './classify.js';
import { assignListYears, choosePeriod, sentenceTopic, wholeYear } from './dating.js';
import type { NumberToken } from './numbers.js';
import { anchorRelative, type PeriodMention } from './periods.js';
import type { ArticleText, Clause, Sentence } from './text.js';
import { isTarget } from './status.js';
import { endsWithNamedProject, namesProjectAfter } from './projects.js';

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
  /** The count whose "总投资" this amount is: the amount has that count's status. */
  countOf?: IndicatorDraft;
}

const YOY = /^(?:[^。;]{0,12}?(?:同比|(?:比|较)(?:上年|去年)?同期|比上年|较上年|比去年|较去年)|[,、]?)(增长|增加|提高|上升|提升|下降|减少|回落)(\d+(?:\.\d+)?)%/;

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
  /** Index of the first period of the paragraph (periods are in text order). */
  let paragraphPeriod = 0;
  // Cursors over the tokens and periods, both in text order, as the sentences are.
  let nextToken = 0;
  let sentencePeriod = 0;

  for (const sentence of text.sentences) {
    if (carry && carry.paragraph !== sentence.paragraph) carry = null;
    while (sentencePeriod < periods.length && periods[sentencePeriod]!.start < sentence.start) sentencePeriod++;
    if (sentence.paragraph !== paragraph) { paragraph = sentence.paragraph; paragraphPeriod = sentencePeriod; }
    let periodsEnd = sentencePeriod;
    while (periodsEnd < periods.length && periods[periodsEnd]!.start < sentence.end) periodsEnd++;
    // Every rule below looks at periods inside the sentence only (or, for a relative year, back
    // to the paragraph's start). Periods never overlap: one at most runs into the sentence.
    const overlapping = sentencePeriod > 0 && periods[sentencePeriod - 1]!.end > sentence.start ? 1 : 0;
    // Most sentences hold no period and no figure: they cost two comparisons.
    const own = periodsEnd > sentencePeriod - overlapping ? periods.slice(sentencePeriod - overlapping, periodsEnd) : NO_PERIODS;

    while (nextToken < tokens.length && tokens[nextToken]!.numberStart < sentence.start) nextToken++;
    if (nextToken < tokens.length && tokens[nextToken]!.numberStart < sentence.end) {
      const inSentence: NumberToken[] = [];
      for (let k = nextToken; k < tokens.length && tokens[k]!.numberStart < sentence.end; k++) {
        if (tokens[k]!.kind !== 'percent') inSentence.push(tokens[k]!);
      }
      const first = out.length;
      // A sentence whose only numbers are percentages has no figure to read.
      if (inSentence.length > 0) readSentence(t, sentence, inSentence, own, out);
      for (let k = first; k < out.length; k++) {
        const d = out[k]!;
        const chosen = choosePeriod(d, own, carry?.period ?? null, t, ctx.issueYear);
        // Only a relative period reads the paragraph's others.
        d.period = chosen?.relative ? anchorRelative(chosen, periods.slice(paragraphPeriod, periodsEnd)) : chosen;
        if (d.metric === 'annual_planned_investment') d.period = wholeYear(d.period);
        // "计划实施…,目前已开复工29个,完成投资31.6亿元": the amount is as done as its count.
        if (d.countOf) d.status = d.countOf.status;
        else if (d.status === 'actual') d.status = statusOf(d, t);
        // Growth belongs to the figure it follows, not to one further on.
        d.yoy = yoyAfter(t, d.token.end, nextStartAfter(inSentence, d.token.end, sentence.end));
      }
      if (sharesClause(out, first)) assignListYears(out.slice(first), t, own);
    }

    const topic = own.length > 0 ? sentenceTopic(sentence, own, t) : null;
    if (topic) carry = { paragraph: sentence.paragraph, period: topic };
  }
  return out;
}

const NO_PERIODS: readonly PeriodMention[] = [];
const LIST_MARK = '、'.charCodeAt(0);

/** Where the first of `tokens` starting at or after `from` starts, else `end`. */
function nextStartAfter(tokens: readonly NumberToken[], from: number, end: number): number {
  for (const k of tokens) if (k.start >= from) return k.start;
  return end;
}

/**
 * Whether two of the drafts from index `first` on share a clause: only then can they be a "分别"
 * list (assignListYears). A sentence's drafts come clause by clause, so such two are neighbours.
 */
function sharesClause(drafts: readonly IndicatorDraft[], first: number): boolean {
  for (let k = first + 1; k < drafts.length; k++) if (drafts[k]!.clause === drafts[k - 1]!.clause) return true;
  return false;
}

const draft = (token: NumberToken, metric: Metric, sentence: Sentence, clause: Clause, evidenceStart: number): IndicatorDraft => ({
  token, metric, status: 'actual', period: null, listYear: null, yoy: null, sentence, clause,
  evidenceStart, evidenceEnd: token.end,
});

/** `tokens` but size classes: the same array when it holds none (most sentences). */
function withoutSizeClasses(t: string, tokens: readonly NumberToken[]): readonly NumberToken[] {
  let k = 0;
  while (k < tokens.length && !isSizeClass(t, tokens[k]!, tokens)) k++;
  if (k === tokens.length) return tokens;
  const kept = tokens.slice(0, k);
  for (k++; k < tokens.length; k++) if (!isSizeClass(t, tokens[k]!, tokens)) kept.push(tokens[k]!);
  return kept;
}

/** The drafts of one sentence's figures (`inSentence`: its tokens other than percentages), added to `out`. */
function readSentence(
  t: string, sentence: Sentence, inSentence: readonly NumberToken[], periods: readonly PeriodMention[], out: IndicatorDraft[],
): void {
  let lastCount: { family: Family | null; draft: IndicatorDraft } | null = null;
  let pendingMoney: { token: NumberToken; clause: Clause; left: string } | null = null;
  let previous: IndicatorDraft | null = null;
  const sentenceText = t.slice(sentence.start, sentence.end);

  // "引进投资额5000万元以上项目30个": a size class of projects is read through, not as a figure.
  const figures = withoutSizeClasses(t, inSentence);
  // "该项目建成后,可实现年产值30亿元,新增就业岗位800个": a project's expected effects, from the
  // clause after "建成后" on.
  const built = AFTER_BUILT.exec(sentenceText);
  // Every count of projects needs 项目 somewhere in its sentence: looked for once per sentence.
  const namesProjects = PROJECT_NOUN.test(sentenceText);
  const effectsFrom = built ? sentence.start + built.index + built[0].length : Infinity;

  // The figures of each clause are figures[from, to): both are in text order.
  let to = 0;
  for (const clause of sentence.clauses) {
    let from = to;
    while (from < figures.length && figures[from]!.numberStart < clause.start) from++;
    to = from;
    while (to < figures.length && figures[to]!.numberStart < clause.end) to++;
    if (effectsFrom <= clause.start) continue;
    for (let k = from; k < to; k++) {
      const token = figures[k]!;
      const prev = k > from ? figures[k - 1] : undefined;
      const next = k + 1 < to ? figures[k + 1] : undefined;
      const leftFrom = prev ? prev.end : clause.start;
      const subject = t.slice(sentence.start, token.start);
      const left = t.slice(leftFrom, token.start);
      // The noun phrase after a number ends at a list mark: "40个以上、新增规上企业10家".
      let rightEnd = token.end;
      const rightLimit = next ? next.start : clause.end;
      while (rightEnd < rightLimit && t.charCodeAt(rightEnd) !== LIST_MARK) rightEnd++;
      const right = t.slice(token.end, rightEnd);
      const continued = prev && previous && previous.token === prev
        && previous.token.kind === token.kind && CONTINUES.test(stripPeriods(left, leftFrom, periods));

      if (token.kind === 'count') {
        // "总投资1.2亿元的17项…项目": the amount before 的 is this count's investment.
        const pairedMoney = pendingMoney && pendingMoney.token === prev ? pendingMoney : null;
        const c = classifyCount(pairedMoney ? pairedMoney.left + left : left, right, namesProjects, subject, token);
        const metric = c?.metric ?? (continued && previous ? previous.metric : null);
        if (!metric) { pendingMoney = null; continue; }
        const d = draft(token, metric, sentence, clause, pairedMoney ? pairedMoney.clause.start : clause.start);
        // "6家企业实现“小升规”", "8个项目已完工": the words after the number say what it counts.
        const said = SAID.exec(right);
        if (said && c) d.evidenceEnd = token.end + said[0].length;
        if (c?.plannedMeans) d.status = 'target';
        if (c?.weak) d.weak = true;
        out.push(d);
        previous = d;
        if (c?.family) lastCount = { family: c.family, draft: d };
        if (pairedMoney && c?.family) {
          const m = draft(pairedMoney.token, familyMetric(c.family, 'money'), sentence, clause, pairedMoney.clause.start);
          m.evidenceEnd = token.end;
          m.status = d.status;
          out.push(m);
        }
        pendingMoney = null;
        continue;
      }

      // money
      // "签约总投资18亿元的项目5个": also when the count comes after the projects it counts.
      if (/^的(?:[\u4e00-\u9fff]{0,6}项目)?$/.test(right) && next?.kind === 'count') {
        pendingMoney = { token, clause, left };
        continue;
      }
      const c = classifyMoney(left, subject);
      // "其中恒达铸造项目总投资10亿元" is that project's amount, not the pipeline total's, and
      // "总投资135亿元的欣旺达项目" describes the project after 的.
      if (c === 'inherit' && (endsWithNamedProject(t.slice(clause.start, token.start)) || right.startsWith('的'))) continue;
      // "本次签约的投资8.5亿元的高端铝材深加工项目": an amount before 的 and a project's name
      // is that project's investment, whatever stage word comes before it.
      if (c && c !== 'inherit' && c.family && namesProjectAfter(right)) continue;
      if (c === 'inherit') {
        if (lastCount?.family && ownsAmount(t, lastCount.draft.token, token, inSentence)) {
          const d = draft(token, familyMetric(lastCount.family, 'money'), sentence, clause, lastCount.draft.clause.start);
          d.status = lastCount.draft.status;
          d.countOf = lastCount.draft;
          out.push(d);
          previous = d;
        }
        continue;
      }
      const metric = c?.metric ?? (continued && previous ? previous.metric : null);
      if (!metric) continue;
      const d = draft(token, metric, sentence, clause, clause.start);
      out.push(d);
      previous = d;
    }
  }
}

const SAID = /^[^,;。]*?(?:项目|企业|岗位)(?:[^,;。]{0,8}?(?:签约|落地|开复工|开工|竣工|投产达效|投产|完工|实施|入库|小升规|高新技术企业))?[”"]?/;

function statusOf(d: IndicatorDraft, t: string): Status {
  if (d.metric === 'annual_planned_investment') return 'target';
  return isTarget(t.slice(d.sentence.start, d.clause.start), t.slice(d.clause.start, d.clause.end)) ? 'target' : 'actual';
}

function yoyAfter(t: string, from: number, to: number): number | null {
  const m = YOY.exec(t.slice(from, to));
  if (!m) return null;
  const v = Number(m[2]);
  return /下降|减少|回落/.test(m[1] ?? '') ? -v : v;
}

