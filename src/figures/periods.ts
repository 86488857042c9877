// Periods as printed (2025年, “十四五”期间, 一季度, 截至12月底 …) resolved with the issue year.
import { charCodeSet } from '../read/char-codes.js';

/** A period expression found in the running text (view offsets). */
export interface PeriodMention {
  start: number;
  end: number;
  from: string | null;
  to: string | null;
  /**
   * Weak mentions (累计) only apply when nothing stronger is in the sentence; they never carry
   * over to later sentences.
   */
  weak: boolean;
  /**
   * 全年, 当年, 年底 … mean the year being talked about: the issue year unless a year printed
   * before them in the text says which.
   */
  relative?: 'year' | 'year-end';
}

type Resolve = (m: RegExpExecArray, year: number | null) => { from: string | null; to: string | null } | null;

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4, 首: 1 };
const FIVE_YEAR: Record<string, number> = { 十一: 2006, 十二: 2011, 十三: 2016, 十四: 2021, 十五: 2026 };

const y = (n: number | null): string | null => (n === null ? null : String(n));
const ym = (yr: number | null, month: number): string | null =>
  yr === null || month < 1 || month > 12 ? null : `${yr}-${String(month).padStart(2, '0')}`;
const yq = (yr: number | null, q: number): string | null => (yr === null ? null : `${yr}-Q${q}`);
const num = (s: string | undefined): number => Number(s ?? NaN);

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一 … 十二 as a month count. */
function chineseMonth(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGIT[s.slice(1)] ?? 0);
  return CN_DIGIT[s] ?? 0;
}

/** Half-year and quarter words after a year (or alone, meaning the issue year). */
function partOfYear(part: string, yr: number | null): { from: string | null; to: string | null } | null {
  if (part === '上半年') return { from: yq(yr, 1), to: yq(yr, 2) };
  if (part === '下半年') return { from: yq(yr, 3), to: yq(yr, 4) };
  if (part === '前三季度') return { from: yq(yr, 1), to: yq(yr, 3) };
  if (part === '年底' || part === '年末' || part === '底' || part === '末') return { from: ym(yr, 12), to: ym(yr, 12) };
  const q = /^(?:第)?([一二三四1234首])季度?$/.exec(part);
  if (q) {
    const n = QUARTER[q[1] ?? ''] ?? 1;
    return { from: yq(yr, n), to: yq(yr, n) };
  }
  return null;
}

const PART = '(上半年|下半年|前三季度|第?[一二三四1234]季度|首季|年底|年末)';
const RANGE = '[-~～—–至到]';

// Order matters: longer, more specific forms first; a position is taken by the first rule.
/** `need`: text every match contains (one of them, for a list), outside its lookarounds: searches start near it. */
/**
 * `quoted`: the rule's match can hold a closing quote, which can end a paragraph, so its matches
 * are looked for in the whole text (see findPeriods' `within`); no other rule's match holds a
 * character that ends a sentence.
 */
export const RULES: readonly { re: RegExp; need?: string | readonly string[]; weak?: boolean; relative?: 'year' | 'year-end'; quoted?: boolean; resolve: Resolve }[] = [
  // 2023.10-2026.10
  { need: '.', re: new RegExp(`(\\d{4})\\.(\\d{1,2})${RANGE}(\\d{4})\\.(\\d{1,2})`, 'g'),
    resolve: (m) => ({ from: ym(num(m[1]), num(m[2])), to: ym(num(m[3]), num(m[4])) }) },
  // 截至2023年12月底, 截至12月底, 截至目前, 截至今年6月
  { need: '截', re: /截[至止](?:到)?(?:(\d{4})年)?(?:(今年|本年))?(?:(\d{1,2})月(?:底|末|份)?|(年底|年末|底))?(目前|当前|现在)?/g,
    resolve: (m, yr) => {
      const year = m[1] ? num(m[1]) : yr;
      if (m[3]) return { from: null, to: ym(year, num(m[3])) };
      if (m[4]) return { from: null, to: ym(year, 12) };
      if (m[1] && !m[5]) return { from: null, to: y(year) };
      return { from: null, to: y(yr) };
    } },
  // 2022年~2024年, 2021~2025年, 2022年至2024年
  { need: '年', re: new RegExp(`(\\d{4})年?${RANGE}(\\d{4})年(?!\\d{1,2}月)`, 'g'),
    resolve: (m) => ({ from: y(num(m[1])), to: y(num(m[2])) }) },
  // 2026年1-3月, 1至5月
  { need: '月', re: new RegExp(`(?:(\\d{4})年)?(\\d{1,2})${RANGE}(\\d{1,2})月(?!\\d{1,2}日)`, 'g'),
    resolve: (m, yr) => {
      const year = m[1] ? num(m[1]) : yr;
      return { from: ym(year, num(m[2])), to: ym(year, num(m[3])) };
    } },
  // 前10个月, 前三个月: January to that month
  { need: '个月', re: /(?:(\d{4})年)?前(\d{1,2}|[一二三四五六七八九十]{1,2})个月/g,
    resolve: (m, yr) => {
      const year = m[1] ? num(m[1]) : yr;
      const n = /\d/.test(m[2] ?? '') ? num(m[2]) : chineseMonth(m[2] ?? '');
      return { from: ym(year, 1), to: ym(year, n) };
    } },
  // 2026年一季度, 2023年上半年, 2023年底
  { need: '年', re: new RegExp(`(\\d{4})年${PART}`, 'g'), resolve: (m) => partOfYear(m[2] ?? '', num(m[1])) },
  // 2026年4月
  { need: '月', re: /(\d{4})年(\d{1,2})月(?:份|底|末)?/g, resolve: (m) => ({ from: ym(num(m[1]), num(m[2])), to: ym(num(m[1]), num(m[2])) }) },
  // 2022年以来
  { need: '年以来', re: /(\d{4})年以来/g, resolve: (m, yr) => ({ from: y(num(m[1])), to: y(yr ?? num(m[1])) }) },
  // 2025年 (not 2025年度 in a plan's name, which is also that year)
  { need: '年', re: /(\d{4})年度?/g, resolve: (m) => ({ from: y(num(m[1])), to: y(num(m[1])) }) },
  // “十四五”期间
  { need: '五', quoted: true, re: /[“"‘]?十([一二三四五])五[”"’]?(?:规划)?(?:期间|时期|以来|来)/g,
    resolve: (m, yr) => {
      const start = FIVE_YEAR[`十${m[1] ?? ''}`];
      if (start === undefined) return null;
      return /以来|来$/.test(m[0]) ? { from: y(start), to: y(yr) } : { from: y(start), to: y(start + 4) };
    } },
  // 明年: the year after the issue year (plans)
  { need: '年', re: /明年|来年/g, resolve: (_m, yr) => ({ from: y(yr === null ? null : yr + 1), to: y(yr === null ? null : yr + 1) }) },
  // 去年以来, 去年
  { need: '去年', re: /去年(以来)?/g, resolve: (m, yr) => (yr === null ? { from: null, to: null }
    : m[1] ? { from: y(yr - 1), to: y(yr) } : { from: y(yr - 1), to: y(yr - 1) }) },
  // 今年一季度, 今年上半年
  { need: '年', re: new RegExp(`(?:今年|本年|当年)${PART}`, 'g'), resolve: (m, yr) => partOfYear(m[1] ?? '', yr) },
  // 今年以来, 今年: the issue year
  { need: '今年', re: /(今年以来|今年)/g, resolve: (_m, yr) => ({ from: y(yr), to: y(yr) }) },
  // 当年, 本年, 全年: the year being talked about
  { need: '年', re: /(当年|本年度|本年|全年)/g, relative: 'year', resolve: (_m, yr) => ({ from: y(yr), to: y(yr) }) },
  { need: '年', re: /(年底|年末)/g, relative: 'year-end', resolve: (_m, yr) => ({ from: ym(yr, 12), to: ym(yr, 12) }) },
  // 一季度, 上半年, 年底 (of the issue year)
  { need: ['年', '季'], re: new RegExp(PART, 'g'), resolve: (m, yr) => partOfYear(m[1] ?? '', yr) },
  // 1-5月 handled above; 4月, 4月4日: the month of the issue year
  { need: '月', re: /(?<![\d年])(\d{1,2})月(?:份|底|末)?/g, resolve: (m, yr) => ({ from: ym(yr, num(m[1])), to: ym(yr, num(m[1])) }) },
  // stock figures: 目前, 至今, 现已
  { need: ['前', '今', '现'], re: /(目前|至今|现已|现有|当前)/g, resolve: (_m, yr) => ({ from: null, to: y(yr) }) },
  { need: '累计', re: /累计/g, weak: true, resolve: (_m, yr) => ({ from: null, to: y(yr) }) },
];

/** A stretch of the text: [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** How far a match reaches past where it starts, lookarounds included (the longest rule: 16 + 3). */
const REACH = 24;
/** How far back a lookbehind or the 较/比 test reads. */
const LOOK_BACK = 4;

/**
 * Every period mention in `text`, in text order, without overlaps. With `within` (ranges in
 * text order, each starting and ending at a sentence boundary), only mentions starting in those
 * ranges: the same ones the whole text holds there, since no rule's match but a quoted one runs
 * over a sentence's final punctuation (those are looked for everywhere).
 */
export function findPeriods(text: string, issueYear: number | null, within?: readonly Range[]): PeriodMention[] {
  if (taken.length < text.length) taken = new Uint8Array(Math.max(text.length, 2 * taken.length));
  const out: PeriodMention[] = [];
  const whole: Part[] = [{ text, offset: 0, start: 0, end: text.length }];
  // A copy of each range with room for lookarounds and for a match running past its end: a
  // search of the whole text would read on to the next match, however far.
  const parts: Part[] | null = within ? within.map((r) => {
    const offset = Math.max(0, r.start - LOOK_BACK);
    return { text: text.slice(offset, Math.min(text.length, r.end + REACH)), offset, start: r.start, end: r.end };
  }) : null;
  for (const rule of RULES) {
    for (const part of parts && !rule.quoted ? parts : whole) {
      const { re, need } = rule;
      re.lastIndex = part.start - part.offset;
      const last = part.end - part.offset;
      for (let m = execNear(re, part.text, need, last); m && m.index < last; m = execNear(re, part.text, need, last)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        const start = m.index + part.offset;
        const end = start + m[0].length;
        let free = true;
        for (let i = start; i < end; i++) if (taken[i]) { free = false; break; }
        if (!free) continue;
        // "较去年增加23家", "比上年同期": the baseline of a comparison is not the figure's period.
        if ((start > 0 && COMPARED.has(text.charCodeAt(start - 1))) || text.startsWith('同期', end)) continue;
        const r = rule.resolve(m, issueYear);
        if (!r) continue;
        taken.fill(1, start, end);
        out.push({ start, end, from: r.from, to: r.to, weak: Boolean(rule.weak), ...(rule.relative ? { relative: rule.relative } : {}) });
      }
    }
  }
  for (const p of out) taken.fill(0, p.start, p.end);
  return out.sort((a, b) => a.start - b.start);
}

/** A range to search, in a copy of the text starting at `offset`. */
interface Part {
  text: string;
  offset: number;
  start: number;
  end: number;
}

/** The last character of 较, 比, 同比, 与 before a period: it is a comparison's baseline. */
const COMPARED = charCodeSet('较比与');

/**
 * re.exec(text) from re.lastIndex, started where a match can first be: every match holds one of
 * the rule's words and is at most REACH long, so none starts more than REACH − 1 before the next
 * of them. Null, without a search, when no match can start before `last`. The regex then scans
 * only from near the words it needs instead of from the start of every part.
 */
export function execNear(re: RegExp, text: string, need: string | readonly string[] | undefined, last: number): RegExpExecArray | null {
  if (need !== undefined) {
    const at = nextWord(text, need, re.lastIndex);
    if (at < 0 || at - REACH + 1 >= last) return null;
    if (at - REACH + 1 > re.lastIndex) re.lastIndex = at - REACH + 1;
  }
  return re.exec(text);
}

/** Where the first of the words at or after `from` is in `text`, or -1. */
function nextWord(text: string, need: string | readonly string[], from: number): number {
  if (typeof need === 'string') return text.indexOf(need, from);
  let first = -1;
  for (const word of need) {
    const at = text.indexOf(word, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Which characters a mention already holds; all zero between calls (reused: allocating it cost more than the search). */
let taken = new Uint8Array(4096);

/**
 * A relative year (全年, 当年, 年底) resolved against the last single year printed before it in
 * the same paragraph ("2025年,…;全年实施重点项目41个" is 2025), else kept on the issue year.
 */
export function anchorRelative(p: PeriodMention, context: readonly PeriodMention[]): PeriodMention {
  if (!p.relative) return p;
  const year = context.filter((c) => !c.relative && c.end <= p.start && /^\d{4}$/.test(c.from ?? '') && c.from === c.to).at(-1)?.from;
  if (!year) return p;
  return p.relative === 'year' ? { ...p, from: year, to: year } : { ...p, from: `${year}-12`, to: `${year}-12` };
}
