import { describe, expect, it } from 'vitest';
import { kthSmallest } from '../../src/figures/text.js';

describe('kthSmallest', () => {
  it('is the value at index k of the sorted array, for every k of random arrays with repeats', () => {
    let x = 5;
    const next = (n: number): number => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
    for (let round = 0; round < 500; round++) {
      const values = Int32Array.from({ length: 1 + next(40) }, () => next(round % 2 ? 6 : 100));
      const sorted = Int32Array.from(values).sort();
      for (let k = 0; k < values.length; k++) {
        expect(kthSmallest(Int32Array.from(values), k), JSON.stringify({ values: [...values], k })).toBe(sorted[k]);
      }
    }
  });
});
