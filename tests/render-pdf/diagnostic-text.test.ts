// Every diagnostic that can reach the briefing or the workbook is explained in Chinese.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_ZH, diagnosticText } from '../../src/render/diagnostic-text.js';

const SRC = path.resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

describe('Chinese explanations of diagnostics', () => {
  // Codes written in the sources of the stages whose diagnostics go into a Report (store.* are
  // command-line errors; xlsx.* are made in Chinese by the workbook renderer).
  const codes = new Set(files(SRC).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/'((?:read|split|date|zone|figures|aggregate|ingest|reextract)\.[a-z-]+)'/g)].map((m) => m[1]!)));

  it('cover every code the extractor and the aggregation can report', () => {
    expect(codes.size).toBeGreaterThan(25);
    expect([...codes].filter((c) => !Object.hasOwn(DIAGNOSTIC_ZH, c)).sort()).toEqual([]);
  });

  it('put the explanation first and keep the particulars as the detail', () => {
    expect(diagnosticText({ code: 'aggregate.issue-date-stand-in', message: 'issue date unknown; the latest article date 2026-01-19 stands in for it' }))
      .toBe('出版日期不明，以文章中最晚的日期代替。（详情：issue date unknown; the latest article date 2026-01-19 stands in for it）');
    expect(diagnosticText({ code: 'xlsx.text-cleaned', message: '“指标”表有 2 个单元格的文字作了处理' })).toBe('“指标”表有 2 个单元格的文字作了处理');
  });
});
