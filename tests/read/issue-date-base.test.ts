// The issue-date stage was rewritten for speed (scans by char codes in place of RegExps and
// slices); its answers must not change. These tests compare it with the frozen implementation it
// replaced (issue-date-base.ts) on random texts made of the words its rules read.
import { describe, expect, it } from 'vitest';
import * as base from './issue-date-base.js';
import { dateFromPageHeader, issueDate } from '../../src/read/issue-date.js';
import { reasonIssueYear } from '../../src/read/issue-year.js';
import { latestEventMonth } from '../../src/read/year-cues.js';
import { runningText } from '../../src/read/cue-text.js';
import { LineIndex } from '../../src/read/mapped-text.js';
import { below, random, randomText } from '../random.js';

/** Words every rule of the reasoning reads, written for these tests, and what cuts them. */
const WORDS = [
  // years, spans, dates, parts of a year
  '2024年', '2025年', '2026年', '1998年', '2023', '年', '20', '24年', '2021年至2023年', '2022~2024年', '2021-2025年', '2020—2022年',
  '2024年12月', '2025年3月', '12月', '3月5日', '11月20日', '1月6日', '12月29日', '7月', '5日', '.2025年', '12025年', '2025.',
  '今年', '去年', '明年', '今年以来', '今年(2025年)', '去年(2024年)', '明年(2026年)', '(今年)', '（去年）', '(', '（', ')',
  '上半年', '下半年', '一季度', '第一季度', '第四季度', '四季度', '前三季度', '全年', '年底', '年末', '年度', '度',
  '1-8月', '1—12月', '1至6月', '前三个月', '前8个月', '前十个月', '截至8月底', '截止9月末', '截至目前', '以来', '起', '开始', '之前', '前',
  '十四五', '“十四五”', '十五五', '“十五五”规划的', '十三五', '十六五', '十', '五', '开局之年', '收官之年', '良好开局', '开好局', '开局', '起步', '收官', '期间',
  // what the rules look for around a year
  '是', '为', '关键一年', '攻坚之年', '之年', '完成', '实现', '累计', '分别', '共', '共计', '同比', '已', '已经完成', '圆满完成', '超额完成', '达到',
  '将', '计划', '预计', '力争', '目标', '争取', '到2030', '规划', '展望', '确保', '拟', '下一步', '交付', '封顶', '建成后', '要', '要求',
  '谋划', '谋划的', '储备', '年度计划', '工作计划', '工作要点', '计划投资', '预算草案', '行动计划', '三年', '纲要',
  '召开', '举行', '举办', '参加', '组织', '工作会议', '述职评议会', '总结会', '大会', '部署会', '动员', '启动', '谋划会', '洽谈会', '第一次党工委会议',
  '评为', '被评为', '获评', '荣获', '授予', '入选', '先进', '优秀', '称号', '示范', '荣誉', '表彰', '考核',
  '较', '比', '相比', '对比', '提升至', '增加到', '增长', '增至', '跃升', '的', '回顾', '回望', '过去一年', '过去的一年', '印发', '出台',
  '提出', '明确', '强调', '指出', ':', '：', '“', '”', '《', '》', '、',
  // figures and filler
  '签约项目', '8个', '12家', '3.5亿元', '19.3亿元', '9项', '6件', '4次', '30户', '12人', '5名', '8万', '2吨', '50亩', '15%', '余', '多', '元',
  '园区', '开发区', '项目建设', '会议指出', '企业', '产值', '投资', '会议',
  // punctuation, blanks and breaks
  ',', ',', '，', '。', '。', ';', '；', '!', '！', '?', '？', '.', '-', '~', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' ', '  ', '\t', '\u3000', '\u00a0',
  '２０２５', '２', '\n \n', '\n\n项目进展顺利。\n\n', '\n\n上半年,', '!上半年,', '?今年以来,', '\ud83d', '\ud83d\ude00',
];

/** A page-header line, for the header and the month tests. */
const HEADERS = ['科技导报 2025年3月4日 星期二 第2版\n', '园区周刊 2024 年 12 月 30 日 第8期\n', '２０２６年１月５日 周一\n', '开发区报，2025年1月1日\n', ''];

function randomPage(next: () => number): string {
  return (below(next, 4) === 0 ? HEADERS[below(next, HEADERS.length)]! : '') + randomText(next, WORDS, 80);
}

describe('the issue-date stage against the implementation it replaced', () => {
  it('reasons the same year, in the same words, from the same cues', () => {
    const next = random(2024);
    for (let round = 0; round < 6000; round++) {
      const text = randomPage(next);
      expect(reasonIssueYear(text), text).toEqual(base.reasonIssueYear(text));
    }
  });

  it('makes the same running text, cue sentences only and whole', () => {
    const next = random(77);
    for (let round = 0; round < 3000; round++) {
      const text = randomPage(next);
      for (const every of [false, true]) {
        const fast = runningText(text, every);
        const slow = base.runningText(text, every);
        expect(fast.text, text).toBe(slow.text);
        expect(Array.from(fast.map), text).toEqual(Array.from(slow.map));
      }
    }
  });

  it('reads the same month of events and the same page header', () => {
    const next = random(9);
    for (let round = 0; round < 3000; round++) {
      const text = randomPage(next);
      expect(latestEventMonth(text), text).toBe(base.latestEventMonth(text));
      expect(dateFromPageHeader(text), text).toEqual(base.dateFromPageHeader(text));
    }
  });

  // The guards before the rules' RegExps look a fixed distance before or after a year: words
  // at every distance around it, with and without a comma, 。 or digit in between.
  it('reasons the same at every distance of a word from the year', () => {
    const fillers = ['园', '区', ',', '。', '5', '度', '项'];
    const next = random(3);
    const far = (k: number) => Array.from({ length: k }, () => (below(next, 5) === 0 ? fillers[below(next, fillers.length)] : '园')).join('');
    for (const word of ['召开', '举行', '参加', '评为', '获评', '谋划', '储备', '将', '计划', '到', '建成后', '提升至', '较', '回顾', '《']) {
      for (let k = 0; k <= 16; k++) {
        for (const tail of ['', '度先进园区', '工作会议', ',签约项目8个', '的12亿元']) {
          const text = `${word}${far(k)}2025年${tail}。2024年,园区完成投资5亿元。`;
          expect(reasonIssueYear(text), text).toEqual(base.reasonIssueYear(text));
        }
      }
    }
    for (const word of ['谋划', '年度计划', '工作计划', '工作要点', '计划投资', '预算草案', '将', '力争', '要', '工作会议', '先进', '完成', '分别', '截至目前', '之年']) {
      for (let k = 0; k <= 16; k++) {
        for (const head of ['', '召开', '评为', ',', '“']) {
          for (const lead of ['', '度', ',', '是']) {
            const text = `${head}2025年${lead}${far(k)}${word}12个。2024年,园区完成投资5亿元。`;
            expect(reasonIssueYear(text), text).toEqual(base.reasonIssueYear(text));
          }
        }
      }
    }
  });

  // Years, spans and dates are found from their 年 and 月 by char codes: digit-heavy texts.
  it('finds the same years, spans, dates and plan periods among digits', () => {
    const pieces = ['1', '2', '0', '9', '5', '19', '20', '2025', '2024', '年', '年', '月', '日', '.', '-', '~', '—', '至', '到', ',', '。', '\n\n',
      '今', '明', '去', '“', '十', '四', '五', '十四五', '十五五', '开局', '以来', '期间', '累计', '完成', '园区'];
    const next = random(123);
    for (let round = 0; round < 6000; round++) {
      const text = randomText(next, pieces, 40);
      expect(latestEventMonth(text), text).toBe(base.latestEventMonth(text));
      expect(reasonIssueYear(text), text).toEqual(base.reasonIssueYear(text));
    }
  });

  it('gives the same issue date and diagnostics', () => {
    const next = random(31);
    for (let round = 0; round < 1000; round++) {
      const text = randomPage(next);
      const lines = new LineIndex(text);
      expect(issueDate('p.txt', null, text, lines), text).toEqual(base.issueDate('p.txt', null, text, lines));
    }
  });
});
