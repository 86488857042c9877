import { describe, expect, it } from 'vitest';
import { PeriodError, commonPeriod, isReportPeriod, monthInPeriod, parseReportPeriod, periodFromOptions, periodKey } from '../../src/period.js';

describe('report periods', () => {
  it('parses a month, a quarter and a year with their first and last days and Chinese labels', () => {
    expect(parseReportPeriod('month', '2024-02')).toEqual({ kind: 'month', key: '2024-02', start: '2024-02-01', end: '2024-02-29', label: '2024年2月' });
    expect(parseReportPeriod('month', '2026-1')).toMatchObject({ key: '2026-01', end: '2026-01-31' });
    expect(parseReportPeriod('quarter', '2026-Q1')).toEqual({ kind: 'quarter', key: '2026-Q1', start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' });
    expect(parseReportPeriod('quarter', '2025q4')).toMatchObject({ key: '2025-Q4', start: '2025-10-01', end: '2025-12-31', label: '2025年第四季度' });
    expect(parseReportPeriod('year', '2025')).toEqual({ kind: 'year', key: '2025', start: '2025-01-01', end: '2025-12-31', label: '2025年' });
  });

  it('rejects malformed keys with a message that shows the expected form', () => {
    expect(() => parseReportPeriod('month', '2026-13')).toThrow(PeriodError);
    expect(() => parseReportPeriod('month', '202601')).toThrow(/YYYY-MM/);
    expect(() => parseReportPeriod('quarter', '2026-Q5')).toThrow(/YYYY-Qn/);
    expect(() => parseReportPeriod('year', '25')).toThrow(/YYYY/);
  });

  it('compares figure periods by the days they cover, not by how they are printed', () => {
    const q1 = parseReportPeriod('quarter', '2026-Q1');
    expect(isReportPeriod({ label: '一季度', from: '2026-Q1', to: '2026-Q1' }, q1)).toBe(true);
    expect(isReportPeriod({ label: '1-3月', from: '2026-01', to: '2026-03' }, q1)).toBe(true);
    expect(isReportPeriod({ label: '2026年', from: '2026', to: '2026' }, q1)).toBe(false);
    expect(periodKey({ label: '今年', from: '2025', to: '2025' })).toBe(periodKey({ label: '2025年', from: '2025', to: '2025' }));
    expect(periodKey({ label: '截至目前', from: null, to: '2023' })).toBe('?..2023-12-31');
    expect(monthInPeriod('2026-03', q1)).toBe(true);
    expect(monthInPeriod('2026-04', q1)).toBe(false);
  });

  it('takes exactly one of --month, --quarter, --year', () => {
    expect(periodFromOptions({ quarter: '2026-Q2' }).key).toBe('2026-Q2');
    expect(() => periodFromOptions({})).toThrow(/choose the period/);
    expect(() => periodFromOptions({ month: '2026-01', year: '2026' })).toThrow(/one period only.*--month and --year/);
  });

  it('gives one label to periods printed differently over the same days', () => {
    expect(commonPeriod([{ label: '今年', from: '2025', to: '2025' }, { label: '2025年', from: '2025', to: '2025' }]).label).toBe('2025年');
    expect(commonPeriod([{ label: 'a', from: '2021', to: '2025' }, { label: 'b', from: '2021', to: '2025' }]).label).toBe('2021年至2025年');
    expect(commonPeriod([{ label: '“十四五”期间', from: '2021', to: '2025' }]).label).toBe('“十四五”期间');
  });
});
