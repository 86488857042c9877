// The briefing's fonts: the quick TrueType subset (fonts.ts) must give the same font program
// bytes as fontkit's own subset, since the PDF embeds them.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/render/pdf/index.js';
import { glyphOffsets, unicodeGroupsCmap } from '../../src/render/pdf/font-tables.js';
import { loadFonts } from '../../src/render/pdf/fonts.js';

interface Subsettable {
  numGlyphs: number;
  createSubset(): { includeGlyph(gid: number): number; encode(): Uint8Array };
}

const fontsDir = path.join(projectRoot(), 'fonts');

interface Decoded {
  numGlyphs: number;
  loca: { version: number; offsets: number[] };
  _cmapProcessor: { lookup(codePoint: number): number };
  directory: { tables: Record<string, { offset: number; length: number }> };
  stream: { buffer: Uint8Array };
  head: { indexToLocFormat: number };
}

describe.each(['regular', 'bold'] as const)('%s font tables read from the bytes', (face) => {
  const file = face === 'regular' ? 'NotoSansSC-Regular.ttf' : 'NotoSansSC-Bold.ttf';
  const plain = fontkit.create(fs.readFileSync(path.join(fontsDir, file))) as unknown as Decoded & fontkit.Font;

  it('maps every BMP code point, and astral ones, to the glyph fontkit finds', () => {
    const lookup = unicodeGroupsCmap(plain.stream.buffer, plain.directory.tables.cmap!);
    expect(lookup).not.toBeNull();
    let mapped = 0;
    const differ: number[] = [];
    const check = (cp: number): void => {
      const want = plain._cmapProcessor.lookup(cp);
      if (want !== 0) mapped++;
      if (lookup!(cp) !== want) differ.push(cp);
    };
    for (let cp = 0; cp <= 0xffff; cp++) check(cp);
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 37) check(cp);
    check(0x10ffff);
    expect(differ).toEqual([]);
    expect(mapped).toBeGreaterThan(20_000);
  });

  it('gives the glyph offsets fontkit decodes', () => {
    const offsets = glyphOffsets(plain.stream.buffer, plain.directory.tables.loca!, plain.head.indexToLocFormat === 1);
    expect(offsets.length).toBe(plain.numGlyphs + 1);
    expect(offsets).toEqual(plain.loca.offsets);
  });

  it('is what loadFonts gives pdfkit and the measure', () => {
    const loaded = loadFonts(fontsDir)[face] as unknown as Decoded & fontkit.Font;
    expect(loaded.loca).toEqual({ version: plain.loca.version, offsets: plain.loca.offsets });
    for (const ch of '开发区签约投资亿元12,345.6%（）A') {
      const cp = ch.codePointAt(0)!;
      expect(loaded.glyphForCodePoint(cp).id).toBe(plain.glyphForCodePoint(cp).id);
      expect(loaded.glyphForCodePoint(cp).advanceWidth).toBe(plain.glyphForCodePoint(cp).advanceWidth);
    }
  });
});

describe('quick subset', () => {
  it('writes the same subset bytes as fontkit for the same glyphs, empty glyphs included', () => {
    const quick = loadFonts(fontsDir).regular as unknown as Subsettable;
    const plain = fontkit.create(fs.readFileSync(path.join(fontsDir, 'NotoSansSC-Regular.ttf'))) as unknown as Subsettable;
    // Glyph ids in the order a document meets them: scattered, repeated, and the space (empty outline).
    const space = (plain as unknown as fontkit.Font).glyphForCodePoint(0x20).id;
    const gids = [space, 5, 17];
    for (let g = 1; g < plain.numGlyphs; g += 97) gids.push(g, g);
    const a = quick.createSubset();
    const b = plain.createSubset();
    expect((a as unknown as { _addGlyph: { name: string } })._addGlyph.name).toBe('quickAddGlyph');
    for (const g of gids) expect(a.includeGlyph(g)).toBe(b.includeGlyph(g));
    const bytesA = Buffer.from(a.encode());
    const bytesB = Buffer.from(b.encode());
    expect(bytesA.length).toBeGreaterThan(10_000);
    expect(bytesA.equals(bytesB)).toBe(true);
  });
});
