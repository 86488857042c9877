// When a bulletin was issued: --issued, a date in the file name or page header, or else the year
// reasoned out of how its text speaks of the years it prints (2023年截至目前 is now; 提升至2023年的…
// beside 今年以来 figures means 2023 is over; 谋划2025年项目 in October means 2025 is next year). Pure.
import type { Diagnostic } from '../types.js';
import { foldWidths } from './lines.js';
import type { LineIndex, MappedText } from './mapped-text.js';
import { charCodeSet, isAsciiDigit as isDigit } from './char-codes.js';

/** 2026-01-20, 2026_01_20, 20260120 in a file name. */
export function dateFromFileName(file: string): string | null {
  const m = /(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(file);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A page header near the top with the issue date: "科学导报 2026年1月20日 星期二 第3版".
 * Only short lines without sentence punctuation that say 星期/版/期/报 count. Takes the text
 * folded or not: widths are folded here, only in a line that passes those tests.
 */
export function dateFromPageHeader(text: string): { date: string; offset: number } | null {
  let seen = 0;
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m && seen < 8; m = re.exec(text)) {
    // Folding keeps blanks blank, ， a comma and CJK as it is, so only the date needs the folded line.
    const line = m[0].trim();
    if (!line) continue;
    seen++;
    if (line.length > 40 || /[,，。]/.test(line) || !/星期|周[一二三四五六日]|[版期]|报|刊/.test(line)) continue;
    const d = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(foldWidths(line));
    if (!d) continue;
    const iso = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { date: iso, offset: m.index };
  }
  return null;
}

export interface YearGuess {
  year: number;
  /** Why: the words the guess rests on. */
  evidence: string;
  /** Offset of the evidence in the text given to inferIssueYear. */
  offset: number;
}

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

/** Plans and forecasts: a year they name is not (yet) the present. */
const FUTURE = /将|计划|预计|力争|目标|争取|到\d|规划|展望|确保|拟|明年|下一步|交付|封顶|建成后/;
const SOFT_KINDS: ReadonlySet<YearCueKind> = new Set(['plan', 'kickoff']);
const PAST_KINDS: ReadonlySet<YearCueKind> = new Set(['past', 'review', 'closed']);

// The running text the year reasoning reads. Its sentences are those of the whole text joined
// into one run per paragraph (a single line break is a cut inside a sentence — PDF columns cut
// anywhere, even inside 2023 —, a blank line ends a paragraph and is kept as one \n; widths
// folded; blanks next to digits and 年月日 dropped), but only the sentences that can hold a cue.
// Every rule of the reasoning reads inside one sentence, and most sentences of a bulletin name
// no year and no date: reading them all was most of the time this stage took.

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const JI = 0x5b63; // 季
const SHI = 0x5341; // 十
const WU = 0x4e94; // 五

/** Blanks (space, tab, ideographic and no-break space: blanks once folded) and line breaks. */
const isWhite = (c: number): boolean => (c <= SPACE && (c === SPACE || c === LF || c === CR || c === TAB)) || c === 0x3000 || c === 0xa0;
/** Full-width ASCII, which fold (and foldWidths) turn half-width. */
const isWide = (c: number): boolean => c >= 0xff01 && c <= 0xff5e;
/** Full-width ASCII to half-width, as foldWidths (blanks are the callers' business). */
const fold = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
/** A blank next to a digit or 年/月/日 goes (2023 年 → 2023年). Takes folded codes. */
const gluesBlanks = (c: number): boolean => isDigit(c) || c === NIAN || c === YUE || c === RI;
/** 。;!? and their full-width forms: the characters (besides a blank line) that end a sentence. */
const endsSentence = (c: number): boolean =>
  c === 0x3002 || c === 59 || c === 33 || c === 63 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
/** 一 … 十, as in 前三个月. */
const NUMERALS = charCodeSet('一二三四五六七八九十');
const isNumeral = (c: number): boolean => NUMERALS.has(c);
/** 三 … 七, as in 十四五: the plan periods the rules know. */
const PLAN_NUMERALS = charCodeSet('三四五六七');

/** Line breaks in text[from, to): CR LF is one. */
function breaksIn(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR) {
      breaks++;
      if (text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
    }
  }
  return breaks;
}

/** Start and end of the run of blanks and line breaks around text[at]. */
function runStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
  return i;
}
function runEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** 。;!? (either width) and line breaks, by code: one load per character of the backward scan. */
const MAY_END_SENTENCE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of '。;；!！?？\n\r') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Where the sentence holding text[at] (not a blank) starts: after 。;!? or a blank line. */
function rawSentenceStart(text: string, at: number): number {
  for (let i = at; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (!MAY_END_SENTENCE[c]) continue;
    if (endsSentence(c)) return i;
    if (c === LF || c === CR) {
      const from = runStart(text, i - 1);
      const to = runEnd(text, i);
      if (breaksIn(text, from, to) >= 2) return to;
      i = from + 1;
    }
  }
  return 0;
}

/** What can end a sentence: 。;!? (either width) or a line break (if a blank line). */
const SENTENCE_STOP = /[。;；!！?？\n\r]/g;

/** Where the sentence holding text[at] (not a blank) ends: at 。;!? or a blank line, or the end. */
function rawSentenceEnd(text: string, at: number): number {
  const re = SENTENCE_STOP;
  re.lastIndex = at + 1;
  // test, not exec: no match object to allocate, and the native search skips the sentence fast.
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) return i;
    const from = runStart(text, i);
    const to = runEnd(text, i);
    if (breaksIn(text, from, to) >= 2) return from;
    re.lastIndex = to;
  }
  return text.length;
}

/** The non-blank character before text[at] (-1 at the start), blanks and line breaks skipped. */
function codeBefore(text: string, at: number): number {
  const i = runStart(text, at);
  return i > 0 ? fold(text.charCodeAt(i - 1)) : -1;
}

/** The position of the non-blank character after text[at], blanks and line breaks skipped. */
const nextAfter = (text: string, at: number): number => runEnd(text, at + 1);

/**
 * Whether the 年/月/季/十 at text[at] can be part of what a rule reads: a year (2023年, 20\n23年,
 * ２０２３年), 今年, 上半年, a date or a count of months (7月3日, 1-8月, 前三个月), a quarter, a plan
 * period (十四五). Blanks and line breaks are skipped, so this may say yes to more than the rules
 * match, never to less.
 */
function holdsCue(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === JI) return true;
  if (c === SHI) {
    const x = nextAfter(text, at);
    const period = text.charCodeAt(x);
    return PLAN_NUMERALS.has(period) && text.charCodeAt(nextAfter(text, x)) === WU;
  }
  const before = codeBefore(text, at);
  if (c === NIAN) return isDigit(before) || before === 0x4eca || before === 0x534a; // 今, 半
  return isDigit(before) || before === 0x4e2a || isNumeral(before); // 个
}

/** Blanks and line breaks (isWhite), for a native search; and full-width ASCII (isWide). */
const WHITE = /[\t\n\r \u00a0\u3000]/g;
const WHITE_OR_WIDE = /[\t\n\r \u00a0\u3000\uff01-\uff5e]/g;

/**
 * The running text (see runningText) and where its characters come from: it is made of pieces,
 * piece k starting at starts[k] in the running text and standing for the source from
 * sources[k] on, one code unit for one (a stretch copied as it is, or one character written for
 * a run of blanks or for the end of a sentence). A map of every character cost more than the
 * rest of the running text; the reasoning looks up only the few offsets it quotes.
 */
export class RunningText implements MappedText {
  constructor(
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly sources: readonly number[],
    private readonly sourceLength: number,
  ) {}

  /** The offset in the source of text[index]; at text.length, the source's length. */
  sourceOffset(index: number): number {
    if (index >= this.text.length) return this.sourceLength;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.sources[lo]! + index - this.starts[lo]!;
  }

  /** The offset of every character, as a MappedText has it (the tests compare it). */
  get map(): Int32Array {
    const map = new Int32Array(this.text.length + 1);
    for (let i = 0; i <= this.text.length; i++) map[i] = this.sourceOffset(i);
    return map;
  }
}

/** Builds a RunningText from pieces of the source, in order. */
class RunningTextWriter {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private length = 0;
  /** Whether a full-width character was written: then finish folds widths. */
  private wide = false;

  constructor(private readonly text: string) {}

  /**
   * Writes text[from, to) joined: a run of blanks and line breaks holding two breaks or more is
   * one \n, holding one break nothing; a run of blanks only goes next to a digit or 年月日.
   * Most sentences hold no blank at all: what lies between blanks is copied as a slice.
   */
  join(from: number, to: number): void {
    const text = this.text;
    // Searched in the sentence alone: a search in the text would run on past its end.
    const sentence = text.slice(from, to);
    // Until a full-width character is seen, the search looks for those too (the text is folded
    // at the end only if there is one: most have none, and then no search of the whole is needed).
    let re = this.wide ? WHITE : WHITE_OR_WIDE;
    re.lastIndex = 0;
    let i = from;
    while (i < to) {
      const white = re.test(sentence) ? from + re.lastIndex - 1 : to;
      if (white < to && !isWhite(text.charCodeAt(white))) {
        this.wide = true;
        WHITE.lastIndex = re.lastIndex;
        re = WHITE;
        continue;
      }
      if (white > i) this.copy(i, white);
      if (white === to) break;
      let j = white + 1;
      while (j < to && isWhite(text.charCodeAt(j))) j++;
      const breaks = breaksIn(text, white, j);
      if (breaks >= 2) {
        this.put(LF, white);
      } else if (breaks === 0 && !(white > from && gluesBlanks(fold(text.charCodeAt(white - 1)))) && !(j < to && gluesBlanks(fold(text.charCodeAt(j))))) {
        for (let k = white; k < j; k++) this.put(text.charCodeAt(k) === TAB ? TAB : SPACE, k);
      }
      i = j;
      re.lastIndex = j - from;
    }
  }

  /** One character standing for text[at] (widths are folded at the end). */
  put(code: number, at: number): void {
    if (isWide(code)) this.wide = true;
    this.parts.push(String.fromCharCode(code));
    this.starts.push(this.length);
    this.sources.push(at);
    this.length++;
  }

  /** Folds widths (one code unit for one, so the pieces stay). */
  finish(): RunningText {
    const joined = this.parts.join('');
    return new RunningText(this.wide ? foldWidths(joined) : joined, this.starts, this.sources, this.text.length);
  }

  private copy(from: number, to: number): void {
    this.parts.push(this.text.slice(from, to));
    this.starts.push(this.length);
    this.sources.push(from);
    this.length += to - from;
  }
}

/** Any of these starts what holdsCue looks at. */
const CUE_CHAR = /[年月季十]/g;

/** [start, end) of every sentence that can hold a cue, in order, flat. */
function cueSentences(text: string): number[] {
  const found: number[] = [];
  const re = CUE_CHAR;
  re.lastIndex = 0;
  // test, not exec: each match is one character, at lastIndex - 1, and needs no match object.
  while (re.test(text)) {
    const at = re.lastIndex - 1;
    if (!holdsCue(text, at)) continue;
    const end = rawSentenceEnd(text, at);
    found.push(rawSentenceStart(text, at), end);
    re.lastIndex = end;
  }
  return found;
}

/**
 * The running text (see above): every sentence when `every` is set, else only the sentences
 * that can hold a cue, each after the character that ends the sentence before it in the whole
 * running text (its 。;!? or \n), so that what a rule sees before a sentence's start is the same.
 * Offsets map back to `text`. tests/read/issue-date-text.test.ts checks the reasoning on both.
 */
export function runningText(text: string, every = false): RunningText {
  const sentences = every ? [0, text.length] : cueSentences(text);
  const out = new RunningTextWriter(text);
  // Sentences that follow one another are joined as one stretch, the 。;!? or blank line between
  // them written as join writes it, as it would be written before the second (fewer pieces).
  let from = 0;
  let to = -1;
  for (let k = 0; k < sentences.length; k += 2) {
    const start = sentences[k]!;
    const end = sentences[k + 1]!;
    if (every || start === 0) {
      from = start;
      to = end;
      continue;
    }
    const c = text.charCodeAt(start - 1);
    const boundary = endsSentence(c) ? start - 1 : runStart(text, start - 1);
    if (boundary === to) {
      to = end;
      continue;
    }
    if (to >= 0) out.join(from, to);
    out.put(endsSentence(c) ? c : LF, boundary);
    from = start;
    to = end;
  }
  if (to >= 0) out.join(from, to);
  return out.finish();
}

/** 。;!?\n in the running text (widths folded: ；！？ are ; ! ?; a blank line is kept as \n). */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 59 || c === 33 || c === 63 || c === LF;

function sentenceStart(t: string, at: number): number {
  let i = at;
  while (i > 0 && !isSentenceEnd(t.charCodeAt(i - 1))) i--;
  return i;
}

const SENTENCE_END = /[。;!?\n]/g;

function sentenceEnd(t: string, at: number): number {
  const re = SENTENCE_END;
  re.lastIndex = at;
  return re.test(t) ? re.lastIndex - 1 : t.length;
}

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

function snippet(t: string, from: number, to: number): string {
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
function yearCues(t: string, month: number | null): { cue: YearCue; index: number }[] {
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
        if (!FUTURE.test(rest.slice(0, 20)) && /累计|共|完成|实现/.test(rest)) c = { kind: 'review', year: first + 4, min: first + 4, max: null };
    }
    if (c) {
      const evidence = snippet(t, m.index, Math.min(m.index + m[0].length + 12, sentenceEnd(t, m.index)));
      out.push({ cue: { kind: c.kind, min: c.min, max: c.max, year: c.year, evidence, offset: 0, soft: c.kind !== 'present' }, index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
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

export interface IssueDate {
  issued: string | null;
  issueYear: number | null;
  diagnostics: Diagnostic[];
}

/** --issued first, then a date in the file name, then the year inferred from the text. */
export function issueDate(file: string, issued: string | null | undefined, decoded: string, lines: LineIndex): IssueDate {
  const given = issued ?? dateFromFileName(file);
  if (given && isIsoDate(given)) return { issued: given, issueYear: Number(given.slice(0, 4)), diagnostics: [] };
  const header = dateFromPageHeader(decoded);
  if (header) {
    return {
      issued: header.date, issueYear: Number(header.date.slice(0, 4)),
      diagnostics: [{ code: 'date.issued-from-header', severity: 'info', message: `issue date ${header.date} taken from the page header`, file, line: lines.lineOf(header.offset) }],
    };
  }
  const r = reasonIssueYear(decoded);
  if (r.year === null) {
    const message = `no issue date given and ${r.reason}; periods like 今年 stay open (use --issued YYYY-MM-DD)`;
    return { issued: null, issueYear: null, diagnostics: [{ code: r.conflict ? 'date.year-conflict' : 'date.year-unknown', severity: 'warning', message, file }] };
  }
  return {
    issued: null,
    issueYear: r.year,
    diagnostics: [{
      code: 'date.year-inferred', severity: 'info',
      message: `issue year ${r.year} inferred from the text: ${r.reason}; give --issued YYYY-MM-DD to set it`,
      file, ...(r.offset !== null ? { line: lines.lineOf(r.offset) } : {}),
    }],
  };
}
