// The issue year reasoned out of how the text speaks of the years it prints (2023年截至目前 is now;
// 提升至2023年的… beside 今年以来 figures means 2023 is over; 谋划2025年项目 in October means 2025 is
// next year): each year cue allows a range of issue years, and the year is the one they all allow,
// the later of two only on evidence; the reasoning is given in words a reader can check. Pure.
import { runningText, sentenceEnd, sentenceStart } from './cue-text.js';
import type { RunningText } from './cue-text.js';
import { FUTURE, latestEventMonth, snippet, yearCues } from './year-cues.js';
import type { YearCue, YearCueKind } from './year-cues.js';

export interface YearGuess {
  year: number;
  /** Why: the words the guess rests on. */
  evidence: string;
  /** Offset of the evidence in the text given to inferIssueYear. */
  offset: number;
}

export interface YearReasoning {
  /** null: no year printed, or the years printed disagree. */
  year: number | null;
  /** The reasoning in words a reader can check against the page. */
  reason: string;
  /** The deciding words (null when nothing decided). */
  evidence: string | null;
  offset: number | null;
  /** True when the mentions allow no common year. */
  conflict: boolean;
  cues: YearCue[];
}

const PAST_KINDS: ReadonlySet<YearCueKind> = new Set(['past', 'review', 'closed']);

/**
 * A figure of the running year reported as done: 今年以来,开发区已入库项目11个, or a part of the year
 * heading a clause (上半年,开发区新开工项目9个 / 截至8月底,…) — not a 今年 target.
 */
const RUNNING_YEAR = /今年|(?<=^|[。,;\n])(?:第?[一二三]季度|上半年|前三季度|1[-—~至]\d{1,2}月份?|前[一二三四五六七八九十]{1,2}个?月|截[至止]\d{1,2}月(?:底|末)?)(?=,)/g;
const COUNTED = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:余|多)?(?:个|家|项|件|次|户|人|名|亿|万|吨|亩|%)/;
const MUST = /要|需|应/;

function nowFigure(t: string): { evidence: string; index: number } | null {
  // exec on one RegExp made once (matchAll copied it at every call, and the copy ran interpreted).
  const runningYear = RUNNING_YEAR;
  runningYear.lastIndex = 0;
  for (let m = runningYear.exec(t); m; m = runningYear.exec(t)) {
    const from = Math.max(sentenceStart(t, m.index), t.lastIndexOf(',', m.index) + 1);
    const rest = t.slice(m.index + m[0].length, sentenceEnd(t, m.index));
    const num = COUNTED.exec(rest);
    if (!num) continue;
    const lead = t.slice(from, m.index + m[0].length) + rest.slice(0, num.index);
    if (FUTURE.test(lead) || MUST.test(lead)) continue;
    return { evidence: t.slice(m.index, m.index + m[0].length + num.index + num[0].length), index: m.index };
  }
  return null;
}

const q = (s: string) => `«${s}»`;

/** The issue years every cue allows, and the cues that bound them. */
function intersect(cues: readonly YearCue[]): { lo: number; hi: number; loCue: YearCue; hiCue: YearCue | null } {
  let loCue = cues[0]!;
  let hiCue: YearCue | null = null;
  for (const c of cues) {
    if (c.min > loCue.min || (c.min === loCue.min && !c.soft && loCue.soft)) loCue = c;
    if (c.max !== null && (hiCue === null || c.max < (hiCue.max ?? Infinity))) hiCue = c;
  }
  return { lo: loCue.min, hi: hiCue?.max ?? Infinity, loCue, hiCue };
}

/**
 * The issue year, reasoned from how the text speaks of the years it prints: each mention allows a
 * range of issue years (see YearCueKind); the year is the one all of them allow, and where two
 * remain, the later only on evidence (今年 figures beside a reviewed year; a programme meeting
 * early in its year). Programmes and kickoffs give way when they contradict what is reported as
 * done or present; anything else that contradicts gives null. Pure.
 */
export function reasonIssueYear(text: string): YearReasoning {
  return reasonOver(runningText(text));
}

/** reasonIssueYear on a running text (see runningText); exported for the tests that compare views. */
export function reasonOver(view: RunningText): YearReasoning {
  const t = view.text;
  const month = latestEventMonth(t);
  const found = yearCues(t, month);
  const cues = found.map(({ cue, index }) => {
    cue.offset = view.sourceOffset(index);
    return cue;
  });
  const none = (reason: string, conflict: boolean): YearReasoning => ({ year: null, reason, evidence: null, offset: null, conflict, cues });
  if (!cues.length) {
    const forecast = /(?<![\d.])(?:19|20)\d{2}年/.exec(t);
    return none(forecast ? `the only years printed are forecasts or targets (${q(snippet(t, forecast.index, Math.min(sentenceEnd(t, forecast.index), forecast.index + 20)))})` : 'no year is printed in the text', false);
  }

  let used: YearCue[] = cues;
  let r = intersect(used);
  let setAside = '';
  if (r.lo > r.hi) {
    // Programmes are the loosest evidence (a plan document is also quoted after its year): keep
    // those that fit what is reported as done or present, set the others aside.
    const hard = cues.filter((c) => !c.soft);
    if (hard.length) {
      const h = intersect(hard);
      const fits = (c: YearCue) => !c.soft || (c.min <= h.hi && (c.max ?? Infinity) >= h.lo);
      const aside = cues.filter((c) => !fits(c));
      used = cues.filter(fits);
      r = intersect(used);
      const more = aside.length > 2 ? ` and ${aside.length - 2} more` : '';
      if (aside.length) setAside = `; ${aside.slice(0, 2).map((c) => q(c.evidence)).join(', ')}${more} set aside (looser words that point to another year)`;
    }
  }
  if (!used.length || r.lo > r.hi) {
    const low = r.loCue;
    const high = r.hiCue!;
    return none(`the years disagree: ${q(low.evidence)} means ${low.min} or later, ${q(high.evidence)} means ${high.max} or earlier`, true);
  }
  const decide = (year: number, because: YearCue, why: string): YearReasoning =>
    ({ year, reason: why + setAside, evidence: because.evidence, offset: because.offset, conflict: false, cues });

  const { lo, hi, loCue, hiCue } = r;
  if (lo === hi) {
    const exact = used.find((c) => c.min === lo && c.max === lo);
    if (exact) return decide(lo, exact, `${q(exact.evidence)} ${explain(exact)}`);
    return decide(lo, loCue, `${q(loCue.evidence)} ${explain(loCue)} and ${q(hiCue!.evidence)} ${explain(hiCue!)}, so the page is from ${lo}`);
  }
  const atLo = used.filter((c) => c.min === lo);
  const pastAtLo = atLo.find((c) => PAST_KINDS.has(c.kind));
  const year = lo + 1;
  // A programme for the next year caps the range at it (hi is lo + 1 exactly then).
  const nextProgramme = hi === year ? used.find((c) => c.soft && c.max === year) : undefined;
  if (pastAtLo) {
    const review = atLo.find((c) => c.kind === 'review' && c.year === lo);
    const now = review ? nowFigure(t) : null;
    // At the year's end (a November or December page) 今年 and the reviewed year may be the same one.
    if (review && now && year <= hi && (month === null || month <= 10)) {
      return decide(year, review, `${q(review.evidence)} reviews ${lo} as done and ${q(now.evidence)} reports figures of the running year, so 今年 is ${year}`);
    }
    // A year's results reviewed on a January or February page: that year is over.
    if (review && year <= hi && month !== null && month <= 2) {
      return decide(year, review, `${q(review.evidence)} reviews ${lo} as done on a page of month ${month}, so the page is from ${year}`);
    }
    // Early in a year, pages look back on the last one and quote the new year's programme.
    if (nextProgramme && month !== null && month <= 3) {
      return decide(year, nextProgramme, `${q(nextProgramme.evidence)} ${explain(nextProgramme)} on a page of month ${month}, after ${q(pastAtLo.evidence)}, so the page is from ${year}`);
    }
    return decide(lo, pastAtLo, `${q(pastAtLo.evidence)} ${explain(pastAtLo)}; no later year is reported`);
  }
  // Only programmes bound the year from below: prepared in the autumn before their year, and
  // quoted as the running one in the first half of it.
  const programme = atLo[0]!;
  if (month !== null && month >= 9) return decide(lo, programme, `${q(programme.evidence)} names ${year}'s programme on a page of month ${month}, so the page is from ${lo}`);
  if (month !== null && month <= 6) return decide(year, programme, `${q(programme.evidence)} names ${year}'s programme on a page of month ${month}, so the page is from ${year}`);
  if (atLo.some((c) => c.kind === 'plan')) return decide(lo, programme, `${q(programme.evidence)} prepares ${year}'s programme, so the page is from the year before`);
  return decide(year, programme, `${q(programme.evidence)} opens ${year}`);
}

function explain(c: YearCue): string {
  switch (c.kind) {
    case 'present': return `speaks of ${c.year} as the present`;
    case 'next': return `calls ${c.year} next year`;
    case 'closed': return `reports ${c.year} as over`;
    case 'review': return `reviews ${c.year} as done`;
    case 'plan': return `prepares ${c.year}'s programme`;
    case 'kickoff': return `opens ${c.year}`;
    default: return c.min < c.year ? `quotes a document for ${c.year}` : `reports ${c.year} as past`;
  }
}

/** The issue year reasoned from the text (see reasonIssueYear), or null. */
export function inferIssueYear(text: string): YearGuess | null {
  const r = reasonIssueYear(text);
  return r.year !== null && r.evidence !== null ? { year: r.year, evidence: r.evidence, offset: r.offset ?? 0 } : null;
}
