import { describe, expect, it } from 'vitest';
import { toYi } from '../../src/model/metrics.js';

describe('toYi', () => {
  it('converts every money unit zone news prints to 亿元', () => {
    expect(toYi(3, '亿元')).toBe(3);
    expect(toYi(8000, '万元')).toBeCloseTo(0.8, 12);
    expect(toYi(5, '千元')).toBeCloseTo(0.00005, 12); // was null: a project of 5千元 lost its amount
    expect(toYi(120, '百元')).toBeCloseTo(0.00012, 12);
    expect(toYi(2, '千万元')).toBeCloseTo(0.2, 12);
    expect(toYi(1.2, '万亿元')).toBeCloseTo(12000, 9);
    expect(toYi(6, '人民币亿元')).toBe(6);
    expect(toYi(350, '元')).toBeCloseTo(3.5e-6, 15);
  });

  it('does not convert counts, percentages or foreign currency (no invented exchange rate)', () => {
    expect(toYi(12, '个')).toBeNull();
    expect(toYi(8.5, '%')).toBeNull();
    expect(toYi(3, '亿美元')).toBeNull();
    expect(toYi(40, '万美元')).toBeNull();
  });
});
