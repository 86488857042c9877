import { describe, expect, it } from 'vitest';
import { BlockSyntaxError, parseBlocks } from '../../src/render/pdf/blocks.js';

describe('parseBlocks', () => {
  it('reads directives, running header and footer, and tables', () => {
    const doc = parseBlocks([
      '@header-left 示例中心 · 简报',
      '@footer 第 {page} 页 / 共 {pages} 页',
      '',
      '@h1 本期要点',
      '@lead 签约项目 5 个',
      '@table 1 2',
      '@th 指标 | 数值',
      '@tr 签约项目 | 5 个',
      '@tr 签约投资 |',
      '@end',
      '@page',
      '@chart signed-investment',
    ].join('\n'), 'templates/t.hbs');
    expect(doc.headerLeft).toBe('示例中心 · 简报');
    expect(doc.footer).toBe('第 {page} 页 / 共 {pages} 页');
    expect(doc.blocks).toEqual([
      { kind: 'h1', text: '本期要点' },
      { kind: 'lead', text: '签约项目 5 个' },
      { kind: 'table', widths: [1, 2], header: ['指标', '数值'], rows: [['签约项目', '5 个'], ['签约投资', '']] },
      { kind: 'page' },
      { kind: 'chart', name: 'signed-investment' },
    ]);
  });

  it('names the template and output line of a bad directive', () => {
    expect(() => parseBlocks('@h1 标题\n@h9 不存在', 'templates/t.hbs')).toThrow(/templates\/t\.hbs: output line 2: unknown directive @h9/);
    expect(() => parseBlocks('@p\n', 'templates/t.hbs')).toThrow(BlockSyntaxError);
    expect(() => parseBlocks('纯文本', 'templates/t.hbs')).toThrow(/output line 1: expected a directive/);
  });

  it('rejects an unterminated table and rows wider than the table', () => {
    expect(() => parseBlocks('@table 1 1\n@tr a | b', 'x.hbs')).toThrow(/opened on output line 1 has no @end/);
    expect(() => parseBlocks('@table 1 1\n@tr a | b | c\n@end', 'x.hbs')).toThrow(/3 cells but the table has 2 columns/);
    expect(() => parseBlocks('@table 1\n@p 正文\n@end', 'x.hbs')).toThrow(/@p inside the table/);
  });
});
