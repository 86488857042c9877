import { describe, expect, it } from 'vitest';
import { RULES, execNear } from '../../src/figures/periods.js';
import { random, randomRange, randomText } from '../random.js';


const PIECES = ['2025', '2023.10', '年', '月', '1', '12', '-', '至', '截至', '底', '一季度', '上半年', '今年', '以来', '去年', '全年',
  '年底', '“', '十四五', '”', '期间', '前', '三', '个月', '目前', '现有', '累计', '。', ',', '较', '签约项目', '本年度', '明年', '度'];

describe('execNear', () => {
  it('finds what the rule\'s plain search from the same place finds, for every rule (test oracle: re.exec)', () => {
    const next = random(5);
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, PIECES, 24);
      const [from, last] = randomRange(next, text.length);
      for (const { re, need } of RULES) {
        re.lastIndex = from;
        const plain = re.exec(text);
        const expected = plain && plain.index < last ? [plain.index, plain[0]] : null;
        re.lastIndex = from;
        const near = execNear(re, text, need, last);
        const got = near && near.index < last ? [near.index, near[0]] : null;
        expect(got, JSON.stringify({ text, from, last, re: re.source })).toEqual(expected);
      }
    }
  });
});
