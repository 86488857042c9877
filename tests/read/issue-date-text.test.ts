import { describe, expect, it } from 'vitest';
import { foldWidths, normaliseNewlines, rewrite, sourceView, type MappedText } from '../../src/read/mapped-text.js';
import { reasonIssueYear, reasonOver } from '../../src/read/issue-year.js';
import { runningText } from '../../src/read/cue-text.js';
import { random, randomText } from '../random.js';

/** Test oracle: what runningText(text, true) must equal — the mapped-text steps it replaced. */
function composed(text: string): MappedText {
  const view = normaliseNewlines(sourceView(foldWidths(text)));
  const joined = rewrite(view, /[ \t]*\n(?:[ \t]*\n)*[ \t]*/g, (m) => (m[0].split('\n').length > 2 ? '\n' : ''));
  return rewrite(joined, /[ \t]+(?=[\d年月日])|(?<=[\d年月日])[ \t]+/g, () => '');
}

describe('runningText (issue date)', () => {
  it('joins cut lines, keeps a blank line as one break, folds widths, glues blanks to digits and 年月日', () => {
    const text = '开发区２０２\r\n3 年签约项目，\n\n\u3000 园区 完成 投资 5 亿元。';
    const view = runningText(text, true);
    expect(view.text).toBe('开发区2023年签约项目,\n园区 完成 投资5亿元。');
    expect(Array.from(view.map)).toEqual(Array.from(composed(text).map));
  });

  it('equals the mapped-text steps on random text', () => {
    const next = random(11);
    const alphabet = ['\ufeff', '年', '月', '日', '签', '约', '2', '0', '.', ' ', ' ', '\t', '\n', '\n', '\r', '\r\n', 'a', '\u3000', '\u00a0', '２', '，', '\ud83d\ude00', '\ud83d', ',', '。'];
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, alphabet, 40);
      const fast = runningText(text, true);
      const slow = composed(text);
      expect(fast.text).toBe(slow.text);
      expect(Array.from(fast.map)).toEqual(Array.from(slow.map));
    }
  });

  it('keeps only the sentences that can hold a cue, each after the character that ends the one before', () => {
    const text = '园区召开会议。\n\n2025年,园区签约项目9个!企业投产。项目进展顺利;3月5日,项目开工。\n\n“十四\n五”以来,园区发展迅速。';
    const view = runningText(text);
    expect(view.text).toBe('\n2025年,园区签约项目9个;3月5日,项目开工\n“十四五”以来,园区发展迅速');
    expect(view.map[1]).toBe(text.indexOf('2025'));
    expect(view.map[view.text.indexOf(';')]).toBe(text.indexOf(';'));
    expect(view.map[view.text.indexOf('“')]).toBe(text.indexOf('“'));
  });

  it('keeps a sentence that only dates an event: the page\'s month decides', () => {
    const text = '2024年,园区签约项目9个。今年以来,园区新开工项目3个。\n\n11月20日,项目投产。';
    expect(reasonIssueYear(text).year).toBe(2024);
    expect(reasonIssueYear(text.slice(0, text.indexOf('\n'))).year).toBe(2025);
  });

  // A review of 2024 is followed by a running-year figure in a sentence of its own, which only
  // its one cue word can keep; after ! (not a clause start for the rules) 上半年 is no such figure.
  it.each([
    ['上半年,园区新开工项目9个。', 2025],
    ['前三个月,园区新开工项目9个。', 2025],
    ['1-8月,园区新开工项目9个。', 2025],
    ['今年以来,园区新开工项目9个。', 2025],
    ['一季度,园区新开工项目9个。', 2025],
    ['园区发展迅速!上半年,园区新开工项目9个。', 2024],
  ])('keeps the sentence «%s» apart from the year', (sentence, year) => {
    expect(reasonIssueYear(`2024年,园区完成投资5亿元。\n\n${sentence}`).year).toBe(year);
  });

  it('reads the page\'s month when a next year\'s programme follows a year gone by', () => {
    expect(reasonIssueYear('1月5日,园区召开会议。2025年3月,项目投产。园区谋划储备2026年项目12个。').year).toBe(2026);
    expect(reasonIssueYear('5月5日,园区召开会议。2025年3月,项目投产。园区谋划储备2026年项目12个。').year).toBe(2025);
  });

  it('gives the reasoning on every paragraph the same result as on the cue paragraphs alone', () => {
    const next = random(5);
    // Words of the reasoning's rules, paragraphs that name no year or date, and breaks that cut them.
    const words = [
      '2024年', '2025年', '2023', '年', '20', '24年', '2021年至2023年', '2024年12月', '3月5日', '11月20日', '1月6日', '今年以来', '去年(2024年)',
      '上半年', '一季度', '第四季度', '1-8月', '截至8月底', '前三季度', '“十四五”', '十五五', '开局之年', '良好开局', '期间', '累计', '以来', '收官',
      '是', '关键之年', '截至目前', '完成', '实现', '签约项目', '8个', '12家', '3.5亿元', '将', '计划', '力争', '谋划', '储备', '年度计划',
      '召开', '工作会议', '述职评议会', '评为', '度先进', '较', '同比', '提升至', '的', '分别', '回顾', '《', '》', '行动计划',
      '园区', '开发区', '项目建设', '会议指出', ',', ',', '。', '。', ';', '!', '\n', '\n\n', '\r\n\r\n', ' ', '\u3000', '２０２５', '，',
      '\n\n', '\n \n', '\n\n项目进展顺利。\n\n', '\n\n企业', '产值',
      '\n\n12月29日', '\n\n3月5日', '\n\n上半年,', '\n\n一季度,', '\n\n十四五', '!上半年,', '?今年以来,', '前三个月,', '1-8月,',
    ];
    for (let round = 0; round < 1500; round++) {
      const text = randomText(next, words, 60);
      const all = reasonOver(runningText(text, true));
      expect(reasonIssueYear(text)).toEqual(all);
    }
  });
});
