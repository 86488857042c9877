// The briefing opened as a reader would: text extracted by pdftotext, fonts listed by pdffonts,
// page count and metadata by pdfinfo, bookmarks read from the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/render/atomic-file.js';
import { briefingPdf, loadBriefingResources, zoneBriefingPdf, type BriefingResources } from '../../src/render/pdf/index.js';
import { CLOSING, OPENING } from '../../src/render/pdf/linebreak.js';
import { emptyReport, sampleReport } from '../fixtures/sample-report.js';
import { pdfFonts, pdfInfo, pdfLines, pdfOutline, pdfText } from './pdf-inspect.js';
import { syntheticReport } from './synthetic-report.js';

const OPTIONS = { organisation: '示例市开发区服务中心', title: '开发区工作简报', subtitle: null };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-pdf-'));
let res: BriefingResources;

async function write(name: string, bytes: Promise<Buffer>): Promise<string> {
  const file = path.join(dir, name);
  writeFileAtomic(file, await bytes);
  return file;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

beforeAll(() => { res = loadBriefingResources(); });

describe('the briefing of the sample report', () => {
  let file: string;
  let text: string;
  beforeAll(async () => {
    file = await write('sample.pdf', briefingPdf(sampleReport(), OPTIONS, res));
    text = pdfText(file);
  });

  it('gives back the Chinese text exactly: headings, lead line, evidence sentences, footer', () => {
    const lines = pdfLines(file);
    expect(lines).toContain('签约项目 17 个 · 总投资 47.60 亿元 · 覆盖 2/3 个开发区');
    expect(lines).toContain('本期要点');
    expect(lines).toContain('第 1 页 / 共 5 页');
    expect(lines).toContain('第 5 页 / 共 5 页');
    // Evidence as written in the bulletins (fixture sentences), with its reference number.
    for (const s of sampleReport().sources) expect(squash(text)).toContain(squash(`[${s.ref}] ${s.evidence}`));
    expect(text).toContain('约 8,000 万元（0.80 亿元）');
  });

  it('embeds only subsets of the project fonts, no standard font', () => {
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const f of fonts) {
      expect(f).toMatchObject({ emb: true, sub: true, uni: true });
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('is A4 with the metadata taken from the report', () => {
    const info = pdfInfo(file);
    expect(info['Pages']).toBe('5');
    expect(info['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(info['Title']).toBe('开发区工作简报 2026年1月');
    expect(info['Author']).toBe('示例市开发区服务中心');
    expect(info['Subject']).toContain('3 个开发区');
    expect(info['CreationDate']).toMatch(/^2026-01-26T00:00:00/);
  });

  it('has a bookmark per section and per zone', () => {
    expect(pdfOutline(file)).toEqual([
      { title: '本期要点', level: 1, page: 2 },
      { title: '签约投资排名', level: 1, page: 2 },
      { title: '各开发区情况', level: 1, page: 3 },
      { title: '襄垣经开区（襄垣经济技术开发区）', level: 2, page: 3 },
      { title: '晋城经开区（晋城经济技术开发区）', level: 2, page: 3 },
      { title: '示例县高新区（示例县高新技术产业开发区）', level: 2, page: 4 },
      { title: '数据来源', level: 1, page: 5 },
      { title: '数据说明', level: 1, page: 5 },
    ]);
  });

  it('is byte-identical when rendered twice', async () => {
    const again = await briefingPdf(sampleReport(), OPTIONS, res);
    expect(Buffer.compare(again, fs.readFileSync(file))).toBe(0);
  });
});

describe('a 40-zone briefing', () => {
  let file: string;
  beforeAll(async () => { file = await write('forty.pdf', briefingPdf(syntheticReport(40), OPTIONS, res)); });

  it('breaks no line before closing or after opening punctuation', () => {
    const lines = pdfLines(file).map((l) => l.trim()).filter(Boolean);
    const bad = lines.filter((l) => CLOSING.has(l[0]!) || OPENING.has(l[l.length - 1]!));
    expect(bad).toEqual([]);
    expect(lines.length).toBeGreaterThan(500);
  });

  it('has one bookmark per zone under the zones section, on increasing pages', () => {
    const outline = pdfOutline(file);
    const zones = outline.filter((o) => o.level === 2);
    expect(zones).toHaveLength(40);
    expect(zones.map((z) => z.page)).toEqual([...zones.map((z) => z.page)].sort((a, b) => a - b));
    const pages = Number(pdfInfo(file)['Pages']);
    expect(pdfText(file)).toContain(`第 ${pages} 页 / 共 ${pages} 页`);
  });
});

describe('text that PDF strings must escape', () => {
  it('comes back unchanged: ASCII brackets, backslash, every glyph byte value', async () => {
    const report = sampleReport();
    // Enough distinct characters that glyph ids cover bytes like 0x28 "(", 0x29 ")", 0x5c "\\", 0x0a, 0x0d.
    const many = Array.from({ length: 600 }, (_, i) => String.fromCharCode(0x4e00 + i * 7)).join('');
    const title = `Phase (II) \\ A&B <x> ${many}`;
    report.zones[0]!.articles[0]!.title = title;
    const file = await write('escapes.pdf', briefingPdf(report, OPTIONS, res));
    expect(squash(pdfText(file))).toContain(squash(title));
  });
});

describe('an empty period', () => {
  it('gives a short valid PDF saying no bulletins were found', async () => {
    const file = await write('empty.pdf', briefingPdf(emptyReport(), OPTIONS, res));
    expect(pdfInfo(file)['Pages']).toBe('2');
    expect(pdfText(file)).toContain('2026年3月未找到任何开发区简报');
    expect(pdfOutline(file).map((o) => o.title)).toEqual(['本期概况']);
  });
});

describe('a zone briefing (--per-zone)', () => {
  it('holds that zone only, with its sources under the same reference numbers', async () => {
    const file = await write('zone.pdf', zoneBriefingPdf(sampleReport(), '晋城经济技术开发区', OPTIONS, res));
    const text = pdfText(file);
    expect(text).toContain('晋城经开区（晋城经济技术开发区）');
    expect(text).not.toContain('襄垣经开区');
    expect(squash(text)).toContain(squash('[7] 2026年度计划投资30亿元'));
    expect(squash(text)).not.toContain('[1]');
    expect(pdfOutline(file).map((o) => o.title)).toEqual(['本区情况', '晋城经开区（晋城经济技术开发区）', '数据来源', '数据说明']);
  });
});
