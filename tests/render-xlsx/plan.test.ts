import { describe, expect, it } from 'vitest';
import { SHEET, type FormulaCell, type RowPlan, type SheetPlan } from '../../src/render/xlsx/plan.js';
import { summaryLayout } from '../../src/render/xlsx/sheets/summary.js';
import { planWorkbook } from '../../src/render/xlsx/workbook.js';
import { emptyReport, sampleReport } from '../fixtures/sample-report.js';
import { edgeReport } from './edge-report.js';

const rows = (s: SheetPlan | undefined): RowPlan[] => [...(s?.rows() ?? [])];
const sheet = (plan: ReturnType<typeof planWorkbook>, name: string): SheetPlan | undefined => plan.sheets.find((s) => s.name === name);

describe('planWorkbook', () => {
  it('has the seven sheets in order and the properties from the report', () => {
    const plan = planWorkbook(sampleReport());
    expect(plan.sheets.map((s) => s.name)).toEqual(['概览', '开发区', '指标', '项目', '目标', '文章', '说明']);
    expect(plan.properties).toEqual({
      title: '示例市开发区服务中心 开发区数据 2026年1月', subject: '2026年1月开发区简报数据', creator: '示例市开发区服务中心',
      created: '2026-01-26', company: '示例市开发区服务中心',
    });
    expect(plan.diagnostics).toEqual([]);
  });

  it('writes one 指标 row per figure with its primary source', () => {
    const ind = rows(sheet(planWorkbook(sampleReport()), SHEET.indicators));
    expect(ind).toHaveLength(11);
    expect(ind[1]?.cells).toEqual([
      '襄垣经济技术开发区', '签约投资', 'signed_investment', 46.8, '亿元', 46.8, '否', 12.5, '实际', '2026年1月', '2026-01', '2026-01',
      2, '共签约项目12个,总投资46.8亿元', 'sample-2026-01-12.txt', '1月集中签约项目12个', null, '是',
    ]);
    // 签约投资 over “十四五” is in no total of the sample.
    expect(ind[3]?.cells[17]).toBe('否');
  });

  it('turns every total of the sample into a SUMIFS over 指标 with the model value cached', () => {
    const r = sampleReport();
    const summary = rows(sheet(planWorkbook(r), SHEET.summary));
    const first = summaryLayout(r).firstTotalRow;
    r.totals.forEach((t, i) => {
      const cell = summary[first - 1 + i]?.cells[3] as FormulaCell;
      expect(cell.kind).toBe('formula');
      expect(cell.formula.startsWith('SUMIFS(')).toBe(true);
      expect(cell.result).toBe(t.value);
    });
    const investment = summary[first]?.cells[3] as FormulaCell;
    expect(investment.formula).toBe(
      `SUMIFS('指标'!$F$2:$F$12,'指标'!$C$2:$C$12,"signed_investment",'指标'!$K$2:$K$12,"2026-01",'指标'!$L$2:$L$12,"2026-01",'指标'!$I$2:$I$12,"实际",'指标'!$R$2:$R$12,"是")`,
    );
  });

  it('sums one figure per zone, falls back to SUM over the summed cells or to the value, and says so', () => {
    const r = edgeReport();
    const plan = planWorkbook(r);
    const summary = rows(sheet(plan, SHEET.summary));
    const first = summaryLayout(r).firstTotalRow;
    const totals = summary.slice(first - 1, first + 3).map((row) => row.cells[3]);
    expect((totals[0] as FormulaCell).formula).toMatch(/^SUMIFS\(.*"started_projects".*,'指标'!\$R\$2:\$R\$8,"是"\)$/);
    expect((totals[0] as FormulaCell).result).toBe(18);
    expect(totals.slice(1)).toEqual([
      { kind: 'formula', formula: "SUM('指标'!$D$4)", result: 2, numFmt: '#,##0' },
      { kind: 'formula', formula: "SUM('指标'!$D$8)", result: 5, numFmt: '#,##0' },
      { kind: 'number', value: 4, numFmt: '#,##0' },
    ]);
    expect(rows(sheet(plan, SHEET.indicators)).map((row) => row.cells[17])).toEqual(['是', '否', '是', '是', '否', '否', '是']);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['xlsx.total-not-sumifs', 'xlsx.total-not-sumifs', 'xlsx.total-constant']);
    // The planner's findings are listed on 说明 after the report's own diagnostics.
    const notes = rows(sheet(plan, SHEET.notes)).map((row) => row.cells[1]);
    expect(notes.slice(-4)).toEqual(['zone.unknown', 'xlsx.total-not-sumifs', 'xlsx.total-not-sumifs', 'xlsx.total-constant']);
    // Explained in Chinese first, the particulars after (see src/render/diagnostic-text.ts).
    const unknownZone = rows(sheet(plan, SHEET.notes)).find((row) => row.cells[1] === 'zone.unknown')!;
    expect(String(unknownZone.cells[2])).toMatch(/^文中的开发区不在开发区名录中.*（详情：/);
  });

  it('links each zone on 概览 to its rows', () => {
    const r = sampleReport();
    const summary = rows(sheet(planWorkbook(r), SHEET.summary));
    const zoneRow = summary[summaryLayout(r).firstZoneRow - 1]?.cells;
    expect(zoneRow?.[0]).toEqual({ kind: 'link', text: '襄垣经济技术开发区', sheet: '开发区', row: 2, col: 1 });
    expect(zoneRow?.[2]).toEqual({ kind: 'link', text: '5 条', sheet: '指标', row: 2, col: 1 });
    const third = summary[summaryLayout(r).firstZoneRow + 1]?.cells;
    expect(third?.[2]).toEqual({ kind: 'link', text: '2 条', sheet: '指标', row: 11, col: 1 });
    expect(third?.[3]).toEqual({ kind: 'link', text: '1 条', sheet: '项目', row: 2, col: 1 });
  });

  it('puts one column per comparable figure on 开发区, the period only where the metric repeats', () => {
    const zones = sheet(planWorkbook(sampleReport()), SHEET.zones);
    expect(zones?.columns.map((c) => c.header).slice(4, 8)).toEqual([
      '签约项目（个） 2026年1月', '签约投资（亿元）', '开工项目（个）', '签约项目（个） “十四五”期间',
    ]);
    expect(rows(zones)[2]?.cells.slice(0, 8)).toEqual(['示例县高新技术产业开发区', '示例县高新区', null, '否', 5, 0.8, null, null]);
  });

  it('computes the completion ratio with a formula over comparable amounts', () => {
    const targets = rows(sheet(planWorkbook(edgeReport()), SHEET.targets));
    expect(targets[0]?.cells.slice(5, 13)).toEqual([
      '45亿元', 45, 4, '9000万元', 0.9, 5, { kind: 'formula', formula: 'IF(G2=0,"",J2/G2)', result: 0.9 / 45, numFmt: '0.0%' }, '亿元',
    ]);
  });

  it('plans an empty report without a data row or formula error', () => {
    const plan = planWorkbook(emptyReport());
    expect(plan.properties.created).toBe('2026-03-31');
    expect(rows(sheet(plan, SHEET.indicators))).toEqual([]);
    const counts = rows(sheet(plan, SHEET.summary)).slice(4, 8).map((r) => r.cells[1]);
    expect(counts).toEqual(['开发区', '指标', '项目', '文章'].map((_, i) => ({
      kind: 'formula', formula: `COUNTA('${['开发区', '指标', '项目', '文章'][i]}'!$A$2:$A$2)`, result: 0, numFmt: '#,##0',
    })));
  });
});
