// Named projects (…项目, …基地, …产业园) with their stage and investment.
import type { Amount, Project, Stage, Status } from '../types.js';
import { toYi } from '../model/metrics.js';
import type { LineIndex } from '../read/mapped-text.js';
import { COMPANY } from './cues.js';
import { evidenceOf } from './evidence.js';
import type { NumberToken } from './numbers.js';
import { isTarget } from './status.js';
import type { ArticleText, Clause, Sentence } from './text.js';
import { isTrimSpace } from './running-text.js';
import { charCodeSet, isAsciiDigit } from '../read/char-codes.js';

export interface ProjectContext {
  decoded: string;
  lines: LineIndex;
  text: ArticleText;
  tokens: readonly NumberToken[];
  /** Amounts already read as indicators ("总投资11亿元的8个项目"): not one project's investment. */
  usedAmounts: ReadonlySet<NumberToken>;
  zoneOf: (clause: string) => string | null;
}

interface Mention {
  name: string;
  start: number;
  end: number;
  sentence: Sentence;
  clause: Clause;
  /** Found as an item of "A、B、C等项目". */
  listed: boolean;
}

/** A table over UTF-16 code units: 1 at those of `chars`. Read once per character in the scans below. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Sets `bit` in `table` at the first character of each word of `list`: one table serves several lists. */
function markFirstChars(table: Uint8Array, list: WordList, bit: number): void {
  for (const w of list.words) table[w.charCodeAt(0)] = table[w.charCodeAt(0)]! | bit;
}

/**
 * A fixed list of words, looked up by first character. The name checks below were alternations
 * of such words, run as regexes on a copy of every candidate name and tried at each of its
 * positions; these lookups read the text in place and try words only where one can start.
 */
class WordList {
  /** For each character code, 1 + the index in `groups` of the words starting with it, or 0. */
  private readonly group = new Uint8Array(0x10000);
  /** The words by first character, each group in list order. */
  private readonly groups: string[][] = [];
  /** 1 at the code of a word's last character. */
  private readonly lastChars = new Uint8Array(0x10000);

  constructor(readonly words: readonly string[]) {
    for (const w of words) {
      const c = w.charCodeAt(0);
      if (this.group[c] === 0) {
        this.groups.push([]);
        if (this.groups.length > 255) throw new Error('WordList: more first characters than its table holds');
        this.group[c] = this.groups.length;
      }
      this.groups[this.group[c]! - 1]!.push(w);
      this.lastChars[w.charCodeAt(w.length - 1)] = 1;
    }
  }

  /** The words starting with the character t[i], in list order, or undefined. */
  startingWith(t: string, i: number): readonly string[] | undefined {
    const g = this.group[t.charCodeAt(i)]!;
    return g === 0 ? undefined : this.groups[g - 1];
  }

  /** The first word, in list order, that t holds at i and that ends by `to`; null if none. */
  at(t: string, i: number, to: number): string | null {
    if (i >= to) return null;
    const g = this.group[t.charCodeAt(i)]!;
    if (g === 0) return null;
    // Most words are one or two characters: those need no call to compare.
    const second = t.charCodeAt(i + 1);
    for (const w of this.groups[g - 1]!) {
      if (w.length === 1) return w;
      if (w.charCodeAt(1) === second && i + w.length <= to && (w.length === 2 || t.startsWith(w, i))) return w;
    }
    return null;
  }

  /** Where the first word lying in t[from, to) starts (where the alternation would match), or -1. */
  firstIn(t: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.group[t.charCodeAt(i)] !== 0 && this.at(t, i, to) !== null) return i;
    return -1;
  }

  /** The length of the first word, in list order, that ends t[from, to); 0 if none. */
  endingLength(t: string, from: number, to: number): number {
    if (to <= from || this.lastChars[t.charCodeAt(to - 1)] !== 1) return 0;
    for (const w of this.words) if (to - w.length >= from && t.startsWith(w, to - w.length)) return w.length;
    return 0;
  }
}

/** The suffix words of a project name. No one of them is the end of another. */
const SUFFIXES = new WordList(['项目', '基地', '产业园', '科技园', '创业园', '工业园', '主题园', '工程', '平台', '中心', '电站']);
/** Suffixes that also name standing institutions (服务中心, 合作平台): kept only with an amount or in a project list. */
const WEAK_SUFFIX = /(?:平台|中心)$/;

/**
 * How the walk back from a suffix takes each character: CJK, Latin letters and brackets are a
 * name's; 的 了 等 end a name run; 和 及 与 end it between two names. A table: the walk visits
 * every character of every run.
 */
const OUTSIDE = 0;
const NAME_CHAR = 1;
const STOP = 2;
const JOINER = 3;
const WALK = new Uint8Array(0x10000);
WALK.fill(NAME_CHAR, 0x3400, 0xa000);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz()（）') WALK[c.charCodeAt(0)] = NAME_CHAR;
for (const c of '的了等') WALK[c.charCodeAt(0)] = STOP;
for (const c of '和及与') WALK[c.charCodeAt(0)] = JOINER;
/** What a name ends with when 和/及/与 after it joins two names ("A基地和B基地"), not one ("万和云谷"). */
const JOINED = new WordList(['项目', '基地', '产业园', '科技园', '园区', '工程', '平台', '中心', '电站', '企业', '公司', '单位', '部门']);

/** Zone designations in front of a project name: the name starts after them. */
const DESIGNATIONS = new WordList(['经济技术开发区', '经济开发区', '高新技术产业开发区', '开发区', '经开区', '高新区', '示范区', '示范园', '园区']);
/** Verbs and prepositions in front of a project name. The last one is cut, the first one if that leaves no name. */
const LEAD_WORDS = new WordList(['其中', '包括', '例如', '特别是', '尤其是', '赴', '在', '对', '针对', '到', '于', '把', '为', '是', '位于',
  '察看', '考察', '参观', '调研', '走访', '视察', '推动', '加快', '加速', '抓好', '启动', '开展', '搭建', '打造', '新建', '签约', '签订',
  '落户', '引进', '共建', '建成', '完成']);
/** Sizes in front of a name ("6.5万平方米标准厂房建设工程"): 万 or 亿, then one unit or more. */
const SIZE_UNITS = new WordList(['元', '平方米', '平米', '亩', '吨', '千瓦', '兆瓦', 'MW', 'GW', '个', '项', '家', '栋', '条', '座', '台', '余']);
const WAN = '万'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const PRONOUNS = codeTable('该本此');
const OPEN_QUOTES = charCodeSet('“"‘');
const CLOSE_QUOTES = charCodeSet('”"’');
/** Bits of FRONT_STARTS: a character starts a designation, a lead word. */
const STARTS_DESIGNATION = 1;
const STARTS_LEAD = 2;
const FRONT_STARTS = new Uint8Array(0x10000);
markFirstChars(FRONT_STARTS, DESIGNATIONS, STARTS_DESIGNATION);
markFirstChars(FRONT_STARTS, LEAD_WORDS, STARTS_LEAD);

/** Where a line ends in t[from, to): the cut words were found by /^.*word/, and `.` stops at one. */
export function lineEnd(t: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return to;
}

/** The end of the word of `words` that t holds at `i`, found there by a search. */
const wordEnd = (words: WordList, t: string, i: number, to: number): number => i + (words.at(t, i, to)?.length ?? 0);

/**
 * Where the name in t[from, to) starts once the words in front of it are cut off: the last zone
 * designation, then the last verb or preposition (the first if the last leaves no valid name),
 * each only where a valid name is left; a size; a pronoun. Words are cut only before `line`, the
 * first line break (none in a name run). cleanName without the quotes.
 */
export function cleanStart(t: string, from: number, to: number, line: number): number {
  // The last designation and the last lead word, in one pass backwards.
  let designation = -1;
  let lead = -1;
  for (let i = line - 1; i >= from && (designation < 0 || lead < 0); i--) {
    const starts = FRONT_STARTS[t.charCodeAt(i)]!;
    if (starts === 0) continue;
    if (designation < 0 && (starts & STARTS_DESIGNATION) !== 0 && DESIGNATIONS.at(t, i, line) !== null) designation = i;
    if (lead < 0 && (starts & STARTS_LEAD) !== 0 && LEAD_WORDS.at(t, i, line) !== null) lead = i;
  }
  let s = from;
  if (designation >= 0) {
    const cut = wordEnd(DESIGNATIONS, t, designation, line);
    if (validNameAt(t, cut, to)) s = cut;
  }
  // The last lead word after the designation, if any, is the last one in what is left.
  if (lead >= s) {
    const afterLast = wordEnd(LEAD_WORDS, t, lead, line);
    if (validNameAt(t, afterLast, to)) s = afterLast;
    else {
      const first = LEAD_WORDS.firstIn(t, s, line);
      const afterFirst = wordEnd(LEAD_WORDS, t, first, line);
      if (first !== lead && validNameAt(t, afterFirst, to)) s = afterFirst;
    }
  }
  if (s < to) {
    const units = t.charCodeAt(s) === WAN || t.charCodeAt(s) === YI ? s + 1 : s;
    let i = units;
    for (let unit = SIZE_UNITS.at(t, i, to); unit !== null; unit = SIZE_UNITS.at(t, i, to)) i += unit.length;
    if (i > units) s = i;
  }
  return s < to && PRONOUNS[t.charCodeAt(s)] === 1 ? s + 1 : s;
}

/** The name a run of text names: quotes and the words in front of it cut off. */
export function cleanName(run: string): string {
  let name = run;
  if (OPEN_QUOTES.has(name.charCodeAt(0)) || CLOSE_QUOTES.has(name.charCodeAt(name.length - 1))) {
    name = name.replace(/^[“"‘]+|[”"’]+$/g, '');
  }
  const start = cleanStart(name, 0, name.length, lineEnd(name, 0, name.length));
  return start === 0 ? name : name.slice(start);
}

/** Characters a stem does not start with (a conjunction, 的, the rest of a date), or end with. */
const NOT_FIRST_IN_STEM = codeTable('和及与的年月日号');
const NOT_LAST_IN_STEM = codeTable('和及与的');
/**
 * Words that make a stem no name: a period ("第三季度重大项目", "年度重点项目"), a zone's
 * name, a verb (a clause about projects, not a name).
 */
const NOT_IN_STEM = new WordList(['季度', '上半年', '下半年', '年度', ...[...'一二三四五六七八九十'].map((n) => `${n}月`),
  '开发区', '经开区', '高新区', '示范区',
  '要', '安排', '强化', '推动', '推进', '倒排', '聚焦', '讨论', '紧盯', '保障', '确保', '加快', '加大', '加速', '抓', '实行', '落实', '建立',
  '健全', '组织', '梳理', '围绕', '服务', '解决', '协调', '认识', '压缩', '助力', '破解', '助推', '突出', '做到', '吸引', '协助', '对接',
  '提升', '优化', '深化', '培育', '支持', '坚持', '制定', '运行', '参与', '叮嘱', '缩短', '显著', '全力', '全面', '持续', '不断',
  '进一步', '积极', '大力', '着力', '重点抓', '凝心聚力', '千方百计', '靶向', '关键', '还在', '一是', '二是', '三是', '四是', '五是',
  '为', '把', '对', '以', '从', '到', '召开', '举行', '举办', '主持', '出席']);
/** Words that make a whole name no project's: a list or a pronoun. Digits do too. */
const NOT_IN_NAME = new WordList(['等', '该', '这些', '党群', '政务']);
/** Bits of REJECT_STARTS: a character is a digit, starts a NOT_IN_STEM word, a NOT_IN_NAME word. */
const IS_DIGIT = 1;
const STARTS_NOT_IN_STEM = 2;
const STARTS_NOT_IN_NAME = 4;
const REJECT_STARTS = new Uint8Array(0x10000);
for (let c = 48; c <= 57; c++) REJECT_STARTS[c] = IS_DIGIT;
markFirstChars(REJECT_STARTS, NOT_IN_STEM, STARTS_NOT_IN_STEM);
markFirstChars(REJECT_STARTS, NOT_IN_NAME, STARTS_NOT_IN_NAME);
/** Agricultural demonstration and planting bases, service centres: designations, not projects. */
const NOT_PROJECT_ENDINGS = new WordList(['示范基地', '种植基地', '养殖基地', '教育基地', '实践基地', '培训基地', '服务中心']);
/** Words a generic stem is made of ("重点产业", "省级重点"): a kind of project, not a name. */
const GENERIC_WORDS = new WordList(['该', '本', '此', '各', '全', '新', '大', '好', '这些', '这个', '重点', '重大', '优质', '产业', '工业',
  '招商引资', '签约', '开工', '在建', '续建', '新建', '谋划', '储备', '前期', '基础设施', '配套', '相关', '上下游', '更多', '一批', '其他',
  '其余', '民生', '新能源', '新材料', '新基建', '示范', '特色', '现代', '绿色', '数字', '科技', '创新', '孵化', '服务', '政务服务',
  '党群服务', '人才', '研发', '公共', '共享', '综合', '标准化', '一站式', '线上', '网上', '数字化', '建设', '投资', '合作', '发展', '转型',
  '省级', '市级', '国家级', '省', '市', '县', '区', '看', '抓', '建', '一期', '二期', '三期', '其中', '在', '类', '产业类', '基础设施类',
  '当年', '今年', '省外', '省内', '市外', '境外', '外资', '内资', '落地', '投产', '竣工', '入库', '在库', '关联', '每个', '所有', '全部',
  '有关', '降水', '雨水', '排污', '道路', '管网', '制造业', '工业类', '省市', '省级重点', '市级重点', '年度', '本年度', '计划', '打包',
  '首批', '新一批']);
/** "第三批": also a generic word. */
const DI = '第'.charCodeAt(0);
const PI = '批'.charCodeAt(0);
const BATCH_NUMERALS = codeTable('一二三四五六七八九十');
const NO_WORDS: readonly string[] = [];

/** Scratch for genericStem: which positions of the stem a run of generic words reaches. */
let reached = new Uint8Array(64);

/**
 * Whether t[from, to) is made of generic words only, cut into them in any way: the regex
 * ^(?:words)+$ it replaced, as a walk over the positions the words reach.
 */
export function genericStem(t: string, from: number, to: number): boolean {
  const n = to - from;
  if (n <= 0) return false;
  if (reached.length <= n) reached = new Uint8Array(2 * n);
  // Cleared by hand: a call to fill costs more than a stem's few positions.
  for (let k = 0; k <= n; k++) reached[k] = 0;
  reached[0] = 1;
  // Past the furthest position reached, no word starts: the stem is no run of them.
  let furthest = 0;
  for (let k = 0; k < n && k <= furthest; k++) {
    if (reached[k] === 0) continue;
    const i = from + k;
    for (const w of GENERIC_WORDS.startingWith(t, i) ?? NO_WORDS) {
      if (k + w.length <= n && t.startsWith(w, i)) {
        reached[k + w.length] = 1;
        if (k + w.length > furthest) furthest = k + w.length;
      }
    }
    if (t.charCodeAt(i) === DI) {
      let j = i + 1;
      while (j < to && BATCH_NUMERALS[t.charCodeAt(j)] === 1) j++;
      if (j > i + 1 && j < to && t.charCodeAt(j) === PI) {
        reached[j + 1 - from] = 1;
        if (j + 1 - from > furthest) furthest = j + 1 - from;
      }
    }
  }
  return reached[n] === 1;
}

/**
 * Whether t[from, to) names a project: its stem (the name without its suffix word) is two to 30
 * characters, not a clause about projects nor a kind of project; no digits, list or pronoun.
 */
export function validNameAt(t: string, from: number, to: number): boolean {
  const stemEnd = to - SUFFIXES.endingLength(t, from, to);
  const stemLength = stemEnd - from;
  if (stemLength < 2 || stemLength > 30) return false;
  if (NOT_FIRST_IN_STEM[t.charCodeAt(from)] === 1 || NOT_LAST_IN_STEM[t.charCodeAt(stemEnd - 1)] === 1) return false;
  if (NOT_PROJECT_ENDINGS.endingLength(t, from, to) > 0 || hasRejectedWord(t, from, stemEnd, to)) return false;
  return !genericStem(t, from, stemEnd);
}

/** Whether a digit, a NOT_IN_NAME word in t[from, to) or a NOT_IN_STEM word in t[from, stemEnd) is there: one pass. */
function hasRejectedWord(t: string, from: number, stemEnd: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const starts = REJECT_STARTS[t.charCodeAt(i)]!;
    if (starts === 0) continue;
    if ((starts & IS_DIGIT) !== 0) return true;
    if ((starts & STARTS_NOT_IN_NAME) !== 0 && NOT_IN_NAME.at(t, i, to) !== null) return true;
    if ((starts & STARTS_NOT_IN_STEM) !== 0 && NOT_IN_STEM.at(t, i, stemEnd) !== null) return true;
  }
  return false;
}

/** Whether `name` names a project (validNameAt on a whole string). */
export function validName(name: string): boolean {
  return validNameAt(name, 0, name.length);
}

/**
 * What one walk back over a name run found: where the run starts, and the rightmost places (or
 * -1) where a designation, a lead word and a word or digit that rejects a name start. The
 * candidate names of a run all end where it ends, so one walk serves every check cleanName and
 * validName made on them, each of which read the candidate again.
 */
interface NameRun {
  start: number;
  designation: number;
  lead: number;
  /** A digit, a NOT_IN_NAME word, or a NOT_IN_STEM word lying in the stem. */
  rejected: number;
  /**
   * Whether the end of the run makes every name in it (of a stem of two characters or more)
   * invalid: the last character of the stem, a NOT_PROJECT_ENDINGS word.
   */
  badEnd: boolean;
}

/** Bits of RUN_STARTS: what a character may start, for the walk back over a run. */
const RUN_DESIGNATION = 1;
const RUN_LEAD = 2;
const RUN_DIGIT = 4;
const RUN_NOT_IN_NAME = 8;
const RUN_NOT_IN_STEM = 16;
const RUN_STARTS = new Uint8Array(0x10000);
markFirstChars(RUN_STARTS, DESIGNATIONS, RUN_DESIGNATION);
markFirstChars(RUN_STARTS, LEAD_WORDS, RUN_LEAD);
for (let c = 48; c <= 57; c++) RUN_STARTS[c] = RUN_DIGIT;
markFirstChars(RUN_STARTS, NOT_IN_NAME, RUN_NOT_IN_NAME);
markFirstChars(RUN_STARTS, NOT_IN_STEM, RUN_NOT_IN_STEM);

/**
 * The name run ending with the suffix word t[at, end), walked back from its end to the first
 * character that is no name's (or `from`, the clause's start), noting on the way the words
 * cleanName cuts and the words validName rejects.
 */
export function scanRun(t: string, from: number, at: number, end: number): NameRun {
  let designation = -1;
  let lead = -1;
  let rejected = -1;
  let i = end - 1;
  for (; i >= from; i--) {
    const c = t.charCodeAt(i);
    // The suffix word is the run's; before it, the run goes on over name characters only.
    if (i < at) {
      const kind = WALK[c];
      if (kind === OUTSIDE || kind === STOP) break;
      // A JOINED word is at most 3 characters: it lies in the 3 before the joiner.
      if (kind === JOINER && JOINED.endingLength(t, Math.max(from, i - 3), i) > 0) break;
    }
    const starts = RUN_STARTS[c]!;
    if (starts === 0) continue;
    if (designation < 0 && (starts & RUN_DESIGNATION) !== 0 && DESIGNATIONS.at(t, i, end) !== null) designation = i;
    if (lead < 0 && (starts & RUN_LEAD) !== 0 && LEAD_WORDS.at(t, i, end) !== null) lead = i;
    if (rejected < 0 && ((starts & RUN_DIGIT) !== 0
      || ((starts & RUN_NOT_IN_NAME) !== 0 && NOT_IN_NAME.at(t, i, end) !== null)
      || ((starts & RUN_NOT_IN_STEM) !== 0 && NOT_IN_STEM.at(t, i, at) !== null))) rejected = i;
  }
  const start = i + 1;
  const badEnd = NOT_LAST_IN_STEM[t.charCodeAt(at - 1)] === 1 || NOT_PROJECT_ENDINGS.endingLength(t, start, end) > 0;
  return { start, designation, lead, rejected, badEnd };
}

/**
 * validNameAt(t, f, end) for a candidate start f in a run ending with the suffix word t[at, end),
 * with what the walk found: where the stem is two characters or more, it is t[f, at), and what
 * else makes a name invalid but its first character is known for every start.
 */
function validInRun(t: string, run: NameRun, f: number, at: number, end: number): boolean {
  if (at - f < 2) return validNameAt(t, f, end);
  return !run.badEnd && at - f <= 30 && f > run.rejected && NOT_FIRST_IN_STEM[t.charCodeAt(f)] === 0 && !genericStem(t, f, at);
}

/**
 * Where the name cleanName makes of the run t[run.start, end) starts, if validName takes it; -1
 * if not. The run ends with the suffix word t[at, end) and holds no quotes nor line breaks.
 */
export function runNameStart(t: string, run: NameRun, at: number, end: number): number {
  let s = run.start;
  /** The start last found valid. */
  let checked = -1;
  if (run.designation >= 0) {
    const cut = wordEnd(DESIGNATIONS, t, run.designation, end);
    if (validInRun(t, run, cut, at, end)) checked = s = cut;
  }
  // The last lead word after the designation, if any, is the last one in what is left.
  if (run.lead >= s) {
    const afterLast = wordEnd(LEAD_WORDS, t, run.lead, end);
    if (validInRun(t, run, afterLast, at, end)) checked = s = afterLast;
    else {
      const first = LEAD_WORDS.firstIn(t, s, end);
      const afterFirst = wordEnd(LEAD_WORDS, t, first, end);
      if (first !== run.lead && validInRun(t, run, afterFirst, at, end)) checked = s = afterFirst;
    }
  }
  if (s < end) {
    const units = t.charCodeAt(s) === WAN || t.charCodeAt(s) === YI ? s + 1 : s;
    let i = units;
    for (let unit = SIZE_UNITS.at(t, i, end); unit !== null; unit = SIZE_UNITS.at(t, i, end)) i += unit.length;
    if (i > units) s = i;
  }
  if (s < end && PRONOUNS[t.charCodeAt(s)] === 1) s++;
  return s === checked || validInRun(t, run, s, at, end) ? s : -1;
}

/** Two characters as one number: a key for the two-character words below, read without a copy. */
const pairAt = (t: string, i: number, j: number): number => t.charCodeAt(i) * 0x10000 + t.charCodeAt(j);
const pairOf = (word: string): number => pairAt(word, 0, 1);

/**
 * Words of two characters with what each says, in order of precedence (a word listed twice says
 * what it says first), found by a table of their first characters and a map of pairs.
 */
class PairWords<T> {
  /** 1 at the code of a word's first character. */
  private readonly firstChars = new Uint8Array(0x10000);
  private readonly meaning = new Map<number, T>();

  constructor(groups: readonly (readonly [T, readonly string[]])[]) {
    for (const [meaning, words] of groups) {
      for (const w of words) {
        if (w.length !== 2) throw new Error(`PairWords: "${w}" is not of two characters`);
        this.firstChars[w.charCodeAt(0)] = 1;
        if (!this.meaning.has(pairOf(w))) this.meaning.set(pairOf(w), meaning);
      }
    }
  }

  /** What the word of t[i, i + 2) says, if it is one. */
  meaningAt(t: string, i: number): T | undefined {
    return this.firstChars[t.charCodeAt(i)] === 1 ? this.meaning.get(pairAt(t, i, i + 1)) : undefined;
  }

  /** What the word made of t[i] and t[j] says, if it is one. */
  meaningAcross(t: string, i: number, j: number): T | undefined {
    return this.firstChars[t.charCodeAt(i)] === 1 ? this.meaning.get(pairAt(t, i, j)) : undefined;
  }

  /**
   * Where the first word lying in t[from, to) starts, or -1: what the alternation of the words
   * finds in a copy of the range (two words cannot start at one place).
   */
  firstIn(t: string, from: number, to: number): number {
    for (let i = from; i < to - 1; i++) {
      if (this.firstChars[t.charCodeAt(i)] === 1 && this.meaning.has(pairAt(t, i, i + 1))) return i;
    }
    return -1;
  }
}

/** Stage verbs, then words that only describe a building site ("现场签约" is a signing). */
export const STAGE_CUES: readonly PairWords<Stage>[] = [
  new PairWords<Stage>([
    ['signed', ['签约', '签订', '落户']],
    ['completed', ['竣工', '投产', '达效', '建成', '完工', '投用', '搭建']],
    ['started', ['开工', '动工', '开建', '启动', '铺开']],
    ['planned', ['谋划', '储备', '预审', '前期', '共建']],
    ['ongoing', ['在建', '建设', '施工', '推进', '实施']],
  ]),
  new PairWords<Stage>([['ongoing', ['工地', '现场', '塔吊', '投入']]]),
];
/** Words saying something is done to a project. */
const ACTIVITY = new PairWords<true>([[true, ['签约', '签订', '落户', '开工', '动工', '开建', '启动', '竣工', '投产', '达效', '建成', '完工',
  '在建', '建设', '施工', '工地', '现场', '塔吊', '推进', '谋划', '储备', '预审', '审批', '落地', '共建']]]);

/**
 * ACTIVITY.test(clause.replace(name, '')) for the clause t[from, to), without building that
 * text: a word of the text left is in the part before the name, in the part after it, or made
 * of the characters on either side of it.
 */
export function activityBesides(t: string, from: number, to: number, name: string): boolean {
  let at = t.indexOf(name, from);
  // The first occurrence from `from` on: if it runs past the clause, so do all later ones.
  if (at >= 0 && at + name.length > to) at = -1;
  if (at < 0) return ACTIVITY.firstIn(t, from, to) >= 0;
  const after = at + name.length;
  if (at > from && after < to && ACTIVITY.meaningAcross(t, at - 1, after) !== undefined) return true;
  return ACTIVITY.firstIn(t, from, at) >= 0 || ACTIVITY.firstIn(t, after, to) >= 0;
}

const MONEY_BEFORE_NAME = /^(?:的|搭建|建设|打造|新建|建成|实施|用于|启动)?$/;

/** Campaign names in quotes (“共产党员先锋工程”) are slogans unless something is built: 共建“…主题园”. */
const QUOTED_SLOGAN = /(?<!共建|建设|打造|新建)[“"]$/;
const QUOTED_NAME = /[“"‘]([^“”"‘’]{2,24})[”"’]$/;
/** The longest QUOTED_NAME match: a name can only be in the characters this far back. */
const QUOTED_REACH = 26;
/**
 * A count right after a name: "…项目共27个". Sticky, tried where the name ends: it cannot run past
 * the clause, whose last character is a mark it does not match (or the end of the text).
 */
const COUNTED_AFTER = /\s*(?:共|有|达|为)?(?:\d+|[一二两三四五六七八九十百]+)(?:个|项)/y;
const GE = '个'.charCodeAt(0);
const XIANG = '项'.charCodeAt(0);
const JIA = '家'.charCodeAt(0);
const CHINESE_NUMERALS = charCodeSet('一二两三四五六七八九十百');

/**
 * Whether t[from, to) ends with a count: a digit, blanks and 个/项/家, or Chinese numerals and
 * 个/项 (what /\d\s*(?:个|项|家)$|[一二两三四五六七八九十百]+(?:个|项)$/ matches), read backwards from
 * `to` instead of trying the pattern at every position of the clause.
 */
export function countedBefore(t: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const last = t.charCodeAt(to - 1);
  if (last !== GE && last !== XIANG && last !== JIA) return false;
  if (last !== JIA && CHINESE_NUMERALS.has(t.charCodeAt(to - 2))) return true;
  let i = to - 2;
  while (i >= from && isTrimSpace(t.charCodeAt(i))) i--;
  return i >= from && isAsciiDigit(t.charCodeAt(i));
}

/** The suffix words, and 等 which ends a list of projects ("A、B等项目"): one search finds both. */
const SUFFIX_OR_DENG = /项目|基地|产业园|科技园|创业园|工业园|主题园|工程|平台|中心|电站|等/g;
const DENG = '等'.charCodeAt(0);
/** A list's tail at a 等 (LIST_TAIL, sticky): a clause holding none has no list. */
const LIST_TAIL_AT = /等(?:重点|产业|新基建|在建|签约|建设)?(?:项目|新基建)/y;

/**
 * The names in the article, in text order: those ending in a project suffix (`suffixed`), and
 * the items of lists of projects (`listed`). One search over the article, clause by clause: a
 * suffix word or 等 never holds the punctuation that ends a clause, so each match lies inside one.
 */
function findMentions(text: ArticleText, suffixed: Mention[], listed: Mention[]): void {
  const t = text.view.text;
  // Tested, not executed: the match's end is lastIndex, and what ends there says where it starts.
  let end = nextFound(t, 0);
  let at = end < 0 ? -1 : end - foundLength(t, end);
  for (const sentence of text.sentences) {
    if (at < 0) break;
    if (at >= sentence.end) continue;
    for (const clause of sentence.clauses) {
      while (at >= 0 && at < clause.start) {
        end = nextFound(t, end);
        at = end < 0 ? -1 : end - foundLength(t, end);
      }
      if (at < 0) break;
      /** Where the clause's mentions start in `suffixed`. */
      const first = suffixed.length;
      let listsRead = false;
      for (; at >= 0 && at < clause.end; end = nextFound(t, end), at = end < 0 ? -1 : end - foundLength(t, end)) {
        if (end - at === 1) {
          // 等: a list of projects if a list's tail follows it.
          if (listsRead) continue;
          LIST_TAIL_AT.lastIndex = at;
          if (!LIST_TAIL_AT.test(t)) continue;
          listsRead = true;
          listMentions(t, sentence, clause, listed);
          continue;
        }
        const mention = suffixMention(t, sentence, clause, at, end - at);
        if (!mention) continue;
        // One name growing into a longer one (…基地 → …基地建设项目) is the longer one.
        if (suffixed.length > first && suffixed[suffixed.length - 1]!.start === mention.start) suffixed.pop();
        suffixed.push(mention);
      }
    }
  }
}

/** Where the next suffix word or 等 from `from` on ends, or -1. */
function nextFound(t: string, from: number): number {
  SUFFIX_OR_DENG.lastIndex = from;
  return SUFFIX_OR_DENG.test(t) ? SUFFIX_OR_DENG.lastIndex : -1;
}

/** The length of the suffix word or 等 found ending at `end` (no suffix word ends another). */
function foundLength(t: string, end: number): number {
  return t.charCodeAt(end - 1) === DENG ? 1 : SUFFIXES.endingLength(t, Math.max(0, end - 3), end);
}

/**
 * A quoted name right before a suffix word at `at` (“海盛科学谷”项目), or null. QUOTED_NAME ends
 * with a closing quote: it runs only after one.
 */
function quotedName(t: string, from: number, at: number): RegExpExecArray | null {
  if (at <= from || !CLOSE_QUOTES.has(t.charCodeAt(at - 1))) return null;
  return QUOTED_NAME.exec(t.slice(Math.max(from, at - QUOTED_REACH), at));
}

/** The name a suffix word of `length` characters found at `at` ends, or null. */
function suffixMention(t: string, sentence: Sentence, clause: Clause, at: number, length: number): Mention | null {
  const from = clause.start;
  const end = at + length;
  const run = scanRun(t, from, at, end);
  const start = run.start;
  const quoted = start === at ? quotedName(t, from, at) : null;
  // cleanName only cuts words off the front of a run and leaves a stem of two characters at
  // least: a run shorter than that around the suffix names nothing.
  if (!quoted && end - start < length + 2) return null;
  // The run is name characters only, no quotes: it is cleaned and checked where it lies, and
  // copied out only once it is a name.
  let name: string | null = null;
  let nameStart: number;
  if (quoted) {
    name = `${quoted[1] ?? ''}${t.slice(at, end)}`;
    if (!validName(name)) return null;
    nameStart = end - name.length;
  } else {
    nameStart = runNameStart(t, run, at, end);
    if (nameStart < 0) return null;
    // QUOTED_SLOGAN ends with the quote: only a name after one is tested.
    if (nameStart > from && OPEN_QUOTES.has(t.charCodeAt(nameStart - 1))
      && QUOTED_SLOGAN.test(t.slice(Math.max(from, nameStart - 3), nameStart))) return null;
  }
  // "27个制造业优质项目", "重点项目444项": projects counted, not named.
  COUNTED_AFTER.lastIndex = end;
  if (COUNTED_AFTER.test(t) || countedBefore(t, from, nameStart)) return null;
  return { name: name ?? t.slice(nameStart, end), start: quoted ? at - quoted[0].length : nameStart, end, sentence, clause, listed: false };
}

const LIST = /((?:[^,。;:、()“”]{2,20}、)+[^,。;:、()“”]{2,20})等(?:重点|产业|新基建|在建|签约|建设)?(?:项目|新基建)/g;
/**
 * What every LIST match ends with. LIST backtracks over every start position of a clause, so it
 * runs only on clauses that hold this tail and a list mark, and only up to the last tail (no match
 * can reach past it): the same matches at a fraction of the cost.
 */
const LIST_TAIL = /等(?:重点|产业|新基建|在建|签约|建设)?(?:项目|新基建)/g;

/**
 * "推动华引芯、森木磊石等项目签约开工": each item is a project. Adds the clause's list items to
 * `out`; called for clauses holding a list's tail.
 */
function listMentions(t: string, sentence: Sentence, clause: Clause, out: Mention[]): void {
  const c = listPart(t, clause);
  if (c === null) return;
  LIST.lastIndex = 0;
  for (let m = LIST.exec(c); m; m = LIST.exec(c)) {
    let at = clause.start + m.index;
    for (const raw of (m[1] ?? '').split('、')) {
      const name = cleanName(raw);
      const start = at + raw.length - name.length;
      at += raw.length + 1;
      if (name.length < 2 || /\d|等/.test(name) || genericStem(name, 0, name.length)) continue;
      out.push({ name, start, end: start + name.length, sentence, clause, listed: true });
    }
  }
}

/** The clause up to the end of its last LIST_TAIL, or null when no list can be in it. */
function listPart(t: string, clause: Clause): string | null {
  const c = t.slice(clause.start, clause.end);
  let end = -1;
  LIST_TAIL.lastIndex = 0;
  for (let m = LIST_TAIL.exec(c); m; m = LIST_TAIL.exec(c)) end = m.index + m[0].length;
  if (end < 0 || !c.includes('、')) return null;
  return c.slice(0, end);
}

/**
 * The stage the words around a name say: the first stage word after it in its clause, else
 * before it, else in its sentence; building-site words only where no stage verb is.
 */
function stageOf(t: string, m: Mention): Stage {
  for (const cues of STAGE_CUES) {
    const stage = firstStage(cues, t, m.end, m.clause.end) ?? firstStage(cues, t, m.clause.start, m.start)
      ?? firstStage(cues, t, m.sentence.start, m.sentence.end);
    if (stage !== null) return stage;
  }
  return 'ongoing';
}

/** The stage the first of `cues` in t[from, to) says, or null. */
export function firstStage(cues: PairWords<Stage>, t: string, from: number, to: number): Stage | null {
  const at = cues.firstIn(t, from, to);
  return at < 0 ? null : cues.meaningAt(t, at) ?? null;
}

/** A stage verb and 的 in front of a name ("本次签约的…项目", "新落户的…基地"): what already happened to it. */
const STAGE_MODIFIERS = new PairWords<Stage>([
  ['signed', ['签约', '签订', '落户']],
  ['completed', ['竣工', '投产', '建成', '完工', '投用']],
  ['started', ['开工', '动工', '开建']],
  ['ongoing', ['在建']],
]);

/**
 * The stage a modifier before the name states, and where the modifier ends: it wins over a
 * plan said after the name ("本次签约的…项目计划于二季度开工" is a signed project). The last
 * modifier in the clause before the name: found from the last 的 back.
 */
export function modifierStage(t: string, from: number, to: number): { stage: Stage; end: number } | null {
  for (let de = t.lastIndexOf('的', to - 1); de >= from + 2; de = t.lastIndexOf('的', de - 1)) {
    const stage = STAGE_MODIFIERS.meaningAt(t, de - 2);
    if (stage !== undefined) return { stage, end: de + 1 };
  }
  return null;
}

function statusOf(t: string, m: Mention): Status {
  const clause = t.slice(m.clause.start, m.clause.end);
  if (isTarget(t.slice(m.sentence.start, m.clause.start), clause)) return 'target';
  return /推动[^,。;]*(?:签约|开工|投产|达效)/.test(clause) ? 'target' : 'actual';
}

function inTextOrder(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k]!.start < mentions[k - 1]!.start) return false;
  return true;
}

/** Two names are one project when they differ only by a final 项目. */
const sameProjectKey = (name: string): string => (name.endsWith('项目') ? name.slice(0, -2) : name);

export interface ProjectReading {
  projects: Project[];
  /**
   * Sentences whose amount went to one named project, with where that project's part of the
   * sentence starts (its name, or the sentence's start when "该项目" names it): the amounts from
   * there on are that project's too; a total before "其中…项目" is not.
   */
  projectFrom: ReadonlyMap<Sentence, number>;
}

export function readProjects(p: ProjectContext): ProjectReading {
  const t = p.text.view.text;
  const suffixed: Mention[] = [];
  const listed: Mention[] = [];
  findMentions(p.text, suffixed, listed);
  // Most articles list no projects, and their names come in text order: nothing to sort.
  const mentions = listed.length === 0 && inTextOrder(suffixed) ? suffixed : [...suffixed, ...listed].sort((a, b) => a.start - b.start);
  // Amounts go only to named projects: an article naming none has nothing more to read.
  if (mentions.length === 0) return { projects: [], projectFrom: new Map() };
  // Only amounts in yuan: an investment carries its 亿元 value (a dollar amount has none here).
  const money = p.tokens.filter((k) => k.kind === 'money' && !p.usedAmounts.has(k) && toYi(k.value, k.unit) !== null);

  const amountOf = new Map<Mention, NumberToken>();
  // Most articles with a named project state no investment in yuan: no amount to give.
  if (money.length > 0) {
    amountsNearNames(t, mentions, money, amountOf);
    amountsOfSentences(p, mentions, money, amountOf);
  }

  const projectFrom = new Map<Sentence, number>();
  for (const [m, k] of amountOf) {
    const s = p.text.sentences.find((x) => x.start <= k.start && k.start < x.end);
    if (!s) continue;
    const from = m.sentence === s ? Math.min(m.start, k.start) : s.start;
    projectFrom.set(s, Math.min(from, projectFrom.get(s) ?? from));
  }
  const projects: Project[] = [];
  /** sameProjectKey of each project's name. */
  const keys: string[] = [];
  for (const m of mentions) {
    const amount = amountOf.get(m) ?? null;
    if (!amount && !m.listed) {
      if (WEAK_SUFFIX.test(m.name) || !activityBesides(t, m.clause.start, m.clause.end, m.name)) continue;
    }
    const key = sameProjectKey(m.name);
    const existing = projects[keys.indexOf(key)];
    const investment = amount ? investmentOf(amount) : null;
    if (existing) {
      if (!existing.investment && investment) {
        existing.investment = investment;
        Object.assign(existing, evidenceFor(p, amount ?? null, m));
      }
      continue;
    }
    const modifier = modifierStage(t, m.clause.start, m.start);
    // A modifier's stage is done unless a goal word comes before it ("计划开工的…项目").
    const status = modifier
      ? (isTarget(t.slice(m.sentence.start, m.clause.start), t.slice(m.clause.start, modifier.end)) ? 'target' : 'actual')
      : statusOf(t, m);
    keys.push(key);
    projects.push({
      // "在灵石经开区,投资16亿元的…项目": a zone named earlier in the sentence is the project's.
      zone: p.zoneOf(t.slice(m.sentence.start, m.start)),
      name: m.name,
      stage: modifier?.stage ?? stageOf(t, m),
      investment,
      status,
      ...evidenceFor(p, amount, m),
    });
  }
  return { projects, projectFrom };
}

/** "投资10亿元的绿电园区项目", "其中恒达精密铸造项目总投资10亿元": an amount said with the name, in its clause. */
function amountsNearNames(t: string, mentions: readonly Mention[], money: readonly NumberToken[], amountOf: Map<Mention, NumberToken>): void {
  for (const m of mentions) {
    // "投资10亿元的绿电园区项目", "投资1200万元搭建数字化管控平台"
    const before = money.find((k) => k.end <= m.start && k.end >= m.clause.start
      && MONEY_BEFORE_NAME.test(t.slice(k.end, m.start))
      && /投资(?:额|总额)?(?:为|达|约)?$/.test(t.slice(m.clause.start, k.start)));
    if (before) { amountOf.set(m, before); continue; }
    // "其中恒达精密铸造项目总投资10亿元"
    const after = money.find((k) => k.start >= m.end && k.start < m.clause.end
      && /^(?:一期|二期|三期)?(?:计划)?(?:总投资|投资)(?:额)?(?:为|达|约)?$/.test(t.slice(m.end, k.start)));
    if (after) amountOf.set(m, after);
  }
}

const TOTAL_INVESTMENT_BEFORE = /(?:计划)?总投资(?:额)?(?:为|达|约)?$|投资总额(?:为|达|约)?$/;
const PRONOUN_PROJECT = /^(?:该|此|这个|这一)项目/;

/**
 * "亚宝…项目净用地约9.7万平方米,计划总投资10亿元" and "该项目占地35亩,总投资7000余万元": a total
 * investment later in the sentence goes to the project named before it, or to the one "该项目"
 * refers to (the last named in an earlier sentence).
 */
function amountsOfSentences(p: ProjectContext, mentions: readonly Mention[], money: readonly NumberToken[],
  amountOf: Map<Mention, NumberToken>): void {
  const t = p.text.view.text;
  const sentences = p.text.sentences;
  /** The named (not listed) mentions of each sentence, in text order. */
  const namedIn = new Map<Sentence, Mention[]>();
  for (const m of mentions) {
    if (m.listed) continue;
    const inSentence = namedIn.get(m.sentence);
    if (inSentence) inSentence.push(m);
    else namedIn.set(m.sentence, [m]);
  }
  const taken = new Set(amountOf.values());
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let subjectIsPronoun: boolean | null = null;
    for (const k of money) {
      if (k.start < s.start || k.end > s.end || taken.has(k)) continue;
      if (!TOTAL_INVESTMENT_BEFORE.test(t.slice(Math.max(s.start, k.start - 8), k.start))) continue;
      // The project the sentence is about: the last one named before the amount with no other
      // figure in between ("万慧云谷科创产业基地,总投资35亿元"), else the one "该项目" refers to.
      const before = lastNamedBefore(namedIn.get(s), k.start);
      const clear = before !== null && !figureBetween(p.tokens, k, before.end);
      // A company's own investment is not a project's, but the company that builds a project
      // named before the amount ("由某集团投资建设的…项目,总投资22亿元") does not make it one.
      if (COMPANY.test(t.slice(before && clear ? before.end : s.start, k.start))) continue;
      subjectIsPronoun ??= s.clauses.some((c) => PRONOUN_PROJECT.test(t.slice(c.start, c.end)));
      const owner = (before && clear ? before : null) ?? (subjectIsPronoun ? lastNamedIn(namedIn, sentences, si) : null);
      if (owner && !amountOf.has(owner)) { amountOf.set(owner, k); taken.add(k); }
    }
  }
}

/** The last of `named` (in text order) ending by `at`, or null. */
function lastNamedBefore(named: readonly Mention[] | undefined, at: number): Mention | null {
  if (named === undefined) return null;
  for (let j = named.length - 1; j >= 0; j--) if (named[j]!.end <= at) return named[j]!;
  return null;
}

/** Whether a figure other than `k` (a percentage aside) starts in [from, k.start). */
function figureBetween(tokens: readonly NumberToken[], k: NumberToken, from: number): boolean {
  for (const x of tokens) if (x.kind !== 'percent' && x !== k && x.start >= from && x.start < k.start) return true;
  return false;
}

/** The last project named in the sentences before sentences[si], or null. */
function lastNamedIn(namedIn: ReadonlyMap<Sentence, readonly Mention[]>, sentences: readonly Sentence[], si: number): Mention | null {
  for (let j = si - 1; j >= 0; j--) {
    const named = namedIn.get(sentences[j]!);
    if (named !== undefined && named.length > 0) return named[named.length - 1]!;
  }
  return null;
}

/** Only called on tokens readProjects kept for having a 亿元 value, so toYi is never null here. */
function investmentOf(k: NumberToken): Amount & { amountYi: number } {
  const amountYi = toYi(k.value, k.unit);
  if (amountYi === null) throw new Error(`project amount ${k.value}${k.unit} has no 亿元 value`);
  return { value: k.value, unit: k.unit, approx: k.approx, amountYi };
}

function evidenceFor(p: ProjectContext, amount: NumberToken | null, m: Mention): { evidence: string; span: Project['span'] } {
  const view = p.text.view;
  if (amount) {
    const s = p.text.sentences.find((x) => x.start <= amount.start && amount.start < x.end);
    const c = s?.clauses.find((x) => x.start <= amount.start && amount.start < x.end);
    const sameSentence = m.sentence === s;
    const nameFirst = sameSentence && m.start < amount.start;
    // "总投资8亿元的NAME": from the money noun to the name; "NAME…,计划总投资10亿元": from the name.
    const lead = /(?:计划)?(?:总)?投资(?:总)?额?(?:为|达|约)?$/.exec(view.text.slice(c?.start ?? amount.start, amount.start));
    const nounStart = amount.start - (lead?.[0].length ?? 0);
    const from = nameFirst ? m.start : sameSentence ? nounStart : (c?.start ?? amount.start);
    const to = Math.max(amount.end, sameSentence ? m.end : amount.end);
    return evidenceOf(p.decoded, p.lines, view, from, to, amount.numberStart);
  }
  // Anchored on the name's last character: a name broken over lines is cited where it ends.
  return evidenceOf(p.decoded, p.lines, view, m.clause.start, m.clause.end, m.end - 1);
}

/** Whether `text` ends with a named project and its money noun: "其中恒达铸造项目总投资". */
export function endsWithNamedProject(text: string): boolean {
  const m = /([\u3400-\u9fffA-Za-z()（）]{2,40}?(?:项目|基地|产业园|科技园|工程|电站))(?:一期|二期|三期)?(?:计划)?(?:总投资|投资)(?:额)?(?:为|达|约)?$/.exec(text);
  return Boolean(m && validName(cleanName(m[1] ?? '')));
}

/** Whether `text` (what follows an amount) is 的 and a project's name: "的高端铝材深加工项目计划…". */
export function namesProjectAfter(text: string): boolean {
  const m = /^的[“"]?([\u3400-\u9fffA-Za-z()（）]{2,40}?(?:项目|基地|产业园|科技园|创业园|工业园|工程|电站))/.exec(text);
  return Boolean(m && validName(cleanName(m[1] ?? '')));
}
