// Two real clients open the workbook: LibreOffice (recalculating every formula on load, then
// exporting each sheet as CSV) and Python's openpyxl. Their values must match the Report.
// One LibreOffice run converts all three workbooks (it takes several seconds to start): the sample
// report, the edge cases, and the 2023 report built from the real bulletins in ../shared/corpus.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/aggregate/index.js';
import { extractBulletin } from '../../src/extract.js';
import { parseReportPeriod } from '../../src/period.js';
import { writeWorkbook } from '../../src/render/xlsx/index.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import { summaryLayout } from '../../src/render/xlsx/sheets/summary.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from '../fixtures/sample-report.js';
import { edgeReport } from './edge-report.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir = '';
const sample = sampleReport();
const edge = edgeReport();
const CORPUS = path.resolve(here, '../../../shared/corpus');

/** The whole pipeline on the real bulletins, for 2023 (two bulletins, fourteen zones). */
function corpusReport(): Report {
  const registry = loadDefaultRegistry();
  const bulletins = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => extractBulletin(fs.readFileSync(path.join(CORPUS, f)), { file: f, registry }));
  return buildReport({ bulletins, period: parseReportPeriod('year', '2023'), organisation: '测试单位', registry });
}
let corpus: Report | Error;

/** RFC 4180 CSV, as LibreOffice writes it (quoted fields may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Calc keeps the cached results of an xlsx unless told to recalculate on load; a private profile
// (also keeps parallel runs apart) holds that one setting.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function libreOfficeCsv(files: string[], outDir: string): void {
  const profile = path.join(dir, 'lo-profile');
  fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  execFileSync('soffice', [
    `-env:UserInstallation=file://${profile}`, '--headless',
    // , separator, " quotes, UTF-8, raw values (not as shown), every sheet (-1).
    '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
    '--outdir', outDir, ...files,
  ], { stdio: 'pipe', timeout: 120_000 });
}

interface Inspected {
  xmlErrors: string[];
  zipErrors: string | null;
  parts: number;
  definedNames: { name: string; localSheetId: string; text: string }[];
  longestString: number;
  inlineStrings: number;
  sheets: string[];
  properties: { creator: string; title: string; created: string };
  byName: Record<string, {
    freeze: string | null; filter: string | null; orientation: string; fitToWidth: number; fitToHeight: number;
    printTitleRows: string | null; maxRow: number; widths: Record<string, number>;
    cells: Record<string, { v: unknown; cached: unknown; fmt: string; link: string | null }>;
  }>;
}

const openpyxl = (file: string): Inspected =>
  JSON.parse(execFileSync('/usr/bin/python3', [path.join(here, 'inspect_xlsx.py'), file], { encoding: 'utf8', maxBuffer: 64 << 20 })) as Inspected;

const files = { sample: '', edge: '', corpus: '' };
let csv: (base: string, sheet: string) => string[][];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-xlsx-clients-'));
  files.sample = path.join(dir, 'sample.xlsx');
  files.edge = path.join(dir, 'edge.xlsx');
  await writeWorkbook(sample, files.sample);
  await writeWorkbook(edge, files.edge);
  const toConvert = [files.sample, files.edge];
  try {
    corpus = corpusReport();
    files.corpus = path.join(dir, 'corpus.xlsx');
    await writeWorkbook(corpus, files.corpus);
    toConvert.push(files.corpus);
  } catch (err) {
    // Reported by the corpus test itself; the fixture tests still run.
    corpus = err instanceof Error ? err : new Error(String(err));
  }
  const outDir = path.join(dir, 'csv');
  libreOfficeCsv(toConvert, outDir);
  csv = (base, sheet) => parseCsv(fs.readFileSync(path.join(outDir, `${base}-${sheet}.csv`), 'utf8'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function expectTotals(rows: string[][], report: Report): void {
  const first = summaryLayout(report).firstTotalRow;
  report.totals.forEach((t, i) => {
    const row = rows[first - 1 + i] ?? [];
    expect(row[0]).toBe(t.metricLabel);
    const recalculated = Number(row[3]);
    expect(close(recalculated, t.value), `${t.metricLabel} ${t.period.label}: LibreOffice ${row[3]}, report ${t.value}`).toBe(true);
  });
}

describe('LibreOffice', () => {
  it('exports every sheet', () => {
    for (const sheet of ['概览', '开发区', '指标', '项目', '目标', '文章', '说明']) expect(csv('sample', sheet).length).toBeGreaterThan(1);
  });

  it('recalculates the totals to the Report values', () => {
    expectTotals(csv('sample', '概览'), sample);
    expectTotals(csv('edge', '概览'), edge);
    const counts = csv('sample', '概览').slice(4, 8).map((r) => [r[0], r[1]]);
    expect(counts).toEqual([['开发区', '3'], ['指标', '11'], ['项目', '1'], ['文章', '5']]);
  });

  it('recalculates the totals of the report built from the real bulletins', () => {
    if (corpus instanceof Error) throw corpus;
    expect(corpus.totals.length).toBeGreaterThan(5);
    expectTotals(csv('corpus', '概览'), corpus);
    const figures = corpus.zones.flatMap((z) => z.figures);
    expect(csv('corpus', '指标').length).toBe(figures.length + 1);
  });

  it('reads every figure of the report on 指标', () => {
    const rows = csv('sample', '指标');
    const figures = sample.zones.flatMap((z) => z.figures);
    expect(rows.length).toBe(figures.length + 1);
    figures.forEach((f, i) => {
      const r = rows[i + 1] ?? [];
      expect([r[0], r[2], Number(r[3]), r[4], r[13]]).toEqual([f.zone, f.metric, f.value, f.unit, f.sources[0]?.evidence]);
      expect(r[5] === '' ? null : Number(r[5])).toBe(f.amountYi);
    });
  });

  it('recalculates the completion ratio and keeps the cleaned text', () => {
    const targets = csv('edge', '目标');
    const t = edge.zones[1]?.targets[0];
    // LibreOffice writes a percent-formatted number with its % sign even when not "as shown".
    const shown = targets[1]?.[11] ?? '';
    expect(shown.endsWith('%')).toBe(true);
    expect(close(Number(shown.slice(0, -1)) / 100, t?.ratio ?? NaN)).toBe(true);
    expect(csv('edge', '指标')[1]?.[13]).toBe('2月份,新开工项目7个');
  });
});

describe('openpyxl', () => {
  let s: Inspected;
  let e: Inspected;
  let c: Inspected | null;
  beforeAll(() => { s = openpyxl(files.sample); e = openpyxl(files.edge); c = files.corpus ? openpyxl(files.corpus) : null; });

  it('finds well-formed XML parts and nothing a client would repair', () => {
    expect(c, 'corpus workbook').not.toBeNull();
    for (const x of [s, e, ...(c ? [c] : [])]) {
      expect(x.zipErrors).toBeNull();
      expect(x.parts).toBeGreaterThan(10);
      expect(x.xmlErrors).toEqual([]);
      expect(x.longestString).toBeLessThanOrEqual(32_767);
      for (const d of x.definedNames) {
        expect(d.name).toBe('_xlnm.Print_Titles');
        expect(d.text).toMatch(/^'[^'[\]:\\/?*]{1,31}'!\$1:\$1$/);
        expect(x.sheets[Number(d.localSheetId)]).toBe(d.text.slice(1, d.text.indexOf("'", 1)));
      }
    }
    expect(e.longestString).toBe(32_767);
    // Sentences are written inline, short repeated texts through the shared-string table.
    expect(s.inlineStrings).toBeGreaterThan(10);
  });

  it('loads the sheets, properties, frozen headers, filters and print setup', () => {
    expect(s.sheets).toEqual(['概览', '开发区', '指标', '项目', '目标', '文章', '说明']);
    expect(s.properties).toEqual({ creator: '示例市开发区服务中心', title: '示例市开发区服务中心 开发区数据 2026年1月', created: '2026-01-26T00:00:00' });
    for (const name of s.sheets.slice(1)) {
      const ws = s.byName[name];
      expect(ws?.freeze, name).toBe('A2');
      expect(ws?.filter, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws?.printTitleRows, name).toBe('$1:$1');
      expect([ws?.orientation, ws?.fitToWidth, ws?.fitToHeight], name).toEqual(['landscape', 1, 0]);
    }
    expect(s.byName['指标']?.filter).toBe('A1:R12');
  });

  it('reads the formulas with their cached values, and the number formats', () => {
    const ws = s.byName['概览'];
    const first = summaryLayout(sample).firstTotalRow;
    sample.totals.forEach((t, i) => {
      const c = ws?.cells[`D${first + i}`];
      expect(String(c?.v)).toMatch(/^=SUMIFS\(/);
      expect(c?.cached).toBe(t.value);
      expect(c?.fmt).toBe(t.unit === '亿元' ? '#,##0.00' : '#,##0');
    });
    expect(s.byName['指标']?.cells['F3']).toMatchObject({ v: 46.8, fmt: '#,##0.00' });
    expect(s.byName['文章']?.cells['B2']).toMatchObject({ v: '2026-01-08 00:00:00', fmt: 'yyyy-mm-dd' });
  });

  it('follows the links from 概览 to each zone\'s rows', () => {
    const ws = s.byName['概览'];
    const row = summaryLayout(sample).firstZoneRow;
    expect(ws?.cells[`A${row}`]).toMatchObject({ v: '襄垣经济技术开发区', link: "'开发区'!A2" });
    expect(ws?.cells[`C${row}`]).toMatchObject({ v: '5 条', link: "'指标'!A2" });
    expect(ws?.cells[`A${row + 2}`]).toMatchObject({ v: '示例县高新技术产业开发区', link: "'开发区'!A4" });
    expect(ws?.cells[`C${row + 2}`]).toMatchObject({ link: "'指标'!A11" });
    expect(ws?.cells[`D${row + 2}`]).toMatchObject({ link: "'项目'!A2" });
  });
});
