// The written file, read back with exceljs: sheets, cells, formulas, formats, frozen panes, filters.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/render/xlsx/index.js';
import { summaryLayout } from '../../src/render/xlsx/sheets/summary.js';
import type { Diagnostic } from '../../src/types.js';
import { emptyReport, sampleReport } from '../fixtures/sample-report.js';
import { edgeReport } from './edge-report.js';

let dir = '';
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-xlsx-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
const sheetOf = (wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe('writeWorkbook (sample report)', () => {
  let wb: ExcelJS.Workbook;
  let file = '';
  const diagnostics: Diagnostic[] = [];
  beforeAll(async () => {
    file = path.join(dir, 'workbook.xlsx');
    await writeWorkbook(sampleReport(), file, { onDiagnostic: (d) => diagnostics.push(d) });
    wb = await readBack(file);
  });

  it('leaves only the finished file in the directory', () => {
    expect(fs.readdirSync(dir)).toEqual(['workbook.xlsx']);
    expect(diagnostics).toEqual([]);
  });

  it('has the sheets in order and the workbook properties', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '开发区', '指标', '项目', '目标', '文章', '说明']);
    expect(wb.creator).toBe('示例市开发区服务中心');
    expect(wb.title).toBe('示例市开发区服务中心 开发区数据 2026年1月');
    expect(wb.created.toISOString()).toBe('2026-01-26T00:00:00.000Z');
  });

  it('writes the totals as formulas with their values cached', () => {
    const r = sampleReport();
    const ws = sheetOf(wb, '概览');
    const first = summaryLayout(r).firstTotalRow;
    r.totals.forEach((t, i) => {
      const row = ws.getRow(first + i);
      expect(row.getCell(1).value).toBe(t.metricLabel);
      const v = row.getCell(4).value as ExcelJS.CellFormulaValue;
      expect(v.formula).toMatch(/^SUMIFS\('指标'!\$[DF]\$2:\$[DF]\$12,'指标'!\$C\$2:\$C\$12,".*,"是"\)$/);
      expect(v.result).toBe(t.value);
      expect(row.getCell(4).numFmt).toBe(t.unit === '亿元' ? '#,##0.00' : '#,##0');
      expect(row.getCell(6).value).toBe(`${t.zonesCovered}/${t.zonesInReport}`);
    });
    expect((ws.getCell('B6').value as ExcelJS.CellFormulaValue).formula).toBe("COUNTA('指标'!$A$2:$A$12)");
  });

  it('writes real dates', () => {
    const summary = sheetOf(wb, '概览');
    expect(summary.getCell('C2').value).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(summary.getCell('C2').numFmt).toBe('yyyy-mm-dd');
    const articles = sheetOf(wb, '文章');
    expect(articles.getCell('B2').value).toEqual(new Date('2026-01-08T00:00:00Z'));
    expect(articles.getCell('B3').value).toBeNull();
    const projects = sheetOf(wb, '项目');
    expect(projects.getCell('I2').value).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(projects.getCell('I2').numFmt).toBe('yyyy-mm');
  });

  it('freezes, filters and prints every list sheet with its header row', () => {
    for (const name of ['开发区', '指标', '项目', '目标', '文章', '说明']) {
      const ws = sheetOf(wb, name);
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      expect(ws.autoFilter, name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(ws.pageSetup, name).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
      expect(ws.getRow(1).getCell(1).font?.bold, name).toBe(true);
    }
    expect(sheetOf(wb, '指标').autoFilter).toBe('A1:R12');
  });

  it('puts the units in the headers and the number formats on the cells', () => {
    const ws = sheetOf(wb, '指标');
    expect(ws.getRow(1).values).toEqual([undefined,
      '开发区', '指标', '指标代码', '数值（原文）', '单位', '金额（亿元）', '约数', '同比增长（%）', '状态', '期间', '期间起', '期间止',
      '引用号', '原文', '简报文件', '文章标题', '其他出处', '计入合计']);
    expect(ws.getCell('F3').value).toBe(46.8);
    expect(ws.getCell('F3').numFmt).toBe('#,##0.00');
    expect(ws.getCell('H3').value).toBe(12.5);
    expect(ws.getCell('N4').value).toBe('“十四五”期间累计签约项目88个,总投资412.35亿元');
    expect(ws.getCell('K6').value).toBeNull();
  });

  it('sizes columns for CJK text', () => {
    const ws = sheetOf(wb, '指标');
    // 示例县高新技术产业开发区: 12 full-width characters = 24 units, plus padding.
    expect(ws.getColumn(1).width).toBe(26);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual('annual_planned_investment'.length);
  });

  it('lists each zone on 概览 (the links themselves are checked with openpyxl: exceljs does not read links within a workbook)', () => {
    const ws = sheetOf(wb, '概览');
    const row = ws.getRow(summaryLayout(sampleReport()).firstZoneRow);
    expect(row.getCell(1).value).toBe('襄垣经济技术开发区');
    expect(row.getCell(1).font?.underline).toBe(true);
    expect(row.getCell(3).value).toBe('5 条');
  });
});

describe('writeWorkbook (edge cases)', () => {
  it('cleans text Excel cannot hold and reports it on 说明', async () => {
    const file = path.join(dir, 'edge.xlsx');
    const diagnostics: Diagnostic[] = [];
    await writeWorkbook(edgeReport(), file, { onDiagnostic: (d) => diagnostics.push(d) });
    const wb = await readBack(file);
    const ind = sheetOf(wb, '指标');
    expect(ind.getCell('N2').value).toBe('2月份,新开工项目7个');
    expect(String(ind.getCell('N5').value)).toHaveLength(32_767);
    expect(sheetOf(wb, '文章').getCell('C2').value).toBe('边界情况测试文章');
    const codes = ['xlsx.total-not-sumifs', 'xlsx.total-not-sumifs', 'xlsx.total-constant', 'xlsx.text-cleaned', 'xlsx.text-cleaned'];
    expect(diagnostics.map((d) => d.code)).toEqual(codes);
    expect(diagnostics[3]?.message).toContain('“指标”表有 2 个单元格');
    expect(diagnostics[3]?.message).toContain('1 个超过 32,767 字被截断');
    const notes = sheetOf(wb, '说明');
    expect(notes.getColumn(2).values.filter((v) => typeof v === 'string' && v.startsWith('xlsx.'))).toEqual(codes);
  });

  it('writes an empty report', async () => {
    const file = path.join(dir, 'empty.xlsx');
    await writeWorkbook(emptyReport(), file);
    const wb = await readBack(file);
    expect(wb.worksheets).toHaveLength(7);
    expect(sheetOf(wb, '指标').rowCount).toBe(1);
    expect(sheetOf(wb, '概览').getCell('A12').value).toBe('（本期没有可相加的同类数字）');
  });

  it('names the file when it cannot write, and leaves nothing behind', async () => {
    const file = path.join(dir, 'no-such-dir', 'workbook.xlsx');
    await expect(writeWorkbook(sampleReport(), file)).rejects.toThrow(file);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});

describe('writeWorkbook (synthetic report, 5,000 figures)', () => {
  it('writes every row and a SUMIFS per total', async () => {
    const { largeReport } = await import('../../bench/fixtures/large-report.js');
    const r = largeReport({ indicators: 5_000, zones: 20 });
    const file = path.join(dir, 'large.xlsx');
    await writeWorkbook(r, file);
    const wb = await readBack(file);
    const ind = sheetOf(wb, '指标');
    expect(ind.rowCount).toBe(5_001);
    expect(ind.autoFilter).toBe('A1:R5001');
    expect(ind.getCell('R5001').value).toBe('是');
    const summary = sheetOf(wb, '概览');
    const first = summaryLayout(r).firstTotalRow;
    expect(r.totals.length).toBeGreaterThan(50);
    r.totals.forEach((t, i) => {
      const v = summary.getCell(first + i, 4).value as ExcelJS.CellFormulaValue;
      expect(v.formula.startsWith('SUMIFS('), `${t.metric} ${t.period.label} ${t.status}`).toBe(true);
      expect(v.result).toBe(t.value);
    });
    expect(sheetOf(wb, '开发区').rowCount).toBe(21);
  });
});
