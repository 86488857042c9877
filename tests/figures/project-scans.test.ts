import { describe, expect, it } from 'vitest';
import { activityBesides, firstStage, modifierStage, STAGE_CUES } from '../../src/figures/project-stages.js';
import { countedBefore } from '../../src/figures/projects.js';
import { below, random, randomRange, randomText } from '../random.js';

/** Test oracles: the pattern countedBefore replaced, tried on a copy of the range; the test activityBesides replaced. */
const ACTIVITY = /签约|签订|落户|开工|动工|开建|启动|竣工|投产|达效|建成|完工|在建|建设|施工|工地|现场|塔吊|推进|谋划|储备|预审|审批|落地|共建/;
const COUNTED_BEFORE = /\d\s*(?:个|项|家)$|[一二两三四五六七八九十百]+(?:个|项)$/;


describe('countedBefore', () => {
  it('reads counts said before a name', () => {
    const t = '新签约27个项目,重点项目三项';
    expect(countedBefore(t, 0, 6)).toBe(true); // 新签约27个
    expect(countedBefore(t, 8, t.length)).toBe(true); // 重点项目三项
    expect(countedBefore(t, 0, 3)).toBe(false);
    expect(countedBefore('第 5 家', 3, 5)).toBe(false); // the digit is outside the range
  });
  it('equals the pattern on random ranges of random text', () => {
    const next = random(11);
    const alphabet = ['1', '9', ' ', '\t', '\u3000', '\u00a0', '个', '项', '家', '三', '百', '两', '签', '约', ',', 'a'];
    for (let round = 0; round < 5000; round++) {
      const t = randomText(next, alphabet, 8);
      const [from, to] = randomRange(next, t.length);
      expect(countedBefore(t, from, to), JSON.stringify({ t, from, to })).toBe(COUNTED_BEFORE.test(t.slice(from, to)));
    }
  });
});

describe('activityBesides', () => {
  it('finds a stage word outside the name, also one made by taking the name out', () => {
    const besides = (clause: string, name: string): boolean => activityBesides(clause, 0, clause.length, name);
    expect(besides('新建设施项目开工', '设施项目')).toBe(true); // 开工 after the name
    expect(besides('签甲项目约', '甲项目')).toBe(true); // 签 + 约 meet
    expect(besides('建设项目', '建设项目')).toBe(false);
    expect(activityBesides('开工,甲项目施', 3, 7, '甲项目')).toBe(false); // 开工 and 施工 run past the clause
    expect(activityBesides('开工,甲项目施工', 3, 8, '甲项目')).toBe(true);
  });
  it('equals testing the clause with the name replaced away, on random clauses and names', () => {
    const next = random(13);
    const alphabet = ['签', '约', '开', '工', '建', '设', '项', '目', '甲', ','];
    for (let round = 0; round < 5000; round++) {
      const clause = randomText(next, alphabet, 10);
      const at = below(next, clause.length + 1);
      const name = next() < 0.8 ? clause.slice(at, at + 1 + below(next, 4)) : '甲项目';
      expect(activityBesides(clause, 0, clause.length, name), JSON.stringify({ clause, name })).toBe(ACTIVITY.test(clause.replace(name, '')));
      // The same clause as a range of a longer text.
      const [from, to] = randomRange(next, clause.length);
      const part = clause.slice(from, to);
      expect(activityBesides(clause, from, to, name), JSON.stringify({ clause, from, to, name })).toBe(ACTIVITY.test(part.replace(name, '')));
    }
  });
});

/** Test oracles: the stage cues as they were, one regex per stage, tried on a copy of the range. */
const OLD_STAGE_CUES: readonly { re: RegExp; stage: string }[][] = [[
  { re: /签约|签订|落户/, stage: 'signed' },
  { re: /竣工|投产|达效|建成|完工|投用|搭建/, stage: 'completed' },
  { re: /开工|动工|开建|启动|铺开/, stage: 'started' },
  { re: /谋划|储备|预审|前期|共建/, stage: 'planned' },
  { re: /在建|建设|施工|推进|实施/, stage: 'ongoing' },
], [
  { re: /工地|现场|塔吊|投入/, stage: 'ongoing' },
]];
function oldFirstStage(cues: readonly { re: RegExp; stage: string }[], part: string): string | null {
  let best: { stage: string; index: number } | null = null;
  for (const { re, stage } of cues) {
    const x = re.exec(part);
    if (x && (!best || x.index < best.index)) best = { stage, index: x.index };
  }
  return best?.stage ?? null;
}
const OLD_MODIFIERS = [
  { re: /(?:签约|签订|落户)的/g, stage: 'signed' },
  { re: /(?:竣工|投产|建成|完工|投用)的/g, stage: 'completed' },
  { re: /(?:开工|动工|开建)的/g, stage: 'started' },
  { re: /在建的/g, stage: 'ongoing' },
];
function oldModifierStage(t: string, from: number, to: number): { stage: string; end: number } | null {
  const before = t.slice(from, to);
  let best: { stage: string; end: number } | null = null;
  for (const { re, stage } of OLD_MODIFIERS) {
    re.lastIndex = 0;
    for (let x = re.exec(before); x; x = re.exec(before)) {
      const end = from + x.index + x[0].length;
      if (!best || end > best.end) best = { stage, end };
    }
  }
  return best;
}

describe('stage words', () => {
  const alphabet = ['签', '约', '开', '工', '建', '设', '在', '现', '场', '投', '入', '产', '的', '甲', ',', '签约', '在建的', '投产的'];
  it('find the first stage word of a range, as one regex per stage did', () => {
    const next = random(29);
    for (let round = 0; round < 5000; round++) {
      const t = randomText(next, alphabet, 12);
      const [from, to] = randomRange(next, t.length);
      for (let g = 0; g < STAGE_CUES.length; g++) {
        expect(firstStage(STAGE_CUES[g]!, t, from, to), JSON.stringify({ t, from, to, g })).toBe(oldFirstStage(OLD_STAGE_CUES[g]!, t.slice(from, to)));
      }
    }
  });
  it('find the last modifier before a name, as the global regexes did', () => {
    expect(modifierStage('本次签约的甲项目', 0, 5)).toEqual({ stage: 'signed', end: 5 });
    expect(modifierStage('本次签约的甲项目', 3, 8)).toBeNull(); // 签约 starts before the range
    const next = random(31);
    for (let round = 0; round < 5000; round++) {
      const t = randomText(next, alphabet, 12);
      const [from, to] = randomRange(next, t.length);
      expect(modifierStage(t, from, to), JSON.stringify({ t, from, to })).toEqual(oldModifierStage(t, from, to));
    }
  });
});
