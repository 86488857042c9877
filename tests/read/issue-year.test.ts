// The issue year reasoned from how a page speaks of the years it prints: one case per rule, each
// with sentences written for this test (zone news style, own figures).
import { describe, expect, it } from 'vitest';
import { issueDate } from '../../src/read/issue-date.js';
import { inferIssueYear, reasonIssueYear } from '../../src/read/issue-year.js';
import { latestEventMonth } from '../../src/read/year-cues.js';
import { LineIndex } from '../../src/read/mapped-text.js';

const year = (text: string) => reasonIssueYear(text).year;

describe('a year spoken of as the present fixes the issue year', () => {
  it.each([
    ['2027年是“十五五”攻坚之年,开发区将扩建标准厂房。2026年,开发区完成投资12亿元。', 2027],
    ['2024年截至目前,园区新签约项目9个。2023年共签约7个。', 2024],
    ['3月6日,园区举行2025年一季度重点项目集中签约活动,签约项目6个。', 2025],
    ['2026年1-5月,开发区规上工业产值完成41.2亿元。2025年,开发区完成投资30亿元。', 2026],
    ['今年(2025年)以来,开发区签约项目11个。', 2025],
  ])('%s → %i', (text, y) => expect(year(text)).toBe(y));

  it('an in-year period in a forecast says nothing', () => {
    expect(year('该项目力争2027年一季度投产。')).toBeNull();
  });
});

describe('a reviewed year: that year, or the next when the page also reports 今年 figures', () => {
  it('a year\'s totals alone: that year', () => {
    expect(year('2024年,开发区完成工业投资16.5亿元,同比增长9%。')).toBe(2024);
  });
  it('a year\'s totals beside 今年以来 figures: the next year', () => {
    const r = reasonIssueYear('2024年,开发区完成工业投资16.5亿元。今年以来,开发区新入库项目6个,总投资21亿元。');
    expect(r.year).toBe(2025);
    expect(r.reason).toContain('今年以来,开发区新入库项目6个');
  });
  it('the end of a series (提升至2022年的) beside 今年以来 figures: the next year', () => {
    expect(year('规上企业从2019年的14家增加至2022年的31家。今年以来,新增规上企业3家。')).toBe(2023);
  });
  it('per-year values (2020年至2022年…分别) end with a finished year', () => {
    expect(year('2020年至2022年,园区新开工项目分别为6个、9个、13个。今年以来,新开工项目5个。')).toBe(2023);
  });
  it('a 今年 target is not a 今年 figure', () => {
    expect(year('2024年,开发区签约项目18个。今年,开发区力争签约项目25个。')).toBe(2024);
  });
  it('a total over a span (2021~2025年,共…) runs up to now: its last year stays', () => {
    expect(year('2021年~2025年,园区共办理代办事项210件。今年以来,园区办理代办事项37件。')).toBe(2025);
  });
  it('Y年以来 is a start, not a review: 今年 figures beside it do not move the year', () => {
    expect(year('2023年以来,园区累计引进项目41个。今年以来,园区引进项目9个。')).toBe(2023);
  });
  it('on a November or December page 今年 and the reviewed year may be the same', () => {
    expect(year('11月28日,园区召开会议。2023年,园区完成投资15亿元。今年以来,园区签约项目14个。')).toBe(2023);
  });
  it('a base of comparison (较2023年同期) is a year gone by', () => {
    expect(year('今年上半年,园区签约额较2023年同期增长18%。')).toBe(2024);
  });
  it('early in a year, a page reviewing the last year and quoting the new programme is from the new year', () => {
    expect(year('2月6日,园区召开大会。2024年,园区完成投资22亿元。2025年,园区计划新开工项目30个。')).toBe(2025);
    expect(year('8月6日,园区召开大会。2024年,园区完成投资22亿元。2025年,园区计划新开工项目30个。')).toBe(2024);
  });
  it('a fair or a numbered session named for a year happens in that year', () => {
    expect(year('5月20日,开发区参加2025年中国投资贸易洽谈会,签约项目3个。')).toBe(2025);
  });
  it('“十四五”期间 totals review the period; set aside when firmer words say otherwise', () => {
    expect(year('“十四五”期间,园区累计签约项目86个。')).toBe(2025);
    const r = reasonIssueYear('2023年截至目前,园区签约项目8个。“十四五”期间,园区累计签约项目26个。');
    expect(r.year).toBe(2023);
    expect(r.reason).toContain('set aside');
  });
  it('a part of the running year heading a clause (一季度,…) counts as a 今年 figure', () => {
    expect(year('5月9日,园区召开会议。2024年,园区实现规上工业总产值64亿元。一季度,园区签约项目7个。')).toBe(2025);
  });
  it('a year\'s results reviewed on a January or February page: that year is over', () => {
    expect(year('1月7日,园区召开2024年度工作总结大会。2024年,园区新签约项目37个。')).toBe(2025);
    expect(year('6月7日,园区召开大会。2024年,园区新签约项目37个。')).toBe(2024);
  });
  it('an honour for a year (被评为2023年度…先进) is awarded after it', () => {
    expect(year('园区被评为2023年度全省开发区考核先进单位。')).toBe(2024);
  });
  it('a later year reported as done outweighs the reviewed one', () => {
    expect(year('工业投资从2020年的5.1亿元提升至2023年的9.4亿元。2024年3月,园区获批省级高新区。今年以来,新增企业8家。')).toBe(2024);
  });
  it('a year heading its figures is a review too', () => {
    expect(year('2024年,园区新增入驻企业12家。今年以来,新增8家。')).toBe(2025);
  });
});

describe('a year whose last months are reported as done is over', () => {
  it('Y年12月 / 第四季度 done: the next year', () => {
    expect(year('园区于2023年12月通过省级化工园区认定。')).toBe(2024);
    expect(year('会议传达了市委2025年第四季度工作会议精神。')).toBe(2026);
  });
  it('a start (2023年下半年以来) or a deadline (2024年底前) closes nothing', () => {
    expect(year('9月4日,园区召开会议。2023年下半年以来,园区新签约项目6个。')).toBe(2023);
    expect(year('园区污水处理厂于2024年底前投入运行。')).toBe(2024);
  });
  it('on a November or December page the year may still be running', () => {
    expect(year('12月8日,园区召开会议。园区于2023年12月通过省级化工园区认定。')).toBe(2023);
  });
  it('去年(2024年) and 明年(2026年) name the year around the present', () => {
    expect(year('去年(2024年),开发区签约项目20个。')).toBe(2025);
    expect(year('开发区将在明年(2026年)建成研发中心。')).toBe(2025);
  });
});

describe('a programme named for a year is prepared the year before, or quoted at its start', () => {
  it('谋划 next year\'s projects on an autumn page: the year before', () => {
    const text = '10月20日,榆次经济开发区召开2026年项目谋划推进会,已谋划储备2026年项目64个。';
    const r = reasonIssueYear(text);
    expect(r.year).toBe(2025);
    expect(r.reason).toContain('month 10');
  });
  it('a programme meeting on a January page: that year', () => {
    expect(year('1月12日,开发区组织召开2026年重点工作谋划会。')).toBe(2026);
  });
  it('a programme quoted on a page of the first half year is the running one', () => {
    expect(year('5月16日,园区召开会议。2025年,园区计划实施重点项目48个,目前已开工19个。')).toBe(2025);
  });
  it('a programme without any event date: the year before', () => {
    expect(year('开发区已谋划储备2025年项目40个,总投资180亿元。')).toBe(2024);
  });
  it('a meeting that opens a year (召开2025年安全生产工作会议) on a spring page: that year', () => {
    expect(year('4月9日,开发区召开2025年安全生产工作会议。')).toBe(2025);
  });
  it('a review meeting (2024年度…述职评议会) reviews that year', () => {
    expect(year('1月10日,开发区召开2024年度党建述职评议会。今年以来,开发区走访企业30家。')).toBe(2025);
  });
  it('“十五五”良好开局: the first year of the plan, or the autumn before it', () => {
    expect(year('奋力实现“十五五”良好开局。')).toBe(2026);
    expect(year('11月3日,开发区召开会议,为“十五五”开好局打下基础。')).toBe(2025);
  });
  it('a document title names its year but not the page\'s: quoted from the year before on', () => {
    expect(year('1月9日,园区召开大会。园区印发《2025年招商引资工作要点》。2025年,园区签约项目31个,总投资96亿元。')).toBe(2026);
    expect(year('园区出台《2025年招商引资工作方案》。')).toBe(2024);
    expect(year('园区编制了《园区发展规划(2021-2025年)》。')).toBeNull();
  });
  it('a programme that contradicts the present is set aside, and said so', () => {
    const r = reasonIssueYear('2026年是“十五五”开局之年。会议听取了2025年年度计划执行情况的汇报。');
    expect(r.year).toBe(2026);
    expect(r.reason).toContain('set aside');
  });
  it('a target reported as met is not a forecast', () => {
    expect(year('截至目前,园区累计签约38亿元,2022年招商引资目标任务已圆满完成。')).toBe(2022);
  });
});

describe('no year, or years that disagree: null', () => {
  it('forecasts alone say nothing of the present', () => {
    expect(year('项目预计于2028年建成投产。')).toBeNull();
    expect(reasonIssueYear('项目预计于2028年建成投产。').reason).toContain('forecasts or targets');
    expect(year('到2030年,园区工业总产值力争突破500亿元。')).toBeNull();
  });
  it('a page that prints no year', () => {
    const r = reasonIssueYear('9月12日,开发区召开三季度项目推进会。今年以来,开发区新开工项目14个。');
    expect(r).toMatchObject({ year: null, conflict: false, cues: [] });
    expect(inferIssueYear('9月12日,开发区召开三季度项目推进会。')).toBeNull();
  });
  it('two years each spoken of as the present', () => {
    const r = reasonIssueYear('2024年截至目前,园区签约项目8个。2025年一季度,园区签约项目3个。');
    expect(r.year).toBeNull();
    expect(r.conflict).toBe(true);
    expect(r.reason).toContain('2024年截至目前');
  });
  it('issueDate reports the conflict as a warning and leaves the year open', () => {
    const text = '2024年截至目前,园区签约项目8个。\n2025年一季度,园区签约项目3个。\n';
    const d = issueDate('x.txt', null, text, new LineIndex(text));
    expect(d.issueYear).toBeNull();
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'date.year-conflict', severity: 'warning', file: 'x.txt' })]);
  });
});

describe('evidence points into the source', () => {
  it('reads a year cut by line breaks and names the line of the deciding words', () => {
    const text = '近年来,园区稳步发展。\n工业投资从2020年的4.2亿元提升至20\n23年的8.8亿元。\n\n今年以来,园区入库项目7个。\n';
    const d = issueDate('p.txt', null, text, new LineIndex(text));
    expect(d.issueYear).toBe(2024);
    expect(d.diagnostics).toEqual([expect.objectContaining({ code: 'date.year-inferred', line: 2 })]);
    const guess = inferIssueYear(text);
    expect(guess?.evidence).toContain('提升至2023年的');
    expect(text.slice(guess!.offset).replace(/\n/g, '').startsWith(guess!.evidence)).toBe(true);
  });
  it('reads full-width digits', () => {
    expect(year('２０２３年，开发区完成投资１２亿元。今年以来，开发区签约项目９个。')).toBe(2024);
  });
});

describe('latestEventMonth', () => {
  it('is the latest M月D日, except that a January page may report late-December events', () => {
    expect(latestEventMonth('7月3日,会议召开。7月15日,项目开工。')).toBe(7);
    expect(latestEventMonth('12月29日,项目投产。1月6日,会议召开。')).toBe(1);
    expect(latestEventMonth('截至8月底,产值完成20亿元。')).toBeNull();
  });
});
