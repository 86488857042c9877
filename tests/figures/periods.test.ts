import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../src/figures/periods.js';

const one = (s: string, year: number | null = 2026) => {
  const [p] = findPeriods(s, year);
  return p ? `${s.slice(p.start, p.end)} ${p.from ?? '_'}..${p.to ?? '_'}${p.weak ? ' weak' : ''}` : null;
};

describe('findPeriods', () => {
  it('resolves years and year ranges', () => {
    expect(one('2025年,')).toBe('2025年 2025..2025');
    expect(one('2021年~2023年,')).toBe('2021年~2023年 2021..2023');
    expect(one('2020—2022年')).toBe('2020—2022年 2020..2022');
    expect(one('2022年以来')).toBe('2022年以来 2022..2026');
  });
  it('resolves five-year plan periods', () => {
    expect(one('“十四五”期间')).toBe('“十四五”期间 2021..2025');
    expect(one('"十三五"时期')).toBe('"十三五"时期 2016..2020');
    expect(one('“十五五”以来', 2027)).toBe('“十五五”以来 2026..2027');
  });
  it('resolves quarters, halves and months with the issue year', () => {
    expect(one('一季度')).toBe('一季度 2026-Q1..2026-Q1');
    expect(one('前三季度')).toBe('前三季度 2026-Q1..2026-Q3');
    expect(one('上半年')).toBe('上半年 2026-Q1..2026-Q2');
    expect(one('下半年', 2023)).toBe('下半年 2023-Q3..2023-Q4');
    expect(one('2024年一季度')).toBe('2024年一季度 2024-Q1..2024-Q1');
    expect(one('1-5月')).toBe('1-5月 2026-01..2026-05');
    expect(one('2025年3月')).toBe('2025年3月 2025-03..2025-03');
  });
  it('resolves relative years and stock dates', () => {
    expect(one('今年以来')).toBe('今年以来 2026..2026');
    expect(one('当年')).toBe('当年 2026..2026');
    expect(one('去年')).toBe('去年 2025..2025');
    expect(one('截至目前')).toBe('截至目前 _..2026');
    expect(one('截至9月底', 2024)).toBe('截至9月底 _..2024-09');
    expect(one('截至2025年底')).toBe('截至2025年底 _..2025-12');
    expect(one('目前')).toBe('目前 _..2026');
    expect(one('年底')).toBe('年底 2026-12..2026-12');
    expect(one('累计')).toBe('累计 _..2026 weak');
  });
  it('resolves month ranges written with dots', () => {
    expect(one('(2024.3-2027.3)')).toBe('2024.3-2027.3 2024-03..2027-03');
  });
  it('leaves relative periods open when the issue year is unknown', () => {
    expect(one('今年', null)).toBe('今年 _.._');
  });
});

describe('findPeriods: first months', () => {
  it('reads 前N个月 as January to month N', () => {
    expect(one('前10个月')).toBe('前10个月 2026-01..2026-10');
    expect(one('2025年前三个月')).toBe('2025年前三个月 2025-01..2025-03');
  });
});

describe('findPeriods within ranges', () => {
  it('finds in each range what the whole text holds there (ranges cut at sentence ends)', () => {
    const text = '2024年1-3月,签约项目5个。截至12月底,完成投资3亿元。“十四五”期间累计投资20亿元;今年一季度开工项目2个。去年同期新增企业3家。';
    const all = findPeriods(text, 2025);
    const cuts = [0, text.indexOf('截'), text.indexOf('“'), text.indexOf('今'), text.indexOf('去'), text.length];
    for (let a = 0; a + 1 < cuts.length; a++) {
      for (let b = a + 1; b < cuts.length; b++) {
        const range = { start: cuts[a]!, end: cuts[b]! };
        const expected = all.filter((p) => p.start >= range.start && p.start < range.end);
        const found = findPeriods(text, 2025, [range]).filter((p) => p.start >= range.start && p.start < range.end);
        expect(found).toEqual(expected);
      }
    }
  });
});
