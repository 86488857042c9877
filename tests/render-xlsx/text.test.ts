import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/render/xlsx/plan.js';
import {
  MAX_CELL_CHARS, cleanCellText, columnLetters, columnRange, displayWidth, exactCriterion, fitWidth, isValidSheetName, quoteSheet,
} from '../../src/render/xlsx/text.js';

describe('cell text', () => {
  it('removes the characters XML cannot hold and keeps tab and line breaks', () => {
    expect(cleanCellText('签约\u0007项目\u0000\t12个\n\uFFFF')).toEqual({ text: '签约项目\t12个\n', removed: 3, truncated: false });
  });
  it('removes a lone surrogate but keeps a pair', () => {
    expect(cleanCellText('a\uD83D b\uD83D\uDE00').text).toBe('a b\uD83D\uDE00');
  });
  it('cuts text longer than a cell holds, with an ellipsis', () => {
    const c = cleanCellText('项'.repeat(40_000));
    expect(c.truncated).toBe(true);
    expect(c.text.length).toBe(MAX_CELL_CHARS);
    expect(c.text.endsWith('…')).toBe(true);
  });
});

describe('column widths', () => {
  it('counts full-width characters as two units', () => {
    expect(displayWidth('开发区')).toBe(6);
    expect(displayWidth('A1（个）')).toBe(2 + 6);
    expect(displayWidth('“十四五”')).toBe(10);
    expect(displayWidth('ab\n开发区开发区')).toBe(12);
  });
  it('pads and clamps', () => {
    expect(fitWidth(displayWidth('开发区'))).toBe(8);
    expect(fitWidth(displayWidth('x'), 6, 60)).toBe(6);
    expect(fitWidth(displayWidth('开'.repeat(100)), 6, 60)).toBe(60);
  });
});

describe('sheet names and references', () => {
  it('every sheet name is valid in Excel', () => {
    for (const name of Object.values(SHEET)) expect(isValidSheetName(name), name).toBe(true);
    expect(isValidSheetName('a/b')).toBe(false);
    expect(isValidSheetName('x'.repeat(32))).toBe(false);
    expect(isValidSheetName("'quoted'")).toBe(false);
  });
  it('quotes sheet names in references', () => {
    expect(quoteSheet('指标')).toBe("'指标'");
    expect(quoteSheet("it's")).toBe("'it''s'");
    expect(columnRange('指标', 6, 2, 1)).toBe("'指标'!$F$2:$F$2");
    expect(columnRange('指标', 28, 2, 100)).toBe("'指标'!$AB$2:$AB$100");
  });
  it('spells column letters', () => {
    expect([1, 26, 27, 52, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'XFD']);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });
  it('writes SUMIFS criteria that match only the exact text', () => {
    expect(exactCriterion('2026-01')).toBe('"2026-01"');
    expect(exactCriterion(null)).toBe('""');
    expect(exactCriterion('a*b?')).toBe('"a~*b~?"');
    expect(exactCriterion('<5')).toBe('"=<5"');
    expect(exactCriterion('说"明"')).toBe('"说""明"""');
  });
});
