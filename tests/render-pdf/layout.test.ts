// Layout checked on positions and texts, before any PDF exists (as pdfmake's layout tests do).
import { describe, expect, it } from 'vitest';
import type { DocumentBlocks } from '../../src/render/pdf/blocks.js';
import { A4, layoutDocument, type LaidOutDocument, type PageItem } from '../../src/render/pdf/layout.js';
import { layoutBriefing, loadBriefingResources } from '../../src/render/pdf/index.js';
import { briefingView } from '../../src/render/view-model.js';
import { syntheticReport } from './synthetic-report.js';

// A fake font: every character is one em wide.
const measure = (t: string, _face: unknown, size: number): number => [...t].length * size;
const texts = (d: LaidOutDocument, page: number): string[] =>
  d.pages[page]!.items.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
type TextItem = Extract<PageItem, { kind: 'text' }>;

describe('layoutDocument', () => {
  const doc = (blocks: DocumentBlocks['blocks']): DocumentBlocks => ({ headerLeft: '左', headerRight: '右', footer: '第 {page} 页 / 共 {pages} 页', blocks });

  it('puts the cover alone on its page, without the running header, and numbers all pages', () => {
    const d = layoutDocument(doc([
      { kind: 'cover-title', text: '开发区工作简报' },
      { kind: 'page' },
      { kind: 'h1', text: '本期要点' },
      { kind: 'p', text: '正文' },
    ]), measure, {});
    expect(d.pages).toHaveLength(2);
    expect(d.pages[0]!.cover).toBe(true);
    expect(texts(d, 0)).toEqual(['开发区工作简报', '第 1 页 / 共 2 页']);
    expect(texts(d, 1)).toEqual(['本期要点', '正文', '左', '右', '第 2 页 / 共 2 页']);
    expect(d.outline).toEqual([{ title: '本期要点', level: 1, page: 1, y: A4.margin.top }]);
  });

  it('centres cover lines', () => {
    const d = layoutDocument(doc([{ kind: 'cover-line', text: '二〇二六' }]), measure, {});
    const item = d.pages[0]!.items[0] as TextItem;
    expect(item.x + (4 * item.size) / 2).toBeCloseTo(A4.width / 2, 5);
  });

  it('wraps paragraphs inside the text width and continues them on the next page', () => {
    const long = '开'.repeat(5000);
    const d = layoutDocument(doc([{ kind: 'p', text: long }]), measure, {});
    expect(d.pages.length).toBeGreaterThan(1);
    const body = d.pages.flatMap((p) => p.items).filter((i): i is TextItem => i.kind === 'text' && i.size === 10.5);
    expect(body.map((i) => i.text).join('')).toBe(long);
    for (const i of body) {
      expect(i.x + measure(i.text, 'regular', i.size)).toBeLessThanOrEqual(A4.width - A4.margin.right + 1e-6);
      expect(i.y + i.size).toBeLessThanOrEqual(A4.height - A4.margin.bottom);
      expect(i.y).toBeGreaterThanOrEqual(A4.margin.top);
    }
  });

  it('repeats the table header on every page the table spans and never splits a row', () => {
    const rows = Array.from({ length: 120 }, (_, k) => [`${k + 1}`, `第${k + 1}行的说明文字`]);
    const d = layoutDocument(doc([{ kind: 'table', widths: [1, 4], header: ['编号', '说明'], rows }]), measure, {});
    expect(d.pages.length).toBeGreaterThan(2);
    for (let p = 0; p < d.pages.length; p++) expect(texts(d, p).slice(0, 2)).toEqual(['编号', '说明']);
    const cells = d.pages.flatMap((_, p) => texts(d, p)).filter((t) => /^第\d+行/.test(t));
    expect(cells).toHaveLength(120);
  });

  it('continues a row taller than a page on the next pages instead of failing or cutting it', () => {
    const long = '甲乙丙丁戊己庚'.repeat(1200);
    const d = layoutDocument(doc([{ kind: 'table', widths: [1, 4], header: ['编号', '原文'], rows: [['[1]', long], ['[2]', '短句']] }]), measure, {});
    expect(d.pages.length).toBeGreaterThan(2);
    const cells = d.pages.flatMap((_, p) => texts(d, p)).filter((t) => /^[甲乙丙丁戊己庚]+$/.test(t));
    expect(cells.join('')).toBe(long);
    expect(d.pages.flatMap((_, p) => texts(d, p))).toContain('短句');
    for (const page of d.pages) for (const i of page.items) if (i.kind === 'text') expect(i.y + i.size).toBeLessThanOrEqual(A4.height - A4.margin.bottom + 30 + 8);
  });

  it('keeps a heading with what follows it', () => {
    // 30 paragraphs leave room for the heading but not for a line after it.
    const filler = Array.from({ length: 30 }, () => ({ kind: 'p' as const, text: '行' }));
    const d = layoutDocument(doc([...filler, { kind: 'h2', text: '襄垣经开区' }, { kind: 'p', text: '正文' }]), measure, {});
    const page = d.outline.find((o) => o.title === '襄垣经开区')!.page;
    expect(texts(d, page)).toContain('正文');
    expect(texts(d, page)[0]).toBe('襄垣经开区');
  });

  it('keeps a zone heading, its note and its sub-heading with the start of the table after them', () => {
    // Whatever the space left at the page bottom, the four start on one page.
    for (let n = 24; n <= 32; n++) {
      const filler = Array.from({ length: n }, () => ({ kind: 'p' as const, text: '行' }));
      const d = layoutDocument(doc([
        ...filler,
        { kind: 'h2', text: '长治高新区' },
        { kind: 'note', text: '所在地：长治' },
        { kind: 'h3', text: '主要数据' },
        { kind: 'table', widths: [1, 1], header: ['指标', '数值'], rows: [['签约项目', '12 个']] },
      ]), measure, {});
      const page = d.outline.find((o) => o.title === '长治高新区')!.page;
      const onPage = texts(d, page).filter((t) => t !== '行');
      expect(onPage.slice(0, 6), `${n} lines before`).toEqual(['长治高新区', '所在地：长治', '主要数据', '指标', '数值', '签约项目']);
    }
  });

  it('keeps a heading on the page of the chart that follows it', () => {
    const filler = Array.from({ length: 20 }, () => ({ kind: 'p' as const, text: '行' }));
    const d = layoutDocument(doc([...filler, { kind: 'h1', text: '签约投资排名' }, { kind: 'chart', name: 'bars' }]), measure, { bars: { svg: '<svg/>', width: 400, height: 400 } });
    const chartPage = d.pages.findIndex((p) => p.items.some((i) => i.kind === 'chart'));
    expect(d.outline.find((o) => o.title === '签约投资排名')!.page).toBe(chartPage);
    expect(chartPage).toBe(1);
  });

  it('names an unknown chart', () => {
    expect(() => layoutDocument(doc([{ kind: 'chart', name: 'pie' }]), measure, {})).toThrow(/unknown chart "pie"/);
  });
});

describe('the 40-zone briefing laid out with the real fonts', () => {
  it('keeps every text inside the page and bookmarks each zone', () => {
    const { laid, charts } = layoutBriefing(briefingView(syntheticReport(40), { organisation: '示例中心', title: '简报', subtitle: null }), loadBriefingResources(), 'briefing');
    expect(laid.outline.filter((o) => o.level === 2)).toHaveLength(40);
    expect(Object.keys(charts)).toEqual(['signed-investment']);
    expect(charts['signed-investment']!.svg).toContain('示范经开区');
    for (const page of laid.pages) {
      for (const i of page.items) {
        if (i.kind !== 'text') continue;
        expect(i.x).toBeGreaterThanOrEqual(A4.margin.left - 1e-6);
        expect(i.y).toBeGreaterThan(0);
        expect(i.y + i.size).toBeLessThan(A4.height);
      }
    }
  });
});
