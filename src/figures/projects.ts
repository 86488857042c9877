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

const SUFFIX = /项目|基地|产业园|科技园|创业园|工业园|主题园|工程|平台|中心|电站/g;
/** Suffixes that also name standing institutions (服务中心, 合作平台): kept only with an amount or in a project list. */
const WEAK_SUFFIX = /(?:平台|中心)$/;
/** Characters of a name: CJK, Latin letters, brackets. By code: the walk back visits every one. */
const isNameChar = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  || c === 40 || c === 41 || c === 0xff08 || c === 0xff09;
/** 的 了 等 end a name run; 和 及 与 end it between two names. */
const STOP = charCodeSet('的了等');
const JOINER = charCodeSet('和及与');
/** Zone designations in front of a project name: the name starts after them. */
const DESIGNATION = /^.*(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|示范区|示范园|园区)/;
/** Verbs and prepositions in front of a project name. */
const LEAD_WORDS = '(?:其中|包括|例如|特别是|尤其是|赴|在|对|针对|到|于|把|为|是|位于|察看|考察|参观|调研|走访|视察|推动|加快|加速|抓好|启动|开展|搭建|打造|新建|签约|签订|落户|引进|共建|建成|完成)';
const LEAD_LAST = new RegExp(`^.*${LEAD_WORDS}`);
const LEAD_FIRST = new RegExp(`^.*?${LEAD_WORDS}`);
/** The last lead word is cut first, the first one if that leaves no name. */
const LEADS = [LEAD_LAST, LEAD_FIRST];
/** Campaign names in quotes (“共产党员先锋工程”) are slogans unless something is built: 共建“…主题园”. */
const QUOTED_SLOGAN = /(?<!共建|建设|打造|新建)[“"]$/;
/** Agricultural demonstration and planting bases are designations, not investment projects. */
const NOT_PROJECT = /示范基地$|种植基地$|养殖基地$|教育基地$|实践基地$|培训基地$|服务中心$|党群|政务/;
/** Sizes in front of a name: "6.5万平方米标准厂房建设工程". */
const SIZE = /^(?:万|亿)?(?:元|平方米|平米|亩|吨|千瓦|兆瓦|MW|GW|个|项|家|栋|条|座|台|余)+/;
const GENERIC_STEM = new RegExp('^(?:该|本|此|各|全|新|大|好|这些|这个|重点|重大|优质|产业|工业|招商引资|签约|开工|在建|续建|新建|谋划|储备|前期|' +
  '基础设施|配套|相关|上下游|更多|一批|其他|其余|民生|新能源|新材料|新基建|示范|特色|现代|绿色|数字|科技|创新|孵化|服务|政务服务|' +
  '党群服务|人才|研发|公共|共享|综合|标准化|一站式|线上|网上|数字化|建设|投资|合作|发展|转型|省级|市级|国家级|省|市|县|区|看|抓|建|' +
  '一期|二期|三期|其中|在|类|产业类|基础设施类|当年|今年|省外|省内|市外|境外|外资|内资|落地|投产|竣工|入库|在库|' +
  '关联|每个|所有|全部|有关|降水|雨水|排污|道路|管网|制造业|产业类|工业类|省市|省级重点|市级重点|年度|本年度|计划|打包|' +
  '第[一二三四五六七八九十]+批|首批|新一批)+$');
/** A verb in a name means the run is a clause about projects, not a project's name. */
const VERB = new RegExp('要|安排|强化|推动|推进|倒排|聚焦|讨论|紧盯|保障|确保|加快|加大|加速|抓|实行|落实|建立|健全|组织|梳理|围绕|服务|' +
  '解决|协调|认识|压缩|助力|破解|助推|突出|做到|吸引|协助|对接|提升|优化|深化|培育|支持|坚持|制定|运行|参与|叮嘱|缩短|显著|' +
  '全力|全面|持续|不断|进一步|积极|大力|着力|重点抓|凝心聚力|千方百计|靶向|关键|还在|一是|二是|三是|四是|五是|为|把|对|以|从|到|' +
  '召开|举行|举办|主持|出席');
const ZONE_WORD = /开发区|经开区|高新区|示范区/;

/** Stage verbs, then words that only describe a building site ("现场签约" is a signing). */
const STAGE_CUES: readonly { re: RegExp; stage: Stage }[][] = [[
  { re: /签约|签订|落户/, stage: 'signed' },
  { re: /竣工|投产|达效|建成|完工|投用|搭建/, stage: 'completed' },
  { re: /开工|动工|开建|启动|铺开/, stage: 'started' },
  { re: /谋划|储备|预审|前期|共建/, stage: 'planned' },
  { re: /在建|建设|施工|推进|实施/, stage: 'ongoing' },
], [
  { re: /工地|现场|塔吊|投入/, stage: 'ongoing' },
]];
const ACTIVITY = /签约|签订|落户|开工|动工|开建|启动|竣工|投产|达效|建成|完工|在建|建设|施工|工地|现场|塔吊|推进|谋划|储备|预审|审批|落地|共建/;
/** ACTIVITY's words: all of two characters. */
const ACTIVITY_WORDS = new Set(ACTIVITY.source.split('|'));

/**
 * ACTIVITY.test(clause.replace(name, '')) without building that text: a two-character word of
 * the text left is in the part before the name, in the part after it, or made of the characters
 * on either side of it.
 */
export function activityBesides(clause: string, name: string): boolean {
  const at = clause.indexOf(name);
  if (at < 0) return ACTIVITY.test(clause);
  const after = at + name.length;
  if (at > 0 && after < clause.length && ACTIVITY_WORDS.has(clause[at - 1]! + clause[after]!)) return true;
  return ACTIVITY.test(clause.slice(0, at)) || ACTIVITY.test(clause.slice(after));
}

const MONEY_BEFORE_NAME = /^(?:的|搭建|建设|打造|新建|建成|实施|用于|启动)?$/;

/**
 * Whether t[i] ends the name run of a clause starting at `from`: 的/了/等 always; 和/及/与 only
 * between two names ("A基地和B基地"), not inside one ("昌正和", "万和云谷").
 */
function isStop(t: string, from: number, i: number): boolean {
  const code = t.charCodeAt(i);
  if (STOP.has(code)) return true;
  if (!JOINER.has(code)) return false;
  return /(?:项目|基地|产业园|科技园|园区|工程|平台|中心|电站|企业|公司|单位|部门)$/.test(t.slice(Math.max(from, i - 3), i));
}

/** First characters of the lead words: a name holding none of them has no lead word to cut. */
const LEAD_FIRST_CHARS = new Uint8Array(0x10000);
for (const w of LEAD_WORDS.replace(/^\(\?:|\)$/g, '').split('|')) LEAD_FIRST_CHARS[w.charCodeAt(0)] = 1;

function hasLeadChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (LEAD_FIRST_CHARS[name.charCodeAt(i)] === 1) return true;
  return false;
}

const OPEN_QUOTES = charCodeSet('“"‘');
const CLOSE_QUOTES = charCodeSet('”"’');
/** First characters of SIZE's words and of the pronouns cut off a name's front. */
const SIZE_FIRST_CHARS = charCodeSet('万亿元平亩吨千兆MG个项家栋条座台余');
const PRONOUN_FIRST_CHARS = charCodeSet('该本此');

function cleanName(run: string): string {
  let name = run;
  // The regexes below run only where their first character is: cleanName is called for every
  // suffix in every article.
  if (OPEN_QUOTES.has(name.charCodeAt(0)) || CLOSE_QUOTES.has(name.charCodeAt(name.length - 1))) {
    name = name.replace(/^[“"‘]+|[”"’]+$/g, '');
  }
  // Every designation ends in 区 or 园.
  if (name.includes('区') || name.includes('园')) {
    const d = DESIGNATION.exec(name);
    if (d && validName(name.slice(d[0].length))) name = name.slice(d[0].length);
  }
  if (hasLeadChar(name)) {
    for (const lead of LEADS) {
      const l = lead.exec(name);
      if (l && validName(name.slice(l[0].length))) { name = name.slice(l[0].length); break; }
    }
  }
  if (SIZE_FIRST_CHARS.has(name.charCodeAt(0))) name = name.replace(SIZE, '');
  return PRONOUN_FIRST_CHARS.has(name.charCodeAt(0)) ? name.replace(/^(?:该|本|此)/, '') : name;
}

const NAME_SUFFIXES = ['项目', '基地', '产业园', '科技园', '创业园', '工业园', '主题园', '工程', '平台', '中心', '电站'];
/**
 * What makes a stem no name, as one search: a conjunction at either end ("招商引资和项目"), a
 * period ("第三季度重大项目", "年度重点项目", or the rest of a date: "2026年第一批…" leaves
 * "年第一批…"), a zone's name, a verb (a clause about projects, not a name).
 */
const NOT_A_STEM = new RegExp(`^[和及与的年月日号]|[和及与的]$|季度|上半年|下半年|年度|[一二三四五六七八九十]月|${ZONE_WORD.source}|${VERB.source}`);
/** What makes a whole name no project's: a list or pronoun, digits, a designation (NOT_PROJECT). */
const NOT_A_NAME = new RegExp(`等|该|这些|\\d|${NOT_PROJECT.source}`);

function validName(name: string): boolean {
  // No suffix word is the end of another: the one the name ends with, if any.
  let stem = name;
  for (const suffix of NAME_SUFFIXES) {
    if (name.endsWith(suffix)) { stem = name.slice(0, -suffix.length); break; }
  }
  if (stem.length < 2 || stem.length > 30) return false;
  return !NOT_A_STEM.test(stem) && !NOT_A_NAME.test(name) && !GENERIC_STEM.test(stem);
}

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

/**
 * Every name ending in a project suffix, in text order. One search over the article: a suffix
 * word never holds the punctuation that ends a clause, so each match lies inside one clause.
 */
function suffixMentions(text: ArticleText): Mention[] {
  const t = text.view.text;
  const out: Mention[] = [];
  SUFFIX.lastIndex = 0;
  let m = SUFFIX.exec(t);
  for (const sentence of text.sentences) {
    if (!m) break;
    if (m.index >= sentence.end) continue;
    for (const clause of sentence.clauses) {
      while (m && m.index < clause.start) m = SUFFIX.exec(t);
      if (!m) break;
      /** Where the clause's mentions start in `out`. */
      const first = out.length;
      for (; m && m.index < clause.end; m = SUFFIX.exec(t)) {
        const mention = suffixMention(t, sentence, clause, m.index, m[0]);
        if (!mention) continue;
        // One name growing into a longer one (…基地 → …基地建设项目) is the longer one.
        if (out.length > first && out[out.length - 1]!.start === mention.start) out.pop();
        out.push(mention);
      }
    }
  }
  return out;
}

/** The name a suffix word found at `at` ends, or null. */
function suffixMention(t: string, sentence: Sentence, clause: Clause, at: number, suffix: string): Mention | null {
  const from = clause.start;
  const end = at + suffix.length;
  let start = at;
  while (start > from && isNameChar(t.charCodeAt(start - 1)) && !isStop(t, from, start - 1)) start--;
  // A quoted name before its suffix: “海盛科学谷”项目.
  const quoted = start === at ? QUOTED_NAME.exec(t.slice(Math.max(from, at - QUOTED_REACH), at)) : null;
  // cleanName only cuts words off the front of a run and leaves a stem of two characters at
  // least: a run shorter than that around the suffix names nothing.
  if (!quoted && end - start < suffix.length + 2) return null;
  const name = quoted ? `${quoted[1] ?? ''}${suffix}` : cleanName(t.slice(start, end));
  if (!validName(name)) return null;
  const nameStart = end - name.length;
  // QUOTED_SLOGAN ends with the quote: only a name after one is tested.
  if (!quoted && nameStart > from && OPEN_QUOTES.has(t.charCodeAt(nameStart - 1))
    && QUOTED_SLOGAN.test(t.slice(Math.max(from, nameStart - 3), nameStart))) return null;
  // "27个制造业优质项目", "重点项目444项": projects counted, not named.
  COUNTED_AFTER.lastIndex = end;
  if (COUNTED_AFTER.test(t) || countedBefore(t, from, nameStart)) return null;
  return { name, start: quoted ? at - quoted[0].length : end - name.length, end, sentence, clause, listed: false };
}

const LIST = /((?:[^,。;:、()“”]{2,20}、)+[^,。;:、()“”]{2,20})等(?:重点|产业|新基建|在建|签约|建设)?(?:项目|新基建)/g;
/**
 * What every LIST match ends with. LIST backtracks over every start position of a clause, so it
 * runs only on clauses that hold this tail and a list mark, and only up to the last tail (no match
 * can reach past it): the same matches at a fraction of the cost.
 */
const LIST_TAIL = /等(?:重点|产业|新基建|在建|签约|建设)?(?:项目|新基建)/g;

/** "推动华引芯、森木磊石等项目签约开工": each item is a project. */
function listMentions(text: ArticleText): Mention[] {
  const t = text.view.text;
  const out: Mention[] = [];
  // Clauses come in text order: one forward search for 等 serves them all.
  let deng = t.indexOf('等');
  for (const sentence of text.sentences) {
    for (const clause of sentence.clauses) {
      while (deng >= 0 && deng < clause.start) deng = t.indexOf('等', deng + 1);
      if (deng < 0) return out;
      if (deng >= clause.end - 2) continue;
      const c = listPart(t, clause);
      if (c === null) continue;
      LIST.lastIndex = 0;
      for (let m = LIST.exec(c); m; m = LIST.exec(c)) {
        let at = clause.start + m.index;
        for (const raw of (m[1] ?? '').split('、')) {
          const name = cleanName(raw);
          const start = at + raw.length - name.length;
          at += raw.length + 1;
          if (name.length < 2 || /\d|等/.test(name) || GENERIC_STEM.test(name)) continue;
          out.push({ name, start, end: start + name.length, sentence, clause, listed: true });
        }
      }
    }
  }
  return out;
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

function stageOf(t: string, m: Mention): Stage {
  const after = t.slice(m.end, m.clause.end);
  const before = t.slice(m.clause.start, m.start);
  for (const cues of STAGE_CUES) {
    for (const part of [after, before, t.slice(m.sentence.start, m.sentence.end)]) {
      let best: { stage: Stage; index: number } | null = null;
      for (const { re, stage } of cues) {
        const x = re.exec(part);
        if (x && (!best || x.index < best.index)) best = { stage, index: x.index };
      }
      if (best) return best.stage;
    }
  }
  return 'ongoing';
}

/** A stage verb and 的 in front of a name ("本次签约的…项目", "新落户的…基地"): what already happened to it. */
const STAGE_MODIFIER: readonly { re: RegExp; stage: Stage }[] = [
  { re: /(?:签约|签订|落户)的/g, stage: 'signed' },
  { re: /(?:竣工|投产|建成|完工|投用)的/g, stage: 'completed' },
  { re: /(?:开工|动工|开建)的/g, stage: 'started' },
  { re: /在建的/g, stage: 'ongoing' },
];

/**
 * The stage a modifier before the name states, and where the modifier ends: it wins over a
 * plan said after the name ("本次签约的…项目计划于二季度开工" is a signed project).
 */
function modifierStage(t: string, m: Mention): { stage: Stage; end: number } | null {
  const before = t.slice(m.clause.start, m.start);
  let best: { stage: Stage; end: number } | null = null;
  for (const { re, stage } of STAGE_MODIFIER) {
    re.lastIndex = 0;
    for (let x = re.exec(before); x; x = re.exec(before)) {
      const end = m.clause.start + x.index + x[0].length;
      if (!best || end > best.end) best = { stage, end };
    }
  }
  return best;
}

function statusOf(t: string, m: Mention): Status {
  if (isTarget(t.slice(m.sentence.start, m.clause.start), t.slice(m.clause.start, m.clause.end))) return 'target';
  return /推动[^,。;]*(?:签约|开工|投产|达效)/.test(t.slice(m.clause.start, m.clause.end)) ? 'target' : 'actual';
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
  const suffixed = suffixMentions(p.text);
  const listed = listMentions(p.text);
  // Most articles list no projects, and their names come in text order: nothing to sort.
  const mentions = listed.length === 0 && inTextOrder(suffixed) ? suffixed : [...suffixed, ...listed].sort((a, b) => a.start - b.start);
  // Amounts go only to named projects: an article naming none has nothing more to read.
  if (mentions.length === 0) return { projects: [], projectFrom: new Map() };
  // Only amounts in yuan: an investment carries its 亿元 value (a dollar amount has none here).
  const money = p.tokens.filter((k) => k.kind === 'money' && !p.usedAmounts.has(k) && toYi(k.value, k.unit) !== null);

  const amountOf = new Map<Mention, NumberToken>();
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
  // "亚宝…项目净用地约9.7万平方米,计划总投资10亿元" and "该项目占地35亩,总投资7000余万元"
  let lastNamed: Mention | null = null;
  const namedIn = new Map<Sentence, Mention[]>();
  for (const m of mentions) {
    if (m.listed) continue;
    const inSentence = namedIn.get(m.sentence);
    if (inSentence) inSentence.push(m);
    else namedIn.set(m.sentence, [m]);
  }
  const taken = new Set(amountOf.values());
  for (const s of p.text.sentences) {
    const inS = namedIn.get(s) ?? [];
    let subjectIsPronoun: boolean | null = null;
    for (const k of money) {
      if (k.start < s.start || k.end > s.end || taken.has(k)) continue;
      if (!/(?:计划)?总投资(?:额)?(?:为|达|约)?$|投资总额(?:为|达|约)?$/.test(t.slice(Math.max(s.start, k.start - 8), k.start))) continue;
      // The project the sentence is about: the last one named before the amount with no other
      // figure in between ("万慧云谷科创产业基地,总投资35亿元"), else the one "该项目" refers to.
      const before = inS.filter((m) => m.end <= k.start).at(-1);
      const clear = before && !p.tokens.some((x) => x.kind !== 'percent' && x !== k && x.start >= before.end && x.start < k.start);
      // A company's own investment is not a project's, but the company that builds a project
      // named before the amount ("由某集团投资建设的…项目,总投资22亿元") does not make it one.
      if (COMPANY.test(t.slice(before && clear ? before.end : s.start, k.start))) continue;
      subjectIsPronoun ??= s.clauses.some((c) => /^(?:该|此|这个|这一)项目/.test(t.slice(c.start, c.end)));
      const owner = (before && clear ? before : null) ?? (subjectIsPronoun ? lastNamed : null);
      if (owner && !amountOf.has(owner)) { amountOf.set(owner, k); taken.add(k); }
    }
    const last = inS.at(-1);
    if (last) lastNamed = last;
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
      if (WEAK_SUFFIX.test(m.name) || !activityBesides(t.slice(m.clause.start, m.clause.end), m.name)) continue;
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
    const modifier = modifierStage(t, m);
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
