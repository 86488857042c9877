// The `report` command, run in-process as the CLI runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportArgs, writeReportFiles } from '../../src/cli/commands/report.js';
import type { CliContext } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/main.js';
import { DEFAULT_CONFIG } from '../../src/config.js';
import { sampleReport } from '../fixtures/sample-report.js';
import { CLOSING, OPENING } from '../../src/render/pdf/linebreak.js';
import { pdfFonts, pdfInfo, pdfLines, pdfText } from './pdf-inspect.js';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

function context(cwd: string, args: string[]): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { args, cwd, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date('2026-02-01T00:00:00Z'), out, err };
}

describe('report arguments', () => {
  it('reads the period and options', () => {
    const a = parseReportArgs(['--quarter', '2026-Q1', '--out', 'o', '--per-zone', '--db', 'x.db', 'a.txt', 'dir']);
    expect(a).toMatchObject({ period: { key: '2026-Q1', label: '2026年第一季度' }, out: 'o', perZone: true, db: 'x.db', paths: ['a.txt', 'dir'] });
    expect(parseReportArgs(['--year', '2025'])).toMatchObject({ period: { key: '2025' }, out: 'output', perZone: false });
  });

  it('refuses a missing, doubled or malformed period and unknown options', () => {
    expect(() => parseReportArgs([])).toThrow(/which period/);
    expect(() => parseReportArgs(['--month', '2026-01', '--year', '2026'])).toThrow(/one period only/);
    expect(() => parseReportArgs(['--month', '2026-13'])).toThrow(/--month expects YYYY-MM/);
    expect(() => parseReportArgs(['--month', '2026-01', '--pages'])).toThrow(/unknown option --pages/);
    expect(() => parseReportArgs(['--month'])).toThrow(/--month needs a value/);
  });
});

describe('writeReportFiles', () => {
  it('writes the briefing, the workbook and one PDF per zone, leaving no temporary file', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-report-')), '2026-01');
    const written = await writeReportFiles(sampleReport(), DEFAULT_CONFIG, dir, true, () => {});
    expect(written.map((f) => path.relative(dir, f))).toEqual([
      'briefing.pdf', 'workbook.xlsx',
      path.join('zones', '襄垣经济技术开发区.pdf'), path.join('zones', '晋城经济技术开发区.pdf'), path.join('zones', '示例县高新技术产业开发区.pdf'),
    ]);
    for (const f of written) expect(fs.statSync(f).size).toBeGreaterThan(1000);
    const leftovers = [...fs.readdirSync(dir), ...fs.readdirSync(path.join(dir, 'zones'))].filter((f) => f.startsWith('.'));
    expect(leftovers).toEqual([]);
    expect(pdfInfo(path.join(dir, 'zones', '晋城经济技术开发区.pdf'))['Title']).toBe('开发区工作简报 晋城经开区（晋城经济技术开发区） 2026年1月');
  });
});

describe.skipIf(!fs.existsSync(CORPUS))('zonebrief report on the corpus', () => {
  it('ingests the bulletins and writes the period files, then an empty period as a short notice', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-report-cli-'));
    fs.writeFileSync(path.join(cwd, 'zonebrief.config.json'), JSON.stringify({ organisation: '测试用开发区服务中心' }));
    const ctx = context(cwd, ['report', '--month', '2026-01', '--db', 'z.db', '--out', 'out', CORPUS]);
    expect(await runCli(ctx)).toBe(0);
    const briefing = path.join(cwd, 'out', '2026-01', 'briefing.pdf');
    expect(ctx.out.join('')).toContain(`wrote ${briefing}`);
    expect(fs.existsSync(path.join(cwd, 'out', '2026-01', 'workbook.xlsx'))).toBe(true);
    const text = pdfText(briefing);
    expect(text).toContain('测试用开发区服务中心');
    expect(text).toContain('数据来源');
    expect(pdfInfo(briefing)['Author']).toBe('测试用开发区服务中心');
    // Real bulletin sentences: still no line broken before a closing or after an opening mark.
    const lines = pdfLines(briefing).map((l) => l.trim()).filter(Boolean);
    expect(lines.filter((l) => CLOSING.has(l[0]!) || OPENING.has(l[l.length - 1]!))).toEqual([]);
    expect(pdfFonts(briefing).every((f) => f.emb && f.sub && /^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/.test(f.name))).toBe(true);

    const empty = context(cwd, ['report', '--month', '2020-01', '--db', 'z.db', '--out', 'out']);
    expect(await runCli(empty)).toBe(0);
    const emptyPdf = path.join(cwd, 'out', '2020-01', 'briefing.pdf');
    expect(pdfText(emptyPdf)).toContain('2020年1月未找到任何开发区简报');
  });

  it('names the output path it cannot write', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-report-out-'));
    fs.writeFileSync(path.join(cwd, 'out'), 'a file where the output folder should be');
    const ctx = context(cwd, ['report', '--month', '2026-01', '--db', 'z.db', '--out', 'out', CORPUS]);
    expect(await runCli(ctx)).toBe(1);
    expect(ctx.err.join('')).toMatch(new RegExp(`cannot write the output .*${path.join(cwd, 'out').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  });

  it('names the config file when it is not valid JSON', async () => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-report-cfg-'));
    fs.writeFileSync(path.join(cwd, 'bad.json'), '{\n  "organisation": "x",\n}\n');
    const ctx = context(cwd, ['report', '--month', '2026-01', '--config', 'bad.json', '--db', 'z.db']);
    expect(await runCli(ctx)).toBe(1);
    expect(ctx.err.join('')).toContain(`${path.join(cwd, 'bad.json')}:3: not valid JSON`);
  });
});
