// Project names: where a name run starts, what cleanName cuts off its front, and what validName rejects.
import { charCodeSet, codeTable } from '../read/char-codes.js';
import { markFirstChars, WordList } from './word-list.js';

/** The suffix words of a project name. No one of them is the end of another. */
export const SUFFIXES = new WordList(['项目', '基地', '产业园', '科技园', '创业园', '工业园', '主题园', '工程', '平台', '中心', '电站']);

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
export const OPEN_QUOTES = charCodeSet('“"‘');
export const CLOSE_QUOTES = charCodeSet('”"’');
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
  return afterSizeAndPronoun(t, s, to);
}

/** s past a size left in front of a name ("万吨", "亿元") and then past a pronoun (该, 本, 此). */
function afterSizeAndPronoun(t: string, s: number, to: number): number {
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
  s = afterSizeAndPronoun(t, s, end);
  return s === checked || validInRun(t, run, s, at, end) ? s : -1;
}
