// Document blocks → pages of positioned items. Pure: text widths come from the `TextWidth`
// passed in, charts arrive as ready SVG with their size; nothing here touches pdfkit, so tests
// check positions and texts directly (as pdfmake's layout tests do).
import type { Block, DocumentBlocks, TextBlockKind } from './blocks.js';
import type { FontFace, TextWidth } from './fonts.js';
import { breakLines } from './linebreak.js';

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A4 in points, with room for the running header and footer. */
export const A4: PageGeometry = {
  width: 595.28,
  height: 841.89,
  margin: { top: 72, right: 56, bottom: 66, left: 56 },
};

export type PageItem =
  /** `y` is the top of the line box; the renderer places the baseline from the font. */
  | { kind: 'text'; x: number; y: number; text: string; face: FontFace; size: number; color: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'chart'; x: number; y: number; w: number; h: number; name: string };

export interface LaidOutPage {
  /** The cover carries no running header. */
  cover: boolean;
  items: PageItem[];
}

export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  /** 0-based page index. */
  page: number;
  /** Top of the heading on its page. */
  y: number;
}

export interface LaidOutDocument {
  geometry: PageGeometry;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
}

export interface ChartBox {
  svg: string;
  width: number;
  height: number;
}

export class LayoutError extends Error {}

interface TextStyle {
  size: number;
  face: FontFace;
  color: string;
  /** Line height as a multiple of the size. */
  leading: number;
  before: number;
  after: number;
  indent: number;
  align: 'left' | 'center';
}

const INK = '#1f2329';
const NAVY = '#1f3864';
const GREY = '#646a73';
const RULE = '#c9cdd4';

const STYLES: Record<TextBlockKind, TextStyle> = {
  'cover-title': { size: 26, face: 'bold', color: NAVY, leading: 1.4, before: 0, after: 18, indent: 0, align: 'center' },
  'cover-line': { size: 14, face: 'regular', color: INK, leading: 1.6, before: 0, after: 6, indent: 0, align: 'center' },
  'cover-note': { size: 10, face: 'regular', color: GREY, leading: 1.6, before: 10, after: 0, indent: 0, align: 'center' },
  h1: { size: 17, face: 'bold', color: NAVY, leading: 1.3, before: 16, after: 10, indent: 0, align: 'left' },
  h2: { size: 13.5, face: 'bold', color: NAVY, leading: 1.3, before: 14, after: 6, indent: 8, align: 'left' },
  h3: { size: 11, face: 'bold', color: INK, leading: 1.4, before: 8, after: 4, indent: 0, align: 'left' },
  lead: { size: 12, face: 'bold', color: '#a61d24', leading: 1.5, before: 2, after: 6, indent: 0, align: 'left' },
  p: { size: 10.5, face: 'regular', color: INK, leading: 1.6, before: 0, after: 5, indent: 0, align: 'left' },
  li: { size: 10.5, face: 'regular', color: INK, leading: 1.6, before: 0, after: 2, indent: 14, align: 'left' },
  note: { size: 9, face: 'regular', color: GREY, leading: 1.5, before: 0, after: 4, indent: 0, align: 'left' },
};

const TABLE = { size: 9, leading: 1.45, padX: 4, padY: 3.5, headerFill: '#e8eef7', ruleColor: RULE };
const HEADER_SIZE = 8;

/** Lays the blocks out on pages and adds the running header and footer. */
export function layoutDocument(
  doc: DocumentBlocks,
  measure: TextWidth,
  charts: Readonly<Record<string, ChartBox>>,
  geometry: PageGeometry = A4,
): LaidOutDocument {
  const { width: pageW, height: pageH, margin } = geometry;
  const left = margin.left;
  const contentW = pageW - margin.left - margin.right;
  const bottom = pageH - margin.bottom;
  const pages: LaidOutPage[] = [];
  const outline: OutlineEntry[] = [];
  let page: LaidOutPage = { cover: false, items: [] };
  let y = margin.top;
  let fresh = true;

  const newPage = (): void => {
    pages.push(page);
    page = { cover: false, items: [] };
    y = margin.top;
    fresh = true;
  };
  const ensure = (h: number): void => {
    if (!fresh && y + h > bottom) newPage();
  };
  const text = (x: number, yy: number, t: string, face: FontFace, size: number, color: string): void => {
    page.items.push({ kind: 'text', x, y: yy, text: t, face, size, color });
  };

  const chartSize = (chart: ChartBox): { w: number; h: number } => {
    const scale = Math.min(1, contentW / chart.width, (bottom - margin.top) / chart.height);
    return { w: chart.width * scale, h: chart.height * scale };
  };

  /** How much of one block must fit on the page of the heading before it. */
  const leadOf = (next: Block): number => {
    const body = 2 * STYLES.p.size * STYLES.p.leading;
    if (next.kind === 'chart') {
      const chart = charts[next.name];
      return chart ? chartSize(chart).h + 6 : body;
    }
    if (next.kind === 'table') return (next.header ? 2 : 1) * (TABLE.size * TABLE.leading * 2 + 2 * TABLE.padY) + 4;
    if (next.kind === 'page') return 0;
    const s = STYLES[next.kind];
    return s.before + 2 * s.size * s.leading;
  };

  /** A text block's lines, broken once: a heading looks ahead at the blocks after it. */
  const broken = new Map<number, string[]>();
  const linesOf = (index: number, kind: TextBlockKind, content: string): string[] => {
    let lines = broken.get(index);
    if (!lines) {
      const s = STYLES[kind];
      lines = breakLines(content, contentW - s.indent, (t) => measure(t, s.face, s.size));
      broken.set(index, lines);
    }
    return lines;
  };

  /**
   * What must fit on a heading's page after it: the whole run of headings and notes that follows
   * (a zone's 所在地 note, then its 主要数据 sub-heading) and the start of the first block of
   * content after that run. Looking one block ahead only, a zone heading and its note could end a
   * page with everything else on the next.
   */
  const keepAfter = (from: number): number => {
    let h = 0;
    for (let i = from; i < doc.blocks.length && i < from + 6; i++) {
      const b = doc.blocks[i]!;
      if (b.kind !== 'h1' && b.kind !== 'h2' && b.kind !== 'h3' && b.kind !== 'note') return h + leadOf(b);
      const s = STYLES[b.kind];
      h += s.before + linesOf(i, b.kind, b.text).length * s.size * s.leading + s.after;
    }
    return h;
  };

  const textBlock = (kind: TextBlockKind, content: string, index: number): void => {
    const s = STYLES[kind];
    const lineH = s.size * s.leading;
    const lines = linesOf(index, kind, content);
    if (kind.startsWith('cover')) {
      page.cover = true;
      if (fresh) y = pageH * 0.3;
    }
    const heading = kind === 'h1' || kind === 'h2' || kind === 'h3';
    if (!fresh) y += s.before;
    // Headings keep the start of what follows on their page; paragraphs may split.
    ensure(heading || page.cover ? lines.length * lineH + (heading ? s.after + keepAfter(index + 1) : 0) : lineH);
    if (kind === 'h1') outline.push({ title: content, level: 1, page: pages.length, y });
    if (kind === 'h2') {
      outline.push({ title: content, level: 2, page: pages.length, y });
      page.items.push({ kind: 'rect', x: left, y: y + lineH * 0.15, w: 3.5, h: lines.length * lineH - lineH * 0.3, color: NAVY });
    }
    if (kind === 'li') {
      const d = s.size * 0.32;
      page.items.push({ kind: 'rect', x: left + 3, y: y + (lineH - d) / 2, w: d, h: d, color: GREY });
    }
    for (const line of lines) {
      if (!heading && !page.cover && y + lineH > bottom) newPage();
      const x = s.align === 'center' ? left + (contentW - measure(line, s.face, s.size)) / 2 : left + s.indent;
      text(x, y + (lineH - s.size) / 2, line, s.face, s.size, s.color);
      y += lineH;
    }
    if (kind === 'h1') {
      page.items.push({ kind: 'line', x1: left, y1: y + 1, x2: left + contentW, y2: y + 1, width: 0.8, color: NAVY });
      y += 3;
    }
    y += s.after;
    fresh = false;
  };

  const tableBlock = (t: Extract<Block, { kind: 'table' }>): void => {
    const total = t.widths.reduce((a, b) => a + b, 0);
    const colW = t.widths.map((w) => (w / total) * contentW);
    const lineH = TABLE.size * TABLE.leading;
    const wrap = (row: readonly string[], face: FontFace): string[][] =>
      colW.map((w, c) => breakLines(row[c] ?? '', w - 2 * TABLE.padX, (s) => measure(s, face, TABLE.size)));
    const rowHeight = (cells: string[][]): number =>
      Math.max(1, ...cells.map((l) => l.length)) * lineH + 2 * TABLE.padY;
    const header = t.header ? wrap(t.header, 'bold') : null;
    const headerH = header ? rowHeight(header) : 0;

    const drawRow = (cells: string[][], h: number, face: FontFace, fill: string | null): void => {
      if (fill) page.items.push({ kind: 'rect', x: left, y, w: contentW, h, color: fill });
      let x = left;
      cells.forEach((lines, c) => {
        lines.forEach((line, k) => {
          text(x + TABLE.padX, y + TABLE.padY + k * lineH + (lineH - TABLE.size) / 2, line, face, TABLE.size, INK);
        });
        x += colW[c] ?? 0;
      });
      y += h;
      page.items.push({ kind: 'line', x1: left, y1: y, x2: left + contentW, y2: y, width: 0.4, color: TABLE.ruleColor });
    };
    const drawHeader = (): void => {
      page.items.push({ kind: 'line', x1: left, y1: y, x2: left + contentW, y2: y, width: 0.8, color: NAVY });
      if (header) drawRow(header, headerH, 'bold', TABLE.headerFill);
    };

    if (!fresh) y += 4;
    const bodies = t.rows.map((r) => wrap(r, 'regular'));
    ensure(headerH + (bodies[0] ? rowHeight(bodies[0]) : 0));
    drawHeader();
    fresh = false;
    const continuePage = (): void => {
      newPage();
      drawHeader();
      fresh = false;
    };
    for (let cells of bodies) {
      if (y + rowHeight(cells) > bottom && rowHeight(cells) <= bottom - margin.top - headerH) continuePage();
      // A row taller than a whole page (a very long sentence) goes on in pieces, never cut off.
      while (y + rowHeight(cells) > bottom) {
        const fit = Math.floor((bottom - y - 2 * TABLE.padY) / lineH);
        if (fit < 1) {
          continuePage();
          continue;
        }
        drawRow(cells.map((lines) => lines.slice(0, fit)), fit * lineH + 2 * TABLE.padY, 'regular', null);
        cells = cells.map((lines) => lines.slice(fit));
        continuePage();
      }
      drawRow(cells, rowHeight(cells), 'regular', null);
    }
    y += 8;
  };

  doc.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'page':
        if (!fresh || page.items.length > 0) newPage();
        return;
      case 'chart': {
        const chart = charts[block.name];
        if (!chart) throw new LayoutError(`unknown chart "${block.name}" (known: ${Object.keys(charts).join(', ') || 'none'})`);
        const { w, h } = chartSize(chart);
        if (!fresh) y += 6;
        ensure(h);
        page.items.push({ kind: 'chart', x: left + (contentW - w) / 2, y, w, h, name: block.name });
        y += h + 8;
        fresh = false;
        return;
      }
      case 'table':
        tableBlock(block);
        return;
      default:
        textBlock(block.kind, block.text, index);
    }
  });
  if (page.items.length > 0 || pages.length === 0) pages.push(page);

  // Running header and footer, now that the page count is known.
  const total = pages.length;
  pages.forEach((p, i) => {
    if (!p.cover && (doc.headerLeft || doc.headerRight)) {
      const hy = margin.top - 36;
      if (doc.headerLeft) p.items.push({ kind: 'text', x: left, y: hy, text: doc.headerLeft, face: 'regular', size: HEADER_SIZE, color: GREY });
      if (doc.headerRight) {
        const w = measure(doc.headerRight, 'regular', HEADER_SIZE);
        p.items.push({ kind: 'text', x: left + contentW - w, y: hy, text: doc.headerRight, face: 'regular', size: HEADER_SIZE, color: GREY });
      }
      p.items.push({ kind: 'line', x1: left, y1: hy + HEADER_SIZE + 6, x2: left + contentW, y2: hy + HEADER_SIZE + 6, width: 0.5, color: RULE });
    }
    if (doc.footer) {
      const t = doc.footer.replace(/\{page\}/g, String(i + 1)).replace(/\{pages\}/g, String(total));
      const w = measure(t, 'regular', HEADER_SIZE);
      p.items.push({ kind: 'text', x: left + (contentW - w) / 2, y: pageH - margin.bottom + 30, text: t, face: 'regular', size: HEADER_SIZE, color: GREY });
    }
  });
  return { geometry, pages, outline };
}
