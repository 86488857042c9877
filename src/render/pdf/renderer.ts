// Laid-out pages → PDF bytes. The only module that calls pdfkit (and svg-to-pdfkit for charts).
// Deterministic: the creation date comes from the caller (the Report's as-of date) and pdfkit
// derives the file ID from the metadata, so the same input gives byte-identical files.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { BriefingFonts, FontFace } from './fonts.js';
import type { ChartBox, LaidOutDocument, LaidOutPage } from './layout.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** Written as CreationDate and ModDate. */
  date: Date;
}

export function renderPdf(
  laid: LaidOutDocument,
  charts: Readonly<Record<string, ChartBox>>,
  fonts: BriefingFonts,
  meta: PdfMetadata,
): Promise<Buffer> {
  const { width, height } = laid.geometry;
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: false,
    // No default font: otherwise pdfkit embeds Helvetica before our first text.
    font: null as unknown as string,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Creator: 'zonebrief',
      Producer: 'zonebrief (PDFKit)',
      CreationDate: meta.date,
      ModDate: meta.date,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Registered as parsed fontkit fonts: pdfkit embeds them without parsing the file again.
  doc.registerFont('regular', fonts.regular as never);
  doc.registerFont('bold', fonts.bold as never);
  // pdfkit puts the font's ascender line at the given y; the layout gives the top of the
  // ideographic em box (0.88 em above the baseline), so move up by the difference.
  const shift = fonts.regular.ascent / fonts.regular.unitsPerEm - 0.88;

  const ink = textWriter(doc, height, shift);
  let level1: PDFKit.PDFOutline | null = null;
  laid.pages.forEach((page, index) => {
    doc.addPage({ size: [width, height], margin: 0 });
    for (const entry of laid.outline) {
      if (entry.page !== index) continue;
      const options = { top: entry.y, left: width };
      if (entry.level === 1 || !level1) {
        level1 = doc.outline.addItem(entry.title, options as never);
      } else {
        level1.addItem(entry.title, options as never);
      }
    }
    // Shapes first, then all text of the page in one text object (text is drawn over fills).
    for (const item of page.items) {
      switch (item.kind) {
        case 'line':
          doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).strokeColor(item.color).stroke();
          break;
        case 'rect':
          doc.rect(item.x, item.y, item.w, item.h).fillColor(item.color).fill();
          break;
        case 'chart': {
          const chart = charts[item.name];
          if (!chart) throw new Error(`chart ${item.name} was laid out but not supplied`);
          doc.save();
          SVGtoPDF(doc, chart.svg, item.x, item.y, {
            width: item.w,
            height: item.h,
            assumePt: true,
            fontCallback: (_family, bold) => (bold ? 'bold' : 'regular'),
          });
          doc.restore();
          break;
        }
        case 'text':
          break;
      }
    }
    ink.page(page.items.filter((i) => i.kind === 'text'));
  });
  doc.end();
  return done;
}

type TextItem = Extract<LaidOutPage['items'][number], { kind: 'text' }>;

/** The parts of pdfkit's font object that the text writer uses (pdfkit 0.20 EmbeddedFont). */
interface PdfkitFont {
  id: string;
  ascender: number;
  scale: number;
  font: { glyphForCodePoint(cp: number): { id: number; advanceWidth: number } };
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

const num = (n: number): string => String(Math.round(n * 1000) / 1000);

/**
 * Glyph ids of a text in the document's font subset, as hex. Chinese text needs no shaping, so
 * each code point maps to its glyph through the font's cmap (fontkit's full layout per line was
 * most of the render time); the widths and ToUnicode entries pdfkit writes at the end are
 * filled in the same way pdfkit's own `encode` does, so copy and paste gives the text back.
 */
function encoder(font: PdfkitFont): (text: string) => string {
  const hexOf = new Map<number, string>();
  return (text) => {
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let h = hexOf.get(cp);
      if (h === undefined) {
        const glyph = font.font.glyphForCodePoint(cp);
        const gid = font.subset.includeGlyph(glyph.id);
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= [cp];
        h = gid.toString(16).padStart(4, '0');
        hexOf.set(cp, h);
      }
      hex += h;
    }
    return hex;
  };
}

/**
 * Writes a page's text items as one PDF text object. pdfkit's doc.text() wraps every call in
 * save/transform/BT…ET/restore, re-derives its options and shapes the line with fontkit; for the
 * ~9,000 lines of a 40-zone briefing that was most of the render time. This relies on pdfkit
 * 0.20's EmbeddedFont fields (subset, widths, unicode) — the tests check the text extracted
 * from the PDF, so a pdfkit upgrade that changes them fails there.
 */
function textWriter(doc: PDFKit.PDFDocument, pageHeight: number, shift: number): { page(items: TextItem[]): void } {
  const raw = doc as unknown as {
    _font: PdfkitFont;
    page: { fonts: Record<string, unknown> };
    addContent(s: string): void;
  };
  const encoders = new Map<PdfkitFont, (text: string) => string>();
  return {
    page(items) {
      if (items.length === 0) return;
      let face: FontFace | null = null;
      let size = -1;
      let color = '';
      let font: PdfkitFont | null = null;
      let encode: (text: string) => string = () => '';
      doc.save();
      // pdfkit's page space has y downwards; text needs the PDF's own orientation.
      doc.transform(1, 0, 0, -1, 0, pageHeight);
      raw.addContent('BT');
      for (const item of items) {
        if (item.face !== face || !font) {
          doc.font(item.face);
          face = item.face;
          font = raw._font;
          raw.page.fonts[font.id] ??= font.ref();
          let e = encoders.get(font);
          if (!e) {
            e = encoder(font);
            encoders.set(font, e);
          }
          encode = e;
          size = -1;
        }
        if (item.size !== size) {
          raw.addContent(`/${font.id} ${num(item.size)} Tf`);
          size = item.size;
        }
        if (item.color !== color) {
          doc.fillColor(item.color);
          color = item.color;
        }
        const y = pageHeight - (item.y - shift * item.size) - (font.ascender / 1000) * item.size;
        raw.addContent(`1 0 0 1 ${num(item.x)} ${num(y)} Tm <${encode(item.text)}> Tj`);
      }
      raw.addContent('ET');
      doc.restore();
    },
  };
}
