// Stage and activity words: the stage the words around a project's name say, and whether anything is done to it.
import type { Stage } from '../types.js';
import { PairWords } from './word-list.js';

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
