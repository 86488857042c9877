// Laid-out pages → PDF bytes. The only module that calls pdfkit (and svg-to-pdfkit for charts).
// Deterministic: the creation date comes from the caller (the Report's as-of date) and pdfkit
// derives the file ID from the metadata, so the same input gives byte-identical files.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { BriefingFonts, FontFace } from './fonts.js';
import type { ChartBox, LaidOutDocument } from './layout.js';

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
  const face = (f: FontFace): string => f;
  // pdfkit puts the font's ascender line at the given y; the layout gives the top of the
  // ideographic em box (0.88 em above the baseline), so move up by the difference.
  const shift = fonts.regular.ascent / fonts.regular.unitsPerEm - 0.88;

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
    for (const item of page.items) {
      switch (item.kind) {
        case 'text':
          doc.font(face(item.face)).fontSize(item.size).fillColor(item.color)
            .text(item.text, item.x, item.y - shift * item.size, { lineBreak: false });
          break;
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
      }
    }
  });
  doc.end();
  return done;
}
