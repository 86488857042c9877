import { describe, expect, it } from 'vitest';
import { dateFromFileName, dateFromPageHeader, isIsoDate, issueDate } from '../../src/read/issue-date.js';
import { inferIssueYear } from '../../src/read/issue-year.js';
import { LineIndex } from '../../src/read/mapped-text.js';

describe('dateFromFileName', () => {
  it.each([
    ['bulletin-2026-01-20.txt', '2026-01-20'],
    ['20250930_zone_news.txt', '2025-09-30'],
    ['zone_2024_07_01.txt', '2024-07-01'],
    ['000_48818c0bb34f0121.txt', null],
    ['report-2026-13-01.txt', null],
  ])('%s → %s', (name, date) => expect(dateFromFileName(name)).toBe(date));
});

describe('inferIssueYear', () => {
  it('takes the year the text states as the present', () => {
    expect(inferIssueYear('2027年是“十五五”承上启下的关键之年,我们将在2028年建成新园区。')?.year).toBe(2027);
    expect(inferIssueYear('2024年截至目前,共签约项目8个。2023年共签约6个。')?.year).toBe(2024);
  });

  it('takes the latest year reported as done, not years of plans', () => {
    const t = '2024年,园区签约项目12个。2025年,园区将继续推进项目建设。项目预计于2026年年底建成。';
    expect(inferIssueYear(t)?.year).toBe(2024);
  });

  it('reads a year whose sentence is cut by a line break', () => {
    expect(inferIssueYear('2023年完成投资5亿元。2024\n年,开发区将\n加快建设。')?.year).toBe(2023);
  });

  it('falls back to 十五五开局 and gives up without any year', () => {
    expect(inferIssueYear('奋力实现“十五五”良好开局')?.year).toBe(2026);
    expect(inferIssueYear('近日,园区召开会议。')).toBeNull();
  });
});

describe('issueDate', () => {
  const text = '2025年,园区完成投资3亿元。';
  it('prefers --issued, then the file name, then the text (with a note)', () => {
    const lines = new LineIndex(text);
    expect(issueDate('a-2026-02-01.txt', '2026-03-05', text, lines)).toEqual({ issued: '2026-03-05', issueYear: 2026, diagnostics: [] });
    expect(issueDate('a-2026-02-01.txt', null, text, lines)).toEqual({ issued: '2026-02-01', issueYear: 2026, diagnostics: [] });
    const inferred = issueDate('a.txt', null, text, lines);
    expect(inferred.issueYear).toBe(2025);
    expect(inferred.diagnostics).toEqual([expect.objectContaining({ code: 'date.year-inferred', severity: 'info', file: 'a.txt', line: 1 })]);
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});

describe('dateFromPageHeader', () => {
  it('reads the issue date of a page header near the top', () => {
    expect(dateFromPageHeader('\n科学导报 2026年3月10日 星期二 第5版\n\n侯马经济开发区\n')).toEqual({ date: '2026-03-10', offset: 1 });
    expect(dateFromPageHeader('2025年9月30日 第12期\n')?.date).toBe('2025-09-30');
  });
  it('ignores dates inside sentences', () => {
    expect(dateFromPageHeader('科学导报 2026年3月10日,园区召开会议。\n')).toBeNull();
    expect(dateFromPageHeader('2026年3月10日\n')).toBeNull();
  });
});
