import { describe, expect, it } from 'vitest';
import { activityBesides, countedBefore } from '../../src/figures/projects.js';
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
    expect(activityBesides('新建设施项目开工', '设施项目')).toBe(true); // 开工 after the name
    expect(activityBesides('签甲项目约', '甲项目')).toBe(true); // 签 + 约 meet
    expect(activityBesides('建设项目', '建设项目')).toBe(false);
  });
  it('equals testing the clause with the name replaced away, on random clauses and names', () => {
    const next = random(13);
    const alphabet = ['签', '约', '开', '工', '建', '设', '项', '目', '甲', ','];
    for (let round = 0; round < 5000; round++) {
      const clause = randomText(next, alphabet, 10);
      const from = below(next, clause.length + 1);
      const name = next() < 0.8 ? clause.slice(from, from + 1 + below(next, 4)) : '甲项目';
      expect(activityBesides(clause, name), JSON.stringify({ clause, name })).toBe(ACTIVITY.test(clause.replace(name, '')));
    }
  });
});
