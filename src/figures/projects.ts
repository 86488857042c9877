// Named projects (…项目, …基地, …产业园) in an article: their mentions, stage, status and investment.
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
import { cleanName, CLOSE_QUOTES, genericStem, OPEN_QUOTES, runNameStart, scanRun, SUFFIXES, validName } from './project-names.js';
import { activityBesides, firstStage, modifierStage, STAGE_CUES } from './project-stages.js';

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

/** Suffixes that also name standing institutions (服务中心, 合作平台): kept only with an amount or in a project list. */
const WEAK_SUFFIX = /(?:平台|中心)$/;

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
const SUFFIX_OR_DENG = new RegExp([...SUFFIXES.words, '等'].join('|'), 'g');
const DENG = '等'.charCodeAt(0);

/**
 * The names in the article, in text order: those ending in a project suffix (`suffixed`), and
 * the items of lists of projects (`listed`). One search over the article, clause by clause: a
 * suffix word or 等 never holds the punctuation that ends a clause, so each match lies inside one.
 */
function findMentions(text: ArticleText, suffixed: Mention[], listed: Mention[]): void {
  const t = text.view.text;
  // Tested, not executed: the match's end is lastIndex, and what ends there says where it starts.
  let end = -1;
  let at = -1;
  /** The next suffix word or 等 from `from` on: [at, end), or at = -1 when none is left. */
  const advance = (from: number): void => {
    end = nextFound(t, from);
    at = end < 0 ? -1 : end - foundLength(t, end);
  };
  advance(0);
  for (const sentence of text.sentences) {
    if (at < 0) break;
    if (at >= sentence.end) continue;
    for (const clause of sentence.clauses) {
      while (at >= 0 && at < clause.start) advance(end);
      if (at < 0) break;
      /** Where the clause's mentions start in `suffixed`. */
      const first = suffixed.length;
      let listsRead = false;
      for (; at >= 0 && at < clause.end; advance(end)) {
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
/** A list's tail at a 等 (LIST_TAIL, sticky): a clause holding none has no list. */
const LIST_TAIL_AT = new RegExp(LIST_TAIL.source, 'y');

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
