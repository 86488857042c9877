// Hand-written scans of the figures stage against the regexes and string code they replaced.
import { describe, expect, it } from 'vitest';
import { isTrimEnd, isTrimStart } from '../../src/figures/evidence.js';
import { stripPeriods } from '../../src/figures/classify.js';
import type { PeriodMention } from '../../src/figures/periods.js';
import { below, random, randomRange, randomText } from '../random.js';

describe('evidence trimming', () => {
  it('trims the characters the regexes trimmed, for every UTF-16 unit', () => {
    const start = /^[\s,，。;；:：、)）]$/;
    const end = /^[\s,，;；:：、(（]$/;
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      expect(isTrimStart(c), `U+${c.toString(16)}`).toBe(start.test(s));
      expect(isTrimEnd(c), `U+${c.toString(16)}`).toBe(end.test(s));
    }
  });
});

/** stripPeriods as it was: rebuilt character by character, then 的 cut by regexes. */
function stripPeriodsBefore(s: string, from: number, periods: readonly PeriodMention[]): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const at = from + i;
    if (!periods.some((p) => p.start <= at && at < p.end)) out += s[i];
  }
  return out.replace(/的$/, '').replace(/^的/, '');
}

const period = (start: number, end: number): PeriodMention => ({ start, end, from: null, to: null, weak: false });

describe('stripPeriods', () => {
  it('gives what it gave before, on random texts and periods', () => {
    const next = random(7);
    for (let n = 0; n < 5000; n++) {
      const s = randomText(next, ['的', '和', '、', '至', '2024年', '提升', 'A'], 8);
      const from = below(next, 20);
      const periods: PeriodMention[] = [];
      for (let k = below(next, 3); k > 0; k--) {
        const [a, b] = randomRange(next, 40);
        periods.push(period(a, b));
      }
      expect(stripPeriods(s, from, periods), s).toBe(stripPeriodsBefore(s, from, periods));
    }
  });

  it('cuts one 的 at each end, after the periods', () => {
    for (const s of ['', '的', '的的', '的的的', '和的', '的和', '2024年的']) {
      expect(stripPeriods(s, 0, [])).toBe(stripPeriodsBefore(s, 0, []));
      expect(stripPeriods(s, 0, [period(1, 3)])).toBe(stripPeriodsBefore(s, 0, [period(1, 3)]));
    }
  });
});
