// The briefing's fonts: Noto Sans SC Regular and Bold from fonts/ (installed by the project's
// postinstall, never a system font). Each file is read and parsed once per process: pdfkit
// re-parses a font given by path for every cell, and parsing a 10 MB CJK font is the single
// largest cost of a render. Callers get the parsed fonts passed in; nothing here is global state
// except that cache.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { glyphOffsets, type TableEntry, unicodeGroupsCmap } from './font-tables.js';

export type FontFace = 'regular' | 'bold';

export interface BriefingFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  /** Family name used in chart SVGs, mapped back to these fonts when drawn. */
  family: string;
}

const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'NotoSansSC-Regular.ttf',
  bold: 'NotoSansSC-Bold.ttf',
};

/** Parsed fonts from `dir`. Parsing is costly: callers keep the result (loadBriefingResources caches it per process). */
export function loadFonts(dir: string): BriefingFonts {
  const key = path.resolve(dir);
  const open = (face: FontFace): fontkit.Font => {
    const file = path.join(key, FONT_FILES[face]);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      throw new Error(`${file}: font missing (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}); run "npm install" to fetch the fonts`);
    }
    return withoutShaping(withQuickSubset(withTablesFromBytes(fontkit.create(bytes))));
  };
  return { regular: open('regular'), bold: open('bold'), family: 'Noto Sans SC' };
}

/** The fontkit 2 font internals that withTablesFromBytes fills in. */
interface FontInternals {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, TableEntry | undefined> };
  head: { indexToLocFormat: number };
  _tables: Record<string, unknown>;
  getGlyph(gid: number, codePoints: number[]): fontkit.Glyph;
  glyphForCodePoint(codePoint: number): fontkit.Glyph;
}

/**
 * Gives fontkit the character map and glyph locations read directly from the font's bytes
 * (font-tables.ts), instead of its slow generic decoding of the same tables: the glyph ids,
 * offsets and so the PDF are the same. glyphForCodePoint keeps fontkit's contract (the glyph,
 * with the code point it was asked for).
 */
function withTablesFromBytes(font: fontkit.Font): fontkit.Font {
  const f = font as fontkit.Font & FontInternals;
  const { loca, glyf, cmap } = f.directory.tables;
  if (loca && glyf && !('loca' in f._tables)) {
    const version = f.head.indexToLocFormat;
    f._tables.loca = { version, offsets: glyphOffsets(f.stream.buffer, loca, version === 1) };
  }
  const lookup = cmap ? unicodeGroupsCmap(f.stream.buffer, cmap) : null;
  if (lookup) f.glyphForCodePoint = (codePoint) => f.getGlyph(lookup(codePoint), [codePoint]);
  return font;
}

/** What pdfkit's EmbeddedFont reads from a fontkit layout: glyphs, their positions, the total advance. */
interface PlainRun {
  glyphs: fontkit.Glyph[];
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
  readonly advanceWidth: number;
}

/**
 * The briefing's own text is drawn glyph by glyph from the cmap (renderer.ts: Chinese needs no
 * shaping), and measured the same way (textWidth below). Only the chart's labels, drawn by
 * svg-to-pdfkit, went through fontkit's full OpenType layout, whose first use parses the CJK
 * font's large GSUB/GPOS tables: ~6 % of a cold `report`. Here layout is the same cmap lookup,
 * so chart labels are set exactly like the rest of the document.
 */
function withoutShaping(font: fontkit.Font): fontkit.Font {
  (font as fontkit.Font & { layout(text: string): PlainRun }).layout = (text) => {
    const glyphs: fontkit.Glyph[] = [];
    const positions: PlainRun['positions'] = [];
    for (const ch of text) {
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
      glyphs.push(glyph);
      positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    return {
      glyphs,
      positions,
      get advanceWidth() {
        let w = 0;
        for (const p of positions) w += p.xAdvance;
        return w;
      },
    };
  };
  return font;
}

/** The parts of fontkit 2's TrueType subset (TTFSubset) that its `_addGlyph` touches. */
interface TrueTypeSubset {
  font: {
    getGlyph(gid: number): { advanceWidth: number; _getMetrics(): { leftBearing: number } };
    loca: { offsets: number[] };
    _getTableStream(tag: string): { buffer: Uint8Array; pos: number; readBuffer(length: number): Uint8Array };
    _variationProcessor?: unknown;
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * Start-up speed: when pdfkit embeds a font, fontkit's TrueType subset decodes each used glyph's
 * whole outline (every point and flag) only to learn whether the glyph is composite, then copies
 * the glyph's bytes unchanged. That decoding was ~8 % of a cold `report`. Whether a glyph is
 * composite is its first int16 (numberOfContours < 0), so simple glyphs are copied here the same
 * way without the decoding, and composite glyphs (whose component ids must be renumbered) and
 * variable fonts still go through fontkit's own code. Same bytes in the PDF; checked by
 * tests/render-pdf/fonts.test.ts against fontkit's subset.
 */
function withQuickSubset(font: fontkit.Font): fontkit.Font {
  const f = font as fontkit.Font & { createSubset(): TrueTypeSubset };
  const createSubset = f.createSubset.bind(f);
  f.createSubset = () => {
    const subset = createSubset();
    const addGlyph = subset._addGlyph;
    if (typeof addGlyph !== 'function') return subset; // a CFF font's subset: nothing to speed up
    subset._addGlyph = function quickAddGlyph(this: TrueTypeSubset, gid: number): number {
      const offsets = this.font.loca.offsets;
      const start = offsets[gid]!;
      const end = offsets[gid + 1]!;
      const stream = this.font._getTableStream('glyf');
      const at = stream.pos + start;
      // Empty glyphs (no outline) and simple ones (numberOfContours ≥ 0) are copied as they are.
      const composite = end > start && (((stream.buffer[at]! << 8) | stream.buffer[at + 1]!) & 0x8000) !== 0;
      if (composite || this.font._variationProcessor) return addGlyph.call(this, gid);
      const glyph = this.font.getGlyph(gid);
      stream.pos = at;
      const bytes = stream.readBuffer(end - start);
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return subset;
  };
  return font;
}

/** Width of a text in points for a face and size. */
export type TextWidth = (text: string, face: FontFace, size: number) => number;

const widths = new WeakMap<BriefingFonts, TextWidth>();

/** The measure for `fonts`, shared by every render in the process (its memo stays warm). */
export function textWidth(fonts: BriefingFonts): TextWidth {
  let fn = widths.get(fonts);
  if (!fn) {
    fn = measureWith(fonts);
    widths.set(fonts, fn);
  }
  return fn;
}

/**
 * Sum of the glyph advances, code point by code point. Chinese text needs no shaping, and the
 * renderer draws glyphs the same way (see renderer.ts), so measured and drawn widths agree.
 */
function measureWith(fonts: BriefingFonts): TextWidth {
  const advance: Record<FontFace, Map<number, number>> = { regular: new Map(), bold: new Map() };
  return (text, face, size) => {
    const font = fonts[face];
    const cache = advance[face];
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let a = cache.get(cp);
      if (a === undefined) {
        a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
        cache.set(cp, a);
      }
      w += a;
    }
    return w * size;
  };
}
