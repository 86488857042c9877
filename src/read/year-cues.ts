// Year mentions in the cue text and what each says of the issue year: every printed year (and
// five-year plan period) classified by the words around it into a cue with the range of issue
// years it allows, and the month the page was made in, from its event dates. Pure.
import { isAsciiDigit as isDigit } from './char-codes.js';
import { NIAN, RI, sentenceEnd, sentenceStart } from './cue-text.js';

/**
 * How one mention bears on the issue year, as the range of issue years it allows:
 * - present   2026年是…开局之年, 2023年截至目前, 2026年一季度…, 今年(2025年): that year exactly
 * - past      reported as having happened (a date, an event): that year or later
 * - review    a year's results reviewed (2024年,…完成/实现/累计, 提升至2023年的, 分别, 年度述职):
 *             that year or later; the next one when the text also reports figures of the running
 *             year (今年以来…, 上半年,…) before November, or when the page is from January/February
 * - closed    the year's last months reported as done (2024年12月, 第四季度, 全年, 年底), 去年(2024年):
 *             the next year or later
 * - plan      a year's programme (谋划2025年项目, 2025年年度计划, 2026年,开发区将…): prepared the
 *             year before, or quoted at the start of that year
 * - kickoff   a meeting named for a year (召开2025年安全生产工作会议), a plan period's start
 *             (“十五五”良好开局): that year, or the autumn just before it
 * - next      明年(2025年): the year before
 */
export type YearCueKind = 'present' | 'past' | 'review' | 'closed' | 'plan' | 'kickoff' | 'next';

export interface YearCue {
  kind: YearCueKind;
  /** The year named. */
  year: number;
  /** Issue years this mention allows (max null = no upper bound). */
  min: number;
  max: number | null;
  evidence: string;
  /** Offset of the evidence in the text given. */
  offset: number;
  /** Loose evidence, set aside when it contradicts firmer cues (programmes, plan periods). */
  soft: boolean;
}

/** Plans and forecasts: a year they name is not (yet) the present. */
export const FUTURE = /将|计划|预计|力争|目标|争取|到\d|规划|展望|确保|拟|明年|下一步|交付|封顶|建成后/;
const SOFT_KINDS: ReadonlySet<YearCueKind> = new Set(['plan', 'kickoff']);

// The year reasoning finds its dates, years and plan periods by their 月, 年 and 十, searched
// for by indexOf (a native search for one character, many times faster than a RegExp that
// tests every position), and reads the digits around them by char codes.

const NIAN_CHAR = '年';
const YUE_CHAR = '月';
const SHI_CHAR = '十';

/** The 1–2 digits ending before text[at] (-1: none, or more than two). */
function digitsBefore(text: string, at: number): number {
  let k = 0;
  while (k < 3 && at - k > 0 && isDigit(text.charCodeAt(at - k - 1))) k++;
  return k >= 1 && k <= 2 ? k : -1;
}

/** The 1–2 digits starting at text[at] (-1: none, or more than two). */
function digitsAt(text: string, at: number): number {
  let k = 0;
  while (k < 3 && at + k < text.length && isDigit(text.charCodeAt(at + k))) k++;
  return k >= 1 && k <= 2 ? k : -1;
}

/** The number written in the ASCII digits text[from, to). */
function numberAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * The month of the event date M月D日 whose 月 is text[at], or -1: what
 * /(?<![\d年])(\d{1,2})月(\d{1,2})日/ matches there (one or two digits, not after a digit or 年,
 * then one or two digits and 日; more digits on either side and it does not match).
 */
function eventDateMonth(text: string, at: number): number {
  const k = digitsBefore(text, at);
  if (k < 0 || (at - k > 0 && text.charCodeAt(at - k - 1) === NIAN)) return -1;
  const d = digitsAt(text, at + 1);
  if (d < 0 || text.charCodeAt(at + 1 + d) !== RI) return -1;
  return numberAt(text, at - k, at);
}

/**
 * The month the page was made in, as far as its event dates (M月D日) tell: the latest one, except
 * that a January page may still report late-December events.
 */
export function latestEventMonth(text: string): number | null {
  const months: number[] = [];
  for (let at = text.indexOf(YUE_CHAR); at >= 0; at = text.indexOf(YUE_CHAR, at + 1)) {
    const month = eventDateMonth(text, at);
    if (month >= 1 && month <= 12) months.push(month);
  }
  if (!months.length) return null;
  const turnOfYear = months.some((x) => x >= 11) && months.some((x) => x <= 2);
  return Math.max(...months.filter((x) => !turnOfYear || x <= 6));
}

/** First year of a five-year plan: 十四五 → 2021. */
function planPeriodStart(numeral: string): number {
  return 2016 + 5 * ('三四五六七'.indexOf(numeral));
}

interface Mention {
  year: number;
  before: string;
  after: string;
  /** The year ends a span (2021年至2023年, 2022~2024年) / starts one. */
  rangeEnd: boolean;
  rangeStart: boolean;
}

/** What one printed year says about the present, or null for forecasts that say nothing. */
interface CueRange {
  kind: YearCueKind;
  min: number;
  max: number | null;
}

/** The issue years a mention of `year` of this kind allows (see YearCueKind). */
function allowed(kind: YearCueKind, year: number): CueRange {
  switch (kind) {
    case 'present': return { kind, min: year, max: year };
    case 'next': return { kind, min: year - 1, max: year - 1 };
    case 'plan': case 'kickoff': return { kind, min: year - 1, max: year };
    case 'closed': return { kind, min: year + 1, max: null };
    default: return { kind, min: year, max: null };
  }
}

/*
 * classify runs some thirty RegExps for each year printed, and calling one costs far more than
 * looking at a character. So most are guarded by what they cannot match without — the character
 * that must end `before` or start `after`, or a word they must contain — and run only when it is
 * there. A guard only skips a RegExp that would fail: the rules are the RegExps. They are made
 * once, here (a RegExp literal inside the function made a new object at every mention).
 */
/**
 * The characters the guards look for, as bits by char code: one table load tells whether a
 * character is one of a set (a Set of codes cost a hash lookup per character of a scan).
 */
const OPEN_PAREN = 1; // (（
const RANGE_DASH = 2; // -~—至到
const PRESENT_START = 4; // 是为: PRESENT_YEAR
const IN_YEAR_START = 8; // IN_YEAR
const PROGRAMME_WORD_START = 16; // the words PROGRAMME ends with
const CLAUSE_START_END = 32; // CLAUSE_START
const HELD_VERB_START = 64; // the verbs HELD starts with
const YEAR_END_START = 128; // YEAR_END
const FUTURE_START = 256; // FUTURE's words
const NUMBER_TAIL = 512; // what a quote goes on over past its cut: quoteBounds
const GUARD_CHARS: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  const sets: [number, string][] = [
    [OPEN_PAREN, '(（'], [RANGE_DASH, '-~—至到'], [PRESENT_START, '是为'], [IN_YEAR_START, '第一二三上前1'],
    [PROGRAMME_WORD_START, '谋年工计预'], [CLAUSE_START_END, ',:：“《出确调求'], [HELD_VERB_START, '召举参'],
    [YEAR_END_START, '第四下全年1'], [FUTURE_START, '将计预力目争到规展确拟明下交封建'], [NUMBER_TAIL, '0123456789.%、个家项件次户亿万元'],
  ];
  for (const [bit, chars] of sets) for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= bit;
  return table;
})();
/** Whether the character of code c (-1: none) is in the set `bit`. */
const isIn = (c: number, bit: number): boolean => c >= 0 && (GUARD_CHARS[c]! & bit) !== 0;

/** 2021年至 before a year: it ends a span / 至2023 after one: it starts a span. */
const SPAN_BEFORE = /(?:19|20)\d{2}年?[-~—至到]$/;
const SPAN_AFTER = /^[-~—至到](?:19|20)\d{2}/;
const RELATIVE_BEFORE = /(今年|去年|明年)[(（]$/;
const RELATIVE_AFTER = /^[(（](今年|去年|明年)/;
const OPEN_TITLE = /《[^》]*$/;
const SPAN_TITLE = /规划|行动|纲要|三年|五年/;
const PRESENT_YEAR = /^(?:是|为)[^,。]{0,30}?(?:之年|关键一年)/;
const UP_TO_NOW = /^(?:以来)?[^,。]{0,2}截[至止]目前/;
const MET = /已[^,。]{0,6}(?:完成|实现|达到)|圆满完成|超额完成/;
const IN_YEAR = /^(?:第?[一二三]季度|上半年|前三季度|前[一二三四五六七八九十\d]{1,2}个?月|1[-—~至到](\d{1,2})月)/;
const PREPARES = /(?:谋划|储备)[^,。]{0,4}$/;
const PROGRAMME = /^度?[^,。\d]{0,12}?(?:谋划(?!的)|年度计划|工作计划|工作要点|计划投资|预算草案)/;
const CLAUSE_START = /(?:^|[,:：“《]|提出|明确|强调|要求|指出)$/;
const WILL_DO = /^,?[^,。\d]{0,14}?(?:将|计划|力争|确保|争取|要(?!求))/;
const HELD = /(?:召开|举行|举办|参加)[^,。]{0,10}$/;
const MEETING = /^度?[^,。]{0,24}?(?:会议?|大会)/;
const REVIEW_MEETING = /述职|评议|总结|研判|考核|表彰|复盘|盘点/;
const PLAN_MEETING = /谋划|计划/;
/** Words of a total over a whole plan period (累计签约…): the period is reviewed. */
const PERIOD_TOTAL = /累计|共|完成|实现/;
const KICKOFF_MEETING = /工作|部署|动员|启动/;
const HONOUR = /^度[^,。]{0,20}?(?:先进|优秀|称号|示范|荣誉|表彰|考核)/;
const AWARDED = /(?:评为|获评|荣获|获得|授予|被评|入选)[^,。]{0,6}$/;
const YEAR_END = /^(?:第?四季度|下半年|全年|年底|年末|12月|1[-—~至到]12月)(?!以来|起|开始|前|之前)/;
const MONTH = /^\d{1,2}月/;
const SERIES_END = /(?:提升|增加|增长|发展|扩大|跃升|上升|提高|攀升|增至|达到)(?:至|到)?$/;
const LOOK_BACK = /回顾|回望|过去的?一年/;
const RESULTS = /^度?[^。;]*?(?:完成|实现|累计|全年|分别|共计?|同比)[^。;]*?\d/;
const HEADED_FIGURES = /^度?,[^。;]*?\d+(?:\.\d+)?(?:余|多)?(?:个|家|项|件|次|户|人|名|亿|万|吨|亩|%)/;
const COMMA = 44;
const FULL_STOP = 0x3002; // 。
const DU = 0x5ea6; // 度
const DE = 0x7684; // 的
const JIAO = 0x8f83; // 较
const BI = 0x6bd4; // 比


/** Whether s[from, to) can hold a FUTURE word (one of their first characters is there). */
function mayBeFuture(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isIn(s.charCodeAt(i), FUTURE_START)) return true;
  return false;
}

/** FUTURE.test(s.slice(from, to)), its RegExp run only when a word of it can be there. */
function isFuture(s: string, from: number, to: number): boolean {
  return mayBeFuture(s, from, to) && FUTURE.test(s.slice(from, to));
}

/** MET needs 完成, 实现 or 达到. */
const mayBeMet = (clause: string): boolean => clause.includes('完成') || clause.includes('实现') || clause.includes('达到');

/**
 * Whether PROGRAMME can match `after`: its word starts within the first 14 characters, with
 * no comma, 。 or digit before it.
 */
function mayBeProgramme(after: string): boolean {
  for (let i = 0; i < after.length && i < 14; i++) {
    const c = after.charCodeAt(i);
    if (isIn(c, PROGRAMME_WORD_START)) return true;
    if (c === COMMA || c === FULL_STOP || isDigit(c)) return false;
  }
  return false;
}

/** Whether HELD can match `before`: its verb starts in the last 12 characters, no comma or 。 after it. */
function mayBeHeld(before: string): boolean {
  for (let i = before.length - 1; i >= 0 && i >= before.length - 12; i--) {
    const c = before.charCodeAt(i);
    if (isIn(c, HELD_VERB_START)) return true;
    if (c === COMMA || c === FULL_STOP) return false;
  }
  return false;
}

function classify({ year, before, after, rangeEnd, rangeStart }: Mention, month: number | null): CueRange | null {
  const comma = after.indexOf(',');
  const clause = comma < 0 ? after : after.slice(0, comma);
  // Character codes, -1 when there is none (no string made for a CJK character).
  const first = after.length > 0 ? after.charCodeAt(0) : -1;
  const last = before.length > 0 ? before.charCodeAt(before.length - 1) : -1;
  // 今年(2025年), 2025年(今年), 去年(2024年), 明年(2026年)
  const relative = (isIn(last, OPEN_PAREN) ? RELATIVE_BEFORE.exec(before)?.[1] : undefined)
    ?? (isIn(first, OPEN_PAREN) ? RELATIVE_AFTER.exec(after)?.[1] : undefined);
  if (relative === '今年') return allowed('present', year);
  if (relative === '明年') return allowed('next', year);
  if (relative === '去年') return { kind: 'closed', min: year + 1, max: year + 1 };
  // A document's title (印发《2025年招商引资工作要点》) is quoted from before its year starts to long after;
  // a plan's span (《…(2021-2025年)》, 《…2025年行动计划》) says nothing.
  if (before.includes('《') && OPEN_TITLE.test(before)) {
    const close = after.indexOf('》');
    const title = before.slice(before.lastIndexOf('《')) + (close < 0 ? after : after.slice(0, close));
    return rangeEnd || rangeStart || SPAN_TITLE.test(title) ? null : { kind: 'past', min: year - 1, max: null };
  }
  // 2026年是“十五五”开局之年, 2023年截至目前, 2026年一季度订单额…
  if (isIn(first, PRESENT_START) && PRESENT_YEAR.test(after)) return allowed('present', year);
  if (after.includes('目前') && UP_TO_NOW.test(after)) return allowed('present', year);
  // 目标任务已圆满完成 reports a target met, not one ahead.
  const met = mayBeMet(clause) && MET.test(clause);
  const future = !met && (isFuture(before, Math.max(0, before.length - 12), before.length) || isFuture(clause, 0, clause.length)
    || (first === COMMA && isFuture(after, 0, Math.min(after.length, 25))));
  const inYear = isIn(first, IN_YEAR_START) ? IN_YEAR.exec(after) : null;
  if (inYear && !future && Number(inYear[1] ?? 1) < 12) return allowed('present', year);
  // Programmes: prepared before their year starts (谋划储备2025年项目, 2025年年度计划投资力争…, 2026年,开发区将…)
  if ((before.includes('谋划') || before.includes('储备')) && PREPARES.test(before)) return allowed('plan', year);
  if (mayBeProgramme(after) && PROGRAMME.test(after)) return allowed('plan', year);
  // A year heading what someone will do (2026年,开发区将… / 2026年行政审批局要…): that year's programme.
  // Forecasts (预计于2026年年底封顶, 2027年5月交付, 到2030年) name no programme and say nothing of the present.
  const clauseStart = last < 0 || (isIn(last, CLAUSE_START_END) && CLAUSE_START.test(before));
  if (clauseStart && !met && WILL_DO.test(after)) return allowed('plan', year);
  if (future) return null;
  // Meetings named for a year: a year-end review (2025年度…述职评议会), a programme (2026年重点工作谋划会), a kickoff.
  const meeting = mayBeHeld(before) && HELD.test(before) ? MEETING.exec(after) : null;
  if (meeting) {
    if (REVIEW_MEETING.test(meeting[0])) return allowed('review', year);
    if (PLAN_MEETING.test(meeting[0])) return allowed('plan', year);
    if (KICKOFF_MEETING.test(meeting[0])) return allowed('kickoff', year);
    // A fair or a numbered session (2025年中国投资贸易洽谈会, 2025年第一次党工委会议) happens in its year.
  }
  if (after.startsWith('以来')) return allowed('past', year);
  // Honours for a year (被评为2022年度先进开发区) are awarded once it is over.
  if (first === DU && HONOUR.test(after) && AWARDED.test(before)) {
    return allowed(month !== null && month >= 11 ? 'review' : 'closed', year);
  }
  // A base of comparison (较2023年同期, 比2023年增长) is a year gone by.
  if (last === JIAO || last === BI) return allowed('closed', year);
  // The year's last months reported as done: the page is from a later year — unless it is itself
  // from November or December.
  // 2023年下半年以来 / 2024年底前 are a start and a deadline, not a close.
  if (isIn(first, YEAR_END_START) && YEAR_END.test(after)) return allowed(month !== null && month >= 11 ? 'review' : 'closed', year);
  if (isDigit(first) && MONTH.test(after)) return allowed('past', year);
  // Results of a year: the end of a series (提升至2023年的19.3亿元), per-year values (2021年至2023年…分别),
  // a year's totals (2024年,开发区工业投资完成32.4亿元), a look back (回顾2024年).
  if (first === DE && SERIES_END.test(before)) return allowed('review', year);
  if (rangeStart) return allowed('past', year);
  // Per-year values end with a finished year; a total over a span (2021~2025年,共…) runs up to now.
  if (rangeEnd) return allowed(after.includes('分别') ? 'review' : 'past', year);
  if ((before.includes('回') || before.includes('过去')) && LOOK_BACK.test(before)) return allowed('review', year);
  if (RESULTS.test(after)) return allowed('review', year);
  // 2025年,园区签约项目31个: a year heading its figures.
  if ((first === COMMA || first === DU) && HEADED_FIGURES.test(after)) return allowed('review', year);
  return allowed('past', year);
}

/** The last word before a year that governs it (召开2025年…, 提升至2023年的…). */
const GOVERNING_VERB = /(?:召开|举行|举办|参加|组织|谋划|储备|从|提升|增加|增长|发展|较|比|印发|出台)[^召举参组谋储从提增发较比印出]*$/;

/**
 * The words to quote for a year at [at, end) in the sentence [s, e): from the clause start, or from
 * the word that governs the year (召开, 提升至, 较…) when the clause is long; to the clause end, or
 * on to the end of the number or word where a long clause is cut.
 */
function quoteBounds(t: string, at: number, end: number, s: number, e: number): { from: number; to: number } {
  let from = Math.max(s, t.lastIndexOf(',', at - 1) + 1);
  if (at - from > 12) {
    const verb = GOVERNING_VERB.exec(t.slice(at - 12, at));
    from = verb ? at - 12 + verb.index : at;
  }
  const comma = t.indexOf(',', end + 4);
  let to = Math.min(e, end + 24, comma >= 0 ? comma : e);
  while (to < e && to < end + 36 && isIn(t.charCodeAt(to), NUMBER_TAIL)) to++;
  return { from, to };
}

export function snippet(t: string, from: number, to: number): string {
  const s = t.slice(from, to);
  return s.includes('\n') ? s.replace(/\n/g, ' ') : s;
}

/** 1900–2099 written at text[at, at + 4). */
function isYearAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return ((c === 49 && d === 57) || (c === 50 && d === 48)) && isDigit(text.charCodeAt(at + 2)) && isDigit(text.charCodeAt(at + 3));
}

/** Whether text[at] starts a number: no digit or . before it. */
const startsNumber = (text: string, at: number): boolean => at === 0 || !(isDigit(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === 46);

/** A year printed before a 年: 2023年, or a span 2021-2023年 (`first` its first year, else -1). */
interface YearMention {
  index: number;
  first: number;
  year: number;
}

/**
 * The year mention ending with the 年 at text[at], or null: what
 * /(?<![\d.])((?:19|20)\d{2})(?:[-~—至到]((?:19|20)\d{2}))?年/ matches there. A match holds one
 * 年, its last character, so matches found from each 年 in turn are those of a search in order:
 * the span (which starts further left) when it is there, else the year alone.
 */
function yearMentionAt(text: string, at: number): YearMention | null {
  const span = at - 9;
  if (span >= 0 && isYearAt(text, span) && isIn(text.charCodeAt(span + 4), RANGE_DASH) && isYearAt(text, span + 5) && startsNumber(text, span)) {
    return { index: span, first: numberAt(text, span, span + 4), year: numberAt(text, span + 5, at) };
  }
  const single = at - 4;
  if (single >= 0 && isYearAt(text, single) && startsNumber(text, single)) return { index: single, first: -1, year: numberAt(text, single, at) };
  return null;
}

/** A plan period's name at text[lastIndex] (sticky: tried where a 十 is, or the “ before it). */
const PLAN_PERIOD = /“?十([三四五六七])五”?(?:规划)?(?:的)?(开局之年|收官之年|良好开局|开好局|开局|起步|收官|期间|以来)/y;
const OPEN_QUOTE = 0x201c; // “

/** Every mention of a year (and of a five-year plan's start or end) as a cue, offsets in `view.text`. */
export function yearCues(t: string, month: number | null): { cue: YearCue; index: number }[] {
  const out: { cue: YearCue; index: number }[] = [];
  // Years of one sentence share its bounds (a sentence ends with no digit or 年 in it).
  let s = 0;
  let e = -1;
  for (let at = t.indexOf(NIAN_CHAR); at >= 0; at = t.indexOf(NIAN_CHAR, at + 1)) {
    const m = yearMentionAt(t, at);
    if (!m) continue;
    const year = m.year;
    if (m.index > e) {
      s = sentenceStart(t, m.index);
      e = sentenceEnd(t, m.index);
    }
    const end = at + 1;
    const before = t.slice(s, m.index);
    const after = t.slice(end, Math.min(e, end + 60));
    const rangeEnd = m.first >= 0 || (before.length > 0 && isIn(before.charCodeAt(before.length - 1), RANGE_DASH) && SPAN_BEFORE.test(before));
    const rangeStart = after.length > 0 && isIn(after.charCodeAt(0), RANGE_DASH) && SPAN_AFTER.test(after);
    const c = classify({ year, before, after, rangeEnd, rangeStart }, month);
    if (!c) continue;
    const { from, to } = quoteBounds(t, m.index, end, s, e);
    // Spelled out, not spread: cues of several shapes made spreading megamorphic (µs per cue).
    out.push({ cue: { kind: c.kind, min: c.min, max: c.max, year, evidence: snippet(t, from, to), offset: 0, soft: SOFT_KINDS.has(c.kind) }, index: from });
  }
  const plan = PLAN_PERIOD;
  for (let at = t.indexOf(SHI_CHAR); at >= 0; at = t.indexOf(SHI_CHAR, at + 1)) {
    // A name holds one 十, and the “ before it is no part of another name.
    plan.lastIndex = at > 0 && t.charCodeAt(at - 1) === OPEN_QUOTE ? at - 1 : at;
    const m = plan.exec(t);
    if (!m) continue;
    const first = planPeriodStart(m[1] ?? '');
    const rest = t.slice(m.index + m[0].length, sentenceEnd(t, m.index));
    let c: Pick<YearCue, 'kind' | 'year' | 'min' | 'max'> | null = null;
    // A plan period's name is looser than a year: 十四五期间 totals are also quoted before it ends.
    switch (m[2]) {
      case '开局之年': c = { kind: 'present', year: first, min: first, max: first }; break;
      case '收官之年': c = { kind: 'present', year: first + 4, min: first + 4, max: first + 4 }; break;
      // 实现“十五五”良好开局: a call made in the plan's first year or in the autumn before it
      case '良好开局': case '开好局': case '开局': case '起步': c = { kind: 'kickoff', year: first, min: first - 1, max: first }; break;
      case '收官': c = { kind: 'review', year: first + 4, min: first + 4, max: null }; break;
      case '以来': c = { kind: 'past', year: first, min: first, max: null }; break;
      default: // 期间: totals over the whole period (累计签约…) review it, in its last year or later; targets (将力争…) say nothing
        if (!FUTURE.test(rest.slice(0, 20)) && PERIOD_TOTAL.test(rest)) c = { kind: 'review', year: first + 4, min: first + 4, max: null };
    }
    if (c) {
      const evidence = snippet(t, m.index, Math.min(m.index + m[0].length + 12, sentenceEnd(t, m.index)));
      out.push({ cue: { kind: c.kind, min: c.min, max: c.max, year: c.year, evidence, offset: 0, soft: c.kind !== 'present' }, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
