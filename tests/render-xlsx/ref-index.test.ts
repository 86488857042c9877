import { describe, expect, it } from 'vitest';
import { RefIndex } from '../../src/render/xlsx/ref-index.js';

describe('RefIndex', () => {
  it('lists the groups of each reference number, in group order, once each', () => {
    const index = new RefIndex([[1, 2, 2], [2, 3], [], [3, 2]]);
    expect(index.groupsOf(1)).toEqual([0]);
    expect(index.groupsOf(2)).toEqual([0, 1, 3]);
    expect(index.groupsOf(3)).toEqual([1, 3]);
    expect(index.groupsOf(4)).toEqual([]);
    expect(index.groupsOf(0)).toEqual([]);
    expect(index.has(3)).toBe(true);
    expect(index.has(99)).toBe(false);
  });

  it('keeps numbers outside the array (huge, negative, fractional) too', () => {
    const index = new RefIndex([[2 ** 40, -1, 1.5], [2 ** 40]]);
    expect(index.groupsOf(2 ** 40)).toEqual([0, 1]);
    expect(index.groupsOf(-1)).toEqual([0]);
    expect(index.groupsOf(1.5)).toEqual([0]);
    expect(index.has(1)).toBe(false);
  });
});
