import { describe, expect, it } from 'vitest';
import { breakLines, breakUnits, CLOSING, OPENING } from '../../src/render/pdf/linebreak.js';

// Every CJK character 1 wide, everything else half: a fake font that makes widths predictable.
const measure = (t: string): number => [...t].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef“”‘’]/.test(c) ? 1 : 0.5), 0);

describe('breakUnits', () => {
  it('keeps numbers whole and glues closing marks back, opening marks forward', () => {
    expect(breakUnits('总投资1,234.56亿元。')).toEqual(['总', '投', '资', '1,234.56', '亿', '元。']);
    expect(breakUnits('（一期）项目')).toEqual(['（一', '期）', '项', '目']);
    expect(breakUnits('“十四五”期间')).toEqual(['“十', '四', '五”', '期', '间']);
    expect(breakUnits('见[12][13]。')).toEqual(['见', '[12]', '[13]。']);
  });
});

describe('breakLines', () => {
  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    // Punctuation falls exactly at the break position for many widths.
    const text = '园区新签约项目十二个，总投资四十六亿元。其中，（新材料）项目五个；“十四五”期间累计签约八十八个！';
    for (let width = 2; width <= 20; width++) {
      const lines = breakLines(text, width, measure);
      expect(lines.join('')).toBe(text);
      for (const l of lines) {
        expect(CLOSING.has(l[0]!), `width ${width}: ${l}`).toBe(false);
        expect(OPENING.has(l[l.length - 1]!), `width ${width}: ${l}`).toBe(false);
      }
    }
  });

  it('fills lines up to the width', () => {
    expect(breakLines('一二三四五六七', 3, measure)).toEqual(['一二三', '四五六', '七']);
    // "1,234.56" (4 wide) does not fit after 一二 in a 5-wide line: it moves down whole.
    expect(breakLines('一二1,234.56亿元', 5, measure)).toEqual(['一二', '1,234.56亿', '元']);
  });

  it('breaks Latin text at spaces and drops the space at the break', () => {
    expect(breakLines('ab cd ef', 2, measure)).toEqual(['ab', 'cd', 'ef']);
  });

  it('splits a word longer than the line by character rather than overflowing', () => {
    const lines = breakLines('abcdefghij', 2, measure);
    expect(lines).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps kinsoku when it must split a long file name', () => {
    // 20 half-width characters then ".txt": the split must not put "." first on a line.
    const lines = breakLines('000_48818c0bb34f0121.txt 第 139 行', 10, measure);
    expect(lines.join('').replace(/ /g, '')).toBe('000_48818c0bb34f0121.txt第139行');
    for (const l of lines) expect(CLOSING.has(l[0]!)).toBe(false);
  });

  it('gives no line for an empty text', () => {
    expect(breakLines('', 10, measure)).toEqual([]);
  });
});
