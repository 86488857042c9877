// Numbers with their units as printed in zone news: 530.46亿元, 7000余万元, 超1000个, 一百零六个.
import Nzh from 'nzh';
import { charCodeSet, isAsciiDigit } from '../read/char-codes.js';

export type UnitKind = 'money' | 'count' | 'percent';

/** A number with its unit, found in the running text (positions are view offsets). */
export interface NumberToken {
  /** Where the figure starts (the qualifier 约/超 … if any) and ends (after the unit). */
  start: number;
  end: number;
  /** Where the digits start. */
  numberStart: number;
  value: number;
  /** Unit as printed, multiplier included: 亿元, 万元, 个, 家, % … */
  unit: string;
  kind: UnitKind;
  approx: boolean;
}

const PRE = '(约|近|超过|超|逾|突破|将近|接近|不到|不足|近乎|不低于|不少于|不超过|至少|高于|大于)?';
const ARABIC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CHINESE = '[零〇一二两三四五六七八九十百千万亿]+';
const MULT = '(万亿|千万|百万|十万|亿|万|億|萬|千|百)?';
const UNIT = '(元|美元|个|個|项|家|户|%)?';
const POST = '(以上|左右|之多)?';

const FIGURE = new RegExp(
  `${PRE}(${ARABIC}|${CHINESE})(余|多)?${MULT}(余|多)?${UNIT}${POST}`, 'g',
);

/**
 * FIGURE anchored at one position. Scanning with the global FIGURE tried the whole pattern at
 * every character; only positions that can start a figure are tried now, which finds the same
 * leftmost matches.
 */
const FIGURE_AT = new RegExp(FIGURE.source, 'y');
const CAN_START = new Uint8Array(0x10000);
for (const c of '0123456789零〇一二两三四五六七八九十百千万亿约近超逾突将接不至高大') CAN_START[c.charCodeAt(0)] = 1;
/** Characters of a number: where a figure's number can start (no PRE word holds one). */
const NUMERAL = new Uint8Array(0x10000);
for (const c of '0123456789零〇一二两三四五六七八九十百千万亿') NUMERAL[c.charCodeAt(0)] = 1;
/** What can follow a number inside a figure: separators, 余/多, multipliers, units, POST words. */
const GOES_ON = new Uint8Array(0x10000);
for (const c of ',.余多億萬元美个個项家户%以左之') GOES_ON[c.charCodeAt(0)] = 1;
/** The longest PRE word (不超过): a figure starts at most this far before its number. */
const PRE_REACH = 3;

/**
 * The first FIGURE match at or after `from` that can be a figure with a unit, as FIGURE.exec
 * would find it, skipping the matches that cannot (found without a regex: most numbers in the
 * news are dates). Every match holds a numeral, and a numeral always starts one, so the match
 * is at the first numeral at or after `from` or starts in the PRE_REACH characters before it.
 */
function nextFigure(text: string, from: number): RegExpExecArray | null {
  for (;;) {
    let q = from;
    while (q < text.length && !NUMERAL[text.charCodeAt(q)]) q++;
    if (q >= text.length) return null;
    // A run of numerals followed by nothing a figure goes on with is a match of its own (the
    // greedy number takes the whole run) with no unit: 2025年, 12月, 一批. Only a run of
    // Chinese numerals ending in 亿 reads as money by itself ("十亿").
    let end = q;
    while (end < text.length && NUMERAL[text.charCodeAt(end)]) end++;
    const digits = isAsciiDigit(text.charCodeAt(q));
    let sameKind = true;
    for (let i = q; i < end && sameKind; i++) sameKind = isAsciiDigit(text.charCodeAt(i)) === digits;
    if (sameKind && !GOES_ON[text.charCodeAt(end)] && (digits || text.charCodeAt(end - 1) !== YI)) {
      from = end;
      continue;
    }
    for (let p = Math.max(from, q - PRE_REACH); p <= q; p++) {
      if (!CAN_START[text.charCodeAt(p)]) continue;
      FIGURE_AT.lastIndex = p;
      const m = FIGURE_AT.exec(text);
      if (m) return m;
    }
    return null;
  }
}

const YI = '亿'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);

const NOT_QUALIFIER = /^(?:[签节制合特契条预履违邀]约|[最临附就亲]近|[赶追]超)$/;

/** Chinese numerals through nzh (两 is spoken 二). Null when nzh cannot read it. */
export function chineseNumber(s: string): number | null {
  const simple = simpleNumber(s);
  if (simple !== null) return simple;
  const n = Number(Nzh.cn.decodeS(s.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Value of each Chinese digit by character code (两 is 2); 0 for any other character. */
const DIGIT_VALUE = new Uint8Array(0x10000);
[...'一二三四五六七八九'].forEach((c, i) => { DIGIT_VALUE[c.charCodeAt(0)] = i + 1; });
DIGIT_VALUE['两'.charCodeAt(0)] = 2;
const TEN = '十'.charCodeAt(0);
const HUNDRED = '百'.charCodeAt(0);
const THOUSAND = '千'.charCodeAt(0);

/**
 * The numerals news prints most (三, 十, 十五, 二十, 两百, the 百 of 百余家), read directly: nzh
 * takes some 17 µs for each. Null for any other form, which nzh reads
 * (tests/figures/numbers.test.ts checks the two agree on every numeral of up to three
 * characters). By character code: charAt makes a string of every CJK character.
 */
function simpleNumber(s: string): number | null {
  const first = s.charCodeAt(0);
  const a = DIGIT_VALUE[first]!;
  if (s.length === 1) return a > 0 ? a : first === TEN ? 10 : first === HUNDRED ? 100 : first === THOUSAND ? 1000 : null;
  if (s.length === 2) {
    const b = s.charCodeAt(1);
    if (first === TEN) return DIGIT_VALUE[b]! > 0 ? 10 + DIGIT_VALUE[b]! : null;
    if (a === 0) return null;
    return b === TEN ? 10 * a : b === HUNDRED ? 100 * a : b === THOUSAND ? 1000 * a : null;
  }
  if (s.length === 3 && a > 0 && s.charCodeAt(1) === TEN) {
    const c = DIGIT_VALUE[s.charCodeAt(2)]!;
    return c > 0 ? 10 * a + c : null;
  }
  return null;
}

function unitOf(mult: string, unit: string): { unit: string; kind: UnitKind } | null {
  const m = mult.replace('萬', '万').replace('億', '亿');
  if (unit === '%') return mult ? null : { unit: '%', kind: 'percent' };
  if (unit === '元' || unit === '美元') return { unit: mult + unit, kind: 'money' };
  // "总签约 6.88 亿" with 元 missing or on the next page: money in 亿元.
  if (!unit && m === '亿') return { unit: '亿元', kind: 'money' };
  if (unit && unit !== '元') {
    if (mult) return null; // 20万个, 3万户: sizes of things, not counts of projects or firms
    return { unit: unit === '個' ? '个' : unit, kind: 'count' };
  }
  return null;
}

const DOT = 46;
const DI = '第'.charCodeAt(0);
/** Marks of a range: a number right after "3-" or "2至" is its upper end. */
const RANGE_MARKS = charCodeSet('-~～—–至到');
/** Words after a count that make it no count of projects or firms: 3个月, 2个百分点, 5个工作日, “三个一批”. */
const NOT_COUNTED = /月|百分点|工作日|一/y;
const MU = '目'.charCodeAt(0);

/** Every number with a unit of interest in `text`. */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (let m = nextFigure(text, 0); m; m = nextFigure(text, m.index + m[0].length)) {
    const [whole, rawPre = '', rawDigits = '', more1 = '', rawMult = '', more2 = '', unit = '', post = ''] = m;
    // 签约6.88亿元: the 约 ends the word 签约, it is no qualifier (likewise 最近, 赶超).
    const pre = rawPre && NOT_QUALIFIER.test(text.slice(Math.max(0, m.index - 1), m.index + rawPre.length)) ? '' : rawPre;
    const start = m.index + rawPre.length - pre.length;
    let digits = rawDigits;
    let mult = rawMult;
    // 十亿元 is printed as 十 + 亿元: keep the multiplier with the unit, as for 10亿元.
    // (The number is all digits or all Chinese numerals: its first character says which.)
    const isChinese = !isAsciiDigit(digits.charCodeAt(0));
    if (!mult && isChinese && digits.length >= 2 && (digits.endsWith('万') || digits.endsWith('亿'))) {
      mult = digits.slice(-1);
      digits = digits.slice(0, -1);
    }
    const numberStart = m.index + rawPre.length;
    const end = m.index + whole.length;
    const u = unitOf(mult, unit);
    if (!u) continue;
    // Part of a bigger number, a version (3.0版), an ordinal (第二), or a range (0.5-1.5元).
    const previous = numberStart > 0 ? text.charCodeAt(numberStart - 1) : -1;
    if (isAsciiDigit(previous) || previous === DOT || previous === DI) continue;
    if (numberStart >= 2 && RANGE_MARKS.has(text.charCodeAt(numberStart - 1)) && isAsciiDigit(text.charCodeAt(numberStart - 2))) continue;
    if (u.kind === 'count') {
      NOT_COUNTED.lastIndex = end;
      if (NOT_COUNTED.test(text)) continue;
    }
    if (unit === '项' && text.charCodeAt(end) === MU) continue;
    let value: number | null;
    if (isChinese) {
      // 亿元以上项目: 亿 alone is a unit word, not the number 10^8. Dropped before nzh reads it
      // (microseconds each: "超亿元" is common).
      const first = digits.charCodeAt(0);
      if (first === WAN || first === YI) continue;
      // 一 is an article ("一个专班", "一项目一专班"), not a figure: values below 2 are dropped.
      value = chineseNumber(digits);
      if (value === null || value < 2) continue;
    } else {
      value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
    }
    out.push({
      start,
      end,
      numberStart,
      value,
      unit: u.unit,
      kind: u.kind,
      // Any word PRE admits (约, 超, 近, 突破 …) makes the figure approximate.
      approx: Boolean(pre || more1 || more2 || post),
    });
  }
  return out;
}
