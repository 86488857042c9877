import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.js';
import { foldWidths, isSpace, toLines } from '../../src/read/lines.js';

const TEXT = '侯马经济开发区\n\n科学导报 3月12日,新签约项目5个,总投资23.5亿元。\n';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  const cases: [string, Uint8Array, string][] = [
    ['utf-8', utf8(TEXT), 'utf-8'],
    ['utf-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'utf-8'],
    ['utf-16le with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(TEXT, 'utf-16be')]), 'utf-16be'],
    ['gb18030', new Uint8Array(iconv.encode(TEXT, 'gb18030')), 'gb18030'],
    ['gbk', new Uint8Array(iconv.encode(TEXT, 'gbk')), 'gb18030'],
  ];
  it.each(cases)('reads %s', (_name, bytes, encoding) => {
    const r = decodeBytes(bytes, 'a.txt');
    expect(r).toEqual({ ok: true, text: TEXT, encoding, warnings: [] });
  });

  it('reads valid UTF-8 exactly as TextDecoder does (astral characters, a BOM inside the text)', () => {
    const text = '𠀋园区\ufeff投资𝟙亿元\r\n';
    for (const bytes of [utf8(text), new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])]) {
      const r = decodeBytes(bytes, 'a.txt');
      expect(r.ok && r.text).toBe(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
  });

  it('keeps UTF-8 with one damaged byte as UTF-8, with a warning', () => {
    const bytes = utf8(TEXT.repeat(10)).slice(0, -2);
    const r = decodeBytes(bytes, 'cut.txt');
    expect(r.ok && r.encoding).toBe('utf-8');
    expect(r.ok && r.text.startsWith(TEXT)).toBe(true);
    expect(r.ok && r.warnings).toEqual([expect.objectContaining({ code: 'read.bad-bytes', severity: 'warning', file: 'cut.txt' })]);
  });

  it('rejects an empty file and a file of white space', () => {
    expect(decodeBytes(new Uint8Array(), 'e.txt')).toMatchObject({ ok: false, diagnostic: { code: 'read.empty', file: 'e.txt', severity: 'error' } });
    expect(decodeBytes(utf8(' \n\n '), 'w.txt')).toMatchObject({ ok: false, diagnostic: { code: 'read.empty' } });
  });

  it('rejects binary data and names what it is', () => {
    const pdf = decodeBytes(utf8('%PDF-1.7\n...'), 'b.txt');
    expect(pdf).toMatchObject({ ok: false, diagnostic: { code: 'read.binary' } });
    expect(!pdf.ok && pdf.diagnostic.message).toContain('PDF');
    const noise = new Uint8Array(256).map((_, i) => (i * 7) % 256);
    expect(decodeBytes(noise, 'n.txt')).toMatchObject({ ok: false, diagnostic: { code: 'read.binary', file: 'n.txt' } });
  });
});

describe('toLines', () => {
  it('splits CRLF, CR and LF and keeps offsets into the decoded text', () => {
    const decoded = 'ab\r\n  c d \rx\ny';
    const lines = toLines(decoded);
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, 'ab'], [2, 'c d'], [3, 'x'], [4, 'y']]);
    for (const l of lines) expect(decoded.slice(l.start, l.end)).toBe(l.text);
  });

  it('trims every character String.prototype.trim trims, and no other', () => {
    const decoded = '\ufeff\u2028 园区\u200b\u2003\u00a0\n\u180e签约\u3000\r\n\t\r';
    const lines = toLines(decoded);
    expect(lines.map((l) => l.text)).toEqual(['园区\u200b', '\u180e签约', '', '']);
    for (const l of lines) expect(decoded.slice(l.start, l.end)).toBe(l.text);
  });

  it('folds full-width digits and punctuation one for one', () => {
    expect(foldWidths('投资１０．５亿元，同比增长１２％　')).toBe('投资10.5亿元,同比增长12% ');
    const decoded = '签约１２个（续）';
    const [l] = toLines(decoded);
    expect(l?.text).toBe('签约12个(续)');
    expect(l?.end).toBe(decoded.length);
  });
});

describe('isSpace', () => {
  it('is /\\s/ on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
