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
      // pdfkit 0.20 places the destination at (page width − left, page height − top):
      // left = width gives x = 0, top = y gives the heading's line.
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

/** A glyph id byte inside a PDF literal string (the content is written as latin1 bytes). */
const byteChar = (b: number): string =>
  b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b === 0x0d ? '\\r' : b === 0x0a ? '\\n' : String.fromCharCode(b);

/**
 * Glyph ids of a text in the document's font subset, as the bytes of a PDF literal string.
 * Chinese text needs no shaping, so each code point maps to its glyph through the font's cmap
 * (fontkit's full layout per line was most of the render time); the widths and ToUnicode entries
 * pdfkit writes at the end are filled in as pdfkit's own `encode` does, so copy and paste gives
 * the text back.
 */
function encoder(font: PdfkitFont): (text: string) => string {
  const bytesOf = new Map<number, string>();
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let b = bytesOf.get(cp);
      if (b === undefined) {
        const glyph = font.font.glyphForCodePoint(cp);
        const gid = font.subset.includeGlyph(glyph.id);
        font.widths[gid] ??= glyph.advanceWidth * font.scale;
        font.unicode[gid] ??= [cp];
        b = byteChar(gid >> 8) + byteChar(gid & 0xff);
        bytesOf.set(cp, b);
      }
      out += b;
    }
    return out;
  };
}

/** "#1f2329" → "0.122 0.137 0.161 rg" (DeviceRGB fill). */
function fillOperator(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `${num(((n >> 16) & 255) / 255)} ${num(((n >> 8) & 255) / 255)} ${num((n & 255) / 255)} rg`;
}

/**
 * Writes a page's text items as one PDF text object, in one write. pdfkit's doc.text() wraps
 * every call in save/transform/BT…ET/restore, re-derives its options, shapes the line with
 * fontkit and converts each operator to bytes separately; for the ~9,000 lines of a 40-zone
 * briefing that was most of the render time. Lines are placed with relative moves (Td) on a
 * 0.001 pt grid, so positions do not drift. This relies on pdfkit 0.20's EmbeddedFont fields
 * (subset, widths, unicode); the tests check the text extracted from the PDF, so a pdfkit
 * upgrade that changes them fails there.
 */
function textWriter(doc: PDFKit.PDFDocument, pageHeight: number, shift: number): { page(items: TextItem[]): void } {
  const raw = doc as unknown as {
    _font: PdfkitFont;
    page: { fonts: Record<string, unknown> };
    addContent(s: string | Uint8Array): void;
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
      let px = 0;
      let py = 0;
      const ops: string[] = ['BT'];
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
          ops.push(`/${font.id} ${num(item.size)} Tf`);
          size = item.size;
        }
        if (item.color !== color) {
          ops.push(fillOperator(item.color));
          color = item.color;
        }
        // In thousandths of a point, so relative moves add up exactly.
        const x = Math.round(item.x * 1000);
        const y = Math.round((pageHeight - (item.y - shift * item.size) - (font.ascender / 1000) * item.size) * 1000);
        ops.push(`${(x - px) / 1000} ${(y - py) / 1000} Td (${encode(item.text)}) Tj`);
        px = x;
        py = y;
      }
      ops.push('ET', '');
      doc.save();
      // pdfkit's page space has y downwards; text needs the PDF's own orientation.
      doc.transform(1, 0, 0, -1, 0, pageHeight);
      raw.addContent(Buffer.from(ops.join('\n'), 'latin1'));
      doc.restore();
    },
  };
}
