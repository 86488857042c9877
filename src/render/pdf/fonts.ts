// The briefing's fonts: Noto Sans SC Regular and Bold from fonts/ (installed by the project's
// postinstall, never a system font). Each file is read and parsed once per process: pdfkit
// re-parses a font given by path for every cell, and parsing a 10 MB CJK font is the single
// largest cost of a render. Callers get the parsed fonts passed in; nothing here is global state
// except that cache.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

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
    return fontkit.create(bytes);
  };
  return { regular: open('regular'), bold: open('bold'), family: 'Noto Sans SC' };
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
