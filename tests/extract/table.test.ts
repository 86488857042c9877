import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, truncate } from '../../src/render/table.js';

describe('text tables', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('经开区')).toBe(6);
    expect(displayWidth('１０亿元')).toBe(8);
  });
  it('cuts long cells with an ellipsis within the width', () => {
    expect(truncate('侯马经济开发区', 9)).toBe('侯马经济…');
    expect(displayWidth(truncate('侯马经济开发区', 9))).toBeLessThanOrEqual(9);
  });
  it('aligns columns by display width', () => {
    const t = renderTable([{ header: 'zone' }, { header: 'n', align: 'right' }], [['侯马经开区', '3'], ['abc', '12']]);
    expect(t).toBe('zone         n\n----------  --\n侯马经开区   3\nabc         12\n');
  });
});
