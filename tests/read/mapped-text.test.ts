import { describe, expect, it } from 'vitest';
import { LineIndex, foldWidths } from '../../src/read/mapped-text.js';
import { lineEndOf, lineStartOf } from '../../src/figures/evidence.js';
import { toLines } from '../../src/read/lines.js';
import { below, random, randomText } from '../random.js';

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
  it('equals the replace-based fold on random texts, short and long, wide characters sparse or dense', () => {
    const next = random(5);
    // Near misses too: U+FF00 and U+FF5F (high byte 0xFF, not folded), U+4EFF (low byte 0xFF),
    // U+30A0, 。 and 0 (a byte 0x30 like U+3000), U+00A1, lone surrogates.
    const plain = ['园区', '签约', '项目', '12', ',', ' ', '\n', '\ud800', '\udc00', '𠀋', '\uff00', '\uff5f', '\u4eff', '\u30a0', '。', '0', '\u00a1', '\ufeff'];
    const wide = ['１', '２', '，', '（', '）', '％', '\u3000', '\u00a0', '～', '！', '\uff01', '\uff5e'];
    for (let run = 0; run < 600; run++) {
      // Wide characters are one in `every` pieces (none when `every` is 0).
      const every = below(next, 40);
      let text = '';
      for (let k = below(next, below(next, 2) ? 200 : 1500); k > 0; k--) {
        text += every > 0 && below(next, every) === 0 ? wide[below(next, wide.length)] : plain[below(next, plain.length)];
      }
      expect(foldWidths(text), JSON.stringify(text)).toBe(folded(text));
    }
  });

  it('folds a long text after a longer one (a shared work array must not leak between calls)', () => {
    const long = '投资１０亿元，'.repeat(500);
    const shorter = '签约１２个。'.repeat(120);
    expect(foldWidths(long)).toBe(folded(long));
    expect(foldWidths(shorter)).toBe(folded(shorter));
    expect(foldWidths(long)).toBe(folded(long));
  });

  it('equals the replace-based fold on every code unit, lone surrogates included', () => {
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(foldWidths(all)).toBe(folded(all));
  });
});

describe('LineIndex', () => {
  it('numbers and bounds every line as the scans for its breaks do (CR, LF, CR LF, blank lines, no final break)', () => {
    const next = random(7);
    const pieces = ['签', '约', '1', ' ', '\n', '\r', '\r\n'];
    for (let run = 0; run < 300; run++) {
      const text = randomText(next, pieces, 40);
      const lines = new LineIndex(text);
      // Line numbers as a count of the breaks before each offset (CR LF one break).
      let line = 1;
      for (let at = 0; at < text.length; at++) {
        expect(lines.lineOf(at), JSON.stringify({ text, at })).toBe(line);
        const c = text.charCodeAt(at);
        if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
      }
      expect(lines.lineCount).toBe(line);
      for (let at = 0; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c === 10 || c === 13) continue; // an anchor is never a break
        const line = lines.lineOf(at);
        expect([lines.startOf(line), lines.endOf(line)], JSON.stringify({ text, at })).toEqual([lineStartOf(text, at), lineEndOf(text, at)]);
      }
    }
  });

  it('is the same built from the lines of toLines as found by its own scan', () => {
    const next = random(8);
    const pieces = ['签', '约', '1', ' ', '\u3000', '，', '\n', '\r', '\r\n', '\n\n'];
    for (let run = 0; run < 300; run++) {
      const text = randomText(next, pieces, 60);
      const scanned = new LineIndex(text);
      const fromLines = LineIndex.ofLines(text, toLines(text));
      expect(fromLines.lineCount, JSON.stringify(text)).toBe(scanned.lineCount);
      for (let line = 1; line <= scanned.lineCount; line++) {
        expect([fromLines.startOf(line), fromLines.endOf(line)]).toEqual([scanned.startOf(line), scanned.endOf(line)]);
      }
      for (let at = 0; at <= text.length; at++) expect(fromLines.lineOf(at)).toBe(scanned.lineOf(at));
    }
  });
});
