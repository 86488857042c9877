import { describe, expect, it } from 'vitest';
import { kthSmallest } from '../../src/figures/text.js';
import { below, random } from '../random.js';

describe('kthSmallest', () => {
  it('is the value at index k of the sorted array, for every k of random arrays with repeats', () => {
    const next = random(5);
    for (let round = 0; round < 500; round++) {
      const values = Int32Array.from({ length: 1 + below(next, 40) }, () => below(next, round % 2 ? 6 : 100));
      const sorted = Int32Array.from(values).sort();
      for (let k = 0; k < values.length; k++) {
        expect(kthSmallest(Int32Array.from(values), k), JSON.stringify({ values: [...values], k })).toBe(sorted[k]);
      }
    }
  });
});
