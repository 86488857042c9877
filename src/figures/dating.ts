// When a figure is for: the period chosen among those printed around it.
import type { Clause, Sentence } from './text.js';
import type { PeriodMention } from './periods.js';
import { afterSubset } from './classify.js';
import type { IndicatorDraft } from './indicators.js';

/**
 * The period of a figure: one written inside its noun phrase (32个年度…项目), else the nearest
 * before it in its clause, else after it in its clause (6个项目年底可投产), else the nearest
 * before it in its sentence, else 累计, else the topic period of an earlier sentence of the
 * same paragraph.
 */
export function choosePeriod(
  d: IndicatorDraft, periods: readonly PeriodMention[], carried: PeriodMention | null, t: string, issueYear: number | null,
): PeriodMention | null {
  const { token, clause, sentence } = d;
  if (t.startsWith('年度', token.end)) {
    const y = issueYear === null ? null : String(issueYear);
    return { start: token.end, end: token.end + 2, from: y, to: y, weak: false };
  }
  const strong = periods.filter((p) => !p.weak);
  const after = strong.find((p) => p.start >= token.end && p.end <= clause.end) ?? null;
  const weak = periods.find((p) => p.weak && p.start >= sentence.start && p.end <= token.start) ?? null;
  // "2025年谋划的项目中有8个项目年底可投产": the year before 中 dates the superset, 年底 the figure.
  const left = t.slice(clause.start, token.start);
  const subsetAt = clause.start + left.length - afterSubset(left).length;
  return lastWithin(strong, subsetAt, token.start) ?? after ?? lastWithin(strong, clause.start, token.start)
    ?? lastWithin(strong, sentence.start, token.start) ?? weak ?? carried;
}

/** The last of `periods` (in text order) lying in [from, to). */
function lastWithin(periods: readonly PeriodMention[], from: number, to: number): PeriodMention | null {
  for (let k = periods.length - 1; k >= 0; k--) {
    const p = periods[k]!;
    if (p.start >= from && p.end <= to) return p;
  }
  return null;
}

/**
 * "2022年~2024年…分别完成A、B、C": the k-th amount is the k-th year of the range when the
 * counts agree; otherwise every item keeps the range.
 */
export function assignListYears(drafts: IndicatorDraft[], t: string, periods: readonly PeriodMention[]): void {
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
export function wholeYear(p: PeriodMention | null): PeriodMention | null {
  const year = /^(\d{4})/.exec(p?.to ?? '')?.[1];
  if (!p || !year || (p.from === year && p.to === year)) return p;
  return { ...p, from: year, to: year };
}

const COMMA = 44;

/**
 * The period a sentence hands on to the next sentences of its paragraph ("2025年,…。…签约总投资
 * 额达92.8亿元"): its latest one standing as a clause ("截至12月底,", "1—9月,"), not one inside a
 * noun phrase ("当年新签约项目"); else one in its first clause; else its last.
 */
export function sentenceTopic(sentence: Sentence, periods: readonly PeriodMention[], t: string): PeriodMention | null {
  const inS = periods.filter((p) => !p.weak && p.start >= sentence.start && p.start < sentence.end);
  const first = sentence.clauses[0];
  return inS.filter((p) => t.charCodeAt(p.end) === COMMA).at(-1)
    ?? inS.find((p) => first && p.start < first.end) ?? inS.at(-1) ?? null;
}
