import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/types.js';
import { concatViews, foldWidth, joinLines, normaliseNewlines, sourceView } from '../../src/read/mapped-text.js';
import { isTrimSpace, runningText } from '../../src/figures/running-text.js';
import { below, random, randomText } from '../random.js';

/** What runningText must equal: the four mapped-text steps one after another. */
const composed = (decoded: string, spans: readonly Span[]) =>
  joinLines(normaliseNewlines(foldWidth(concatViews(spans.map((s) => sourceView(decoded, s.start, s.end))))));

const same = (decoded: string, spans: readonly Span[]): void => {
  const fast = runningText(decoded, spans);
  const slow = composed(decoded, spans);
  expect(fast.text).toBe(slow.text);
  expect(Array.from(fast.map)).toEqual(Array.from(slow.map));
};


describe('runningText', () => {
  it('joins broken lines, folds width and drops spaces between CJK and digits', () => {
    const text = '开发区签约项目１２个,\r\n总投资 6.88 亿元。\nNew\n  Energy 项目\u3000开工。';
    same(text, [{ start: 0, end: text.length, line: 1 }]);
    expect(runningText(text, [{ start: 0, end: text.length, line: 1 }]).text).toBe('开发区签约项目12个,总投资6.88亿元。New Energy 项目开工。');
  });
  it('treats a CR at the end of one span and a LF at the start of the next as one break', () => {
    const text = '甲乙\r\n丙丁\r\n戊';
    same(text, [{ start: 0, end: 3, line: 1 }, { start: 3, end: 9, line: 2 }]);
  });
  it('equals the four mapped-text steps on random text', () => {
    const next = random(7);
    const alphabet = ['签', '约', '1', '2', '.', '%', ' ', ' ', '\t', '\n', '\r', '\r\n', 'a', 'B', '\u3000', '\u00a0', '１', '，', '\ud83d\ude00', '\ud83d', ',', '。'];
    for (let round = 0; round < 2000; round++) {
      const text = randomText(next, alphabet, 40);
      const spans: Span[] = [];
      let at = 0;
      while (at < text.length) {
        const end = Math.min(text.length, at + 1 + below(next, 12));
        if (next() < 0.7) spans.push({ start: at, end, line: 1 });
        at = end;
      }
      same(text, spans);
    }
  });
  it('gives an empty view for no spans', () => {
    same('甲乙', []);
  });
});

describe('isTrimSpace', () => {
  it('is the whitespace of /\\s/ (what String.prototype.trim removes)', () => {
    for (let c = 0; c < 0x10000; c++) expect(isTrimSpace(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
