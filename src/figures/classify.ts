// Which metric a number is: the cue words around it in its clause, read as zone news says them.
import type { Metric } from '../types.js';
import {
  COMPANY, DIRECT_CUES, FAMILY_CUES, MONEY_NOUN, NOT_PROJECT_HEAD, WEAK_ONGOING,
  familyMetric, type Family,
} from './cues.js';
import type { NumberToken } from './numbers.js';
import type { PeriodMention } from './periods.js';

export interface Classified {
  metric: Metric;
  family: Family | null;
  /** The figure is in a "通过建设…N个项目" means clause: a plan's projects. */
  plannedMeans?: boolean;
  /** Read from 重点项目/重大项目 alone. */
  weak?: boolean;
}

/** Connectors that continue the previous figure's metric: "A、B", "从2021年的A提升至2024年的B". */
export const CONTINUES = /^(?:、|和|及|与|以及|提升至|提高到|提高至|增长至|增长到|增加到|增加至|增至|发展到|发展至|上升至|上升到|达到|到|至)$/;
/**
 * Beneficiary counts: "为53个项目办理", "对12个项目开展" are services, not pipeline figures. 为
 * after 分别/均/共 or a noun is the copula: "签约项目分别为15个、18个".
 */
const BENEFICIARY = /(?:(?<!分别|均|共|合计|总计|数|量|项目|额)为|对|向|给|帮助|协助)$/;
const MEANS = /通过(?:建设|实施|推进|新建|谋划)/;
export const AFTER_BUILT = /(?:建成|达产|投产|达效|投用|运营|竣工)后/;
/** "该项目…已完成固定资产投资额3.6亿元" is one project's figure. */
const PROJECT_SUBJECT = /(?:该|此|这个|这一)项目/;

/** Every stage word in one search, one group per family in FAMILY_CUES order. */
const ANY_FAMILY = new RegExp(FAMILY_CUES.map(({ re }) => `(${re.source})`).join('|'));

/**
 * The stage word that comes first in `text` (at one position, the family listed first): the
 * leftmost match of the union is the earliest of each family's first match.
 */
function firstFamily(text: string): { family: Family; index: number } | null {
  const m = ANY_FAMILY.exec(text);
  if (!m) return null;
  let k = 1;
  while (m[k] === undefined) k++;
  return { family: FAMILY_CUES[k - 1]!.family, index: m.index };
}

/** A stage word used as a head noun ("开工数4个") names what is counted. */
function headFamily(text: string): Family | null {
  if (!text.includes('数')) return null;
  for (const { re, family } of FAMILY_CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (text[m.index + m[0].length] === '数') return family;
    }
  }
  return null;
}

/** Whether any direct cue of a kind is in a text: one search before the cues are tried in order. */
const ANY_DIRECT = {
  count: new RegExp(DIRECT_CUES.filter((c) => c.kind === 'count').map((c) => `(?:${c.re.source})`).join('|')),
  money: new RegExp(DIRECT_CUES.filter((c) => c.kind === 'money').map((c) => `(?:${c.re.source})`).join('|')),
};

function directMetric(text: string, kind: 'count' | 'money'): Metric | null {
  if (!ANY_DIRECT[kind].test(text)) return null;
  for (const cue of DIRECT_CUES) if (cue.kind === kind && cue.re.test(text)) return cue.metric;
  return null;
}

/** "2023年谋划的项目中已有9个开复工": what precedes 中 is the superset, not the counted set. */
export function afterSubset(left: string): string {
  const m = /^.*(?:项目中|其中|含|包括|包含)/.exec(left);
  return m ? left.slice(m[0].length) : left;
}

/** Projects under negotiation or visited are not yet in the pipeline ("在谈重点项目31个"). */
const NOT_PIPELINE = /在谈|洽谈|对接|考察|意向|跟踪|储备库外/;

/**
 * `s` (the text from view offset `from`) without the characters of the periods in it, and
 * without a 的 at its end and then at its start.
 */
export function stripPeriods(s: string, from: number, periods: readonly PeriodMention[]): string {
  // Most texts hold no period: they are taken whole, not rebuilt character by character.
  const out = overlapsPeriod(from, from + s.length, periods) ? withoutPeriods(s, from, periods) : s;
  return trimDe(out);
}

function overlapsPeriod(from: number, to: number, periods: readonly PeriodMention[]): boolean {
  for (const p of periods) if (p.start < to && from < p.end && p.start < p.end) return true;
  return false;
}

function withoutPeriods(s: string, from: number, periods: readonly PeriodMention[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const at = from + i;
    if (!periods.some((p) => p.start <= at && at < p.end)) out += s[i];
  }
  return out;
}

const DE = '的';
/** s.replace(/的$/, '').replace(/^的/, ''). */
function trimDe(s: string): string {
  const end = s.endsWith(DE) ? s.length - 1 : s.length;
  const start = end > 0 && s.startsWith(DE) ? 1 : 0;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * The metric of a count: `left` and `right` are the texts before and after it in its clause,
 * `subject` the sentence up to it; `sentenceNamesProjects` says whether its sentence holds 项目
 * (PROJECT_NOUN).
 */
export function classifyCount(
  left: string, right: string, sentenceNamesProjects: boolean, subject: string, token: NumberToken,
): Classified | null {
  const unit = token.unit;
  // Every rule below takes one of these units: "125次", "30人" are read no further.
  if (unit !== '个' && unit !== '项' && unit !== '家' && unit !== '户') return null;
  const direct = directMetric(right.slice(0, 16), 'count') ?? directMetric(left, 'count');
  if (direct) {
    if (COMPANY.test(subject) || PROJECT_SUBJECT.test(subject)) return null;
    if (direct === 'jobs' ? unit !== '个' : unit === '项') return null;
    return { metric: direct, family: null };
  }
  if ((unit !== '个' && unit !== '项') || !sentenceNamesProjects) return null;
  if (BENEFICIARY.test(left)) return null;
  const head = right.indexOf('项目');
  if (head >= 0 && NOT_PROJECT_HEAD.test(right.slice(head))) return null;
  if (COMPANY.test(left)) return null;
  const means = MEANS.test(left);
  const own = afterSubset(left);
  // After the number, the verb after 项目 says what happened to the projects counted ("20个储备
  // 项目提前开工" started); a stage word before 项目 only qualifies them ("106个新建谋划项目").
  const at = right.indexOf('项目');
  const verb = at >= 0 ? firstFamily(right.slice(at + 2))?.family : undefined;
  const strong = verb ?? firstFamily(right)?.family ?? headFamily(own) ?? firstFamily(own)?.family;
  if (!strong && NOT_PIPELINE.test(own + right)) return null;
  const weak = !strong && (WEAK_ONGOING.test(right) || WEAK_ONGOING.test(own));
  const fam = strong ?? (weak ? 'ongoing' : null) ?? (means ? 'planned' : null);
  if (!fam) return null;
  return { metric: familyMetric(fam, 'count'), family: fam, plannedMeans: means, weak };
}

export function classifyMoney(left: string, subject: string): { metric: Metric; family: Family | null } | 'inherit' | null {
  if (COMPANY.test(left)) return null;
  const direct = directMetric(left, 'money');
  // "某公司实现工业产值5亿元" is the company's output, not the zone's.
  if (direct) return COMPANY.test(subject) || PROJECT_SUBJECT.test(subject) ? null : { metric: direct, family: null };
  const tail = /(?:总)?签约$/.test(left) || MONEY_NOUN.test(left);
  if (!tail) return null;
  const fam = firstFamily(left);
  // "总投资X亿元" with no stage word of its own belongs to the count before (or after) it.
  if (!fam) return 'inherit';
  return { metric: familyMetric(fam.family, 'money'), family: fam.family };
}

/**
 * Whether "总投资X" belongs to the count before it: the nearest count before the amount is that
 * count, or the counts in between are its full breakdown ("19个,其中续建3个,新建12个,前期4个,
 * 总投资110.92亿元": 3+12+4 = 19). "98个…;其中产业项目77项,总投资101.23亿元" is the 77's.
 */
export function ownsAmount(t: string, count: NumberToken, amount: NumberToken, inSentence: readonly NumberToken[]): boolean {
  // Counts in parentheses are asides ("444项(打包项目拆分后共569项)"), not a breakdown.
  const between = inSentence.filter((k) => k.kind === 'count' && k.start > count.start && k.start < amount.start
    && !insideParentheses(t, k.start));
  if (between.length === 0) return true;
  const sum = between.reduce((a, k) => a + k.value, 0);
  return Math.abs(sum - count.value) < 1e-9;
}

function insideParentheses(t: string, at: number): boolean {
  const open = Math.max(t.lastIndexOf('(', at), t.lastIndexOf('（', at));
  const close = Math.max(t.lastIndexOf(')', at), t.lastIndexOf('）', at));
  return open > close && at - open < 60;
}

/** "10亿元以上项目", "投资过10亿元项目", "超亿元项目": an amount that classes projects. */
export function isSizeClass(t: string, k: NumberToken, all: readonly NumberToken[]): boolean {
  if (k.kind !== 'money') return false;
  const next = all.find((x) => x.start >= k.end);
  const right = t.slice(k.end, next ? next.start : k.end + 12);
  if (!/^(?:以上|以下)?(?:的)?(?:重点|产业|工业|重大|大)?(?:项目|企业)/.test(right)) return false;
  return /以上|以下/.test(t.slice(k.end - 2, k.end + 2)) || /[过超]$/.test(t.slice(k.start - 1, k.start)) || k.approx;
}
