import { describe, expect, it } from 'vitest';
import { foldWidths } from '../../src/read/mapped-text.js';

/** Test oracle: the replace-based fold foldWidths replaced. */
const folded = (text: string): string =>
  text.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (c) => (c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

describe('foldWidths', () => {
  it('folds full-width ASCII and wide spaces, one code unit for one', () => {
    expect(foldWidths('签约项目１２个，总投资\u30006.88亿元\u00a0！')).toBe('签约项目12个,总投资 6.88亿元 !');
  });
  it('returns a text with nothing to fold as it is', () => {
    const text = '签约项目12个。';
    expect(foldWidths(text)).toBe(text);
  });
  it('equals the replace-based fold on every code unit, lone surrogates included', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(foldWidths(all)).toBe(folded(all));
  });
});
