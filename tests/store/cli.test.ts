// The ingest / stats / reextract commands end to end, in-process, with the real extractor on a
// bulletin written for this test (tests/store/fixtures, own sentences and figures).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-cli-'));
  fs.cpSync(FIXTURES, path.join(dir, 'in'), { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli({
    args, cwd: dir, env: {}, now: () => new Date('2026-02-01T00:00:00Z'),
    stdout: (t) => { out += t; }, stderr: (t) => { err += t; },
  });
  return { code, out, err };
}

describe('zonebrief ingest / stats / reextract', () => {
  it('ingests into ./data/zonebrief.db by default; a second ingest stores nothing new', async () => {
    const first = await cli('ingest', 'in');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^1 new bulletin\(s\) stored, 0 already stored, 0 failed — .*data\/zonebrief\.db/);
    expect(fs.existsSync(path.join(dir, 'data', 'zonebrief.db'))).toBe(true);
    expect((await cli('ingest', 'in/2026-01-15.txt')).out).toMatch(/^0 new bulletin\(s\) stored, 1 already stored/);
  });

  it('prints the month as a table, and as the Report JSON with --json', async () => {
    await cli('ingest', 'in', '--db', 'x.db');
    const table = await cli('stats', '--month', '2026-01', '--db', 'x.db');
    expect(table.code).toBe(0);
    expect(table.out).toContain('开发区统计 2026年1月');
    expect(table.out).toMatch(/签约投资\s+31\.6亿元\s+2026年1月/);
    expect(table.out).toMatch(/签约项目\s+2026年1月\s+实际\s+11个\s+2\/2 个开发区/);
    const json = await cli('stats', '--month', '2026-01', '--db', 'x.db', '--json');
    const report = JSON.parse(json.out) as Report;
    expect(report.period.key).toBe('2026-01');
    expect(report.asOf).toBe('2026-01-15');
    expect(report.totals.find((t) => t.metric === 'signed_investment')).toMatchObject({ value: 36.1, zonesCovered: 2, zonesInReport: 2 });
    expect(report.ranking.map((r) => [r.rank, r.zone, r.valueYi])).toEqual([[1, '襄垣经济技术开发区', 31.6], [2, '侯马经济开发区', 4.5]]);
  });

  it('reads the database from ZONEBRIEF_DB', async () => {
    let out = '';
    const env = { ZONEBRIEF_DB: path.join(dir, 'env.db') };
    const ctx = { cwd: dir, env, now: () => new Date(0), stdout: (t: string) => { out += t; }, stderr: () => {} };
    expect(await runCli({ ...ctx, args: ['ingest', 'in'] })).toBe(0);
    expect(out).toContain('env.db');
    expect(fs.existsSync(path.join(dir, 'env.db'))).toBe(true);
  });

  it('re-extracts only when asked for all, or when the extractor version changed', async () => {
    await cli('ingest', 'in', '--db', 'x.db');
    expect((await cli('reextract', '--db', 'x.db')).out).toMatch(/^0 bulletin\(s\) re-extracted .* 1 already current/);
    const raw = new Database(path.join(dir, 'x.db'));
    raw.prepare(`UPDATE bulletins SET extractor_version = 'old'`).run();
    raw.close();
    expect((await cli('reextract', '--db', 'x.db')).out).toMatch(/^1 bulletin\(s\) re-extracted/);
    expect((await cli('reextract', '--db', 'x.db', '--all')).out).toMatch(/^1 bulletin\(s\) re-extracted/);
  });

  it('gives clear errors: no database, corrupt database, wrong period, missing file', async () => {
    const missing = await cli('stats', '--year', '2025', '--db', 'none.db');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no database at .*none\.db.*zonebrief ingest/);
    expect(fs.existsSync(path.join(dir, 'none.db'))).toBe(false);

    fs.writeFileSync(path.join(dir, 'bad.db'), 'this is not a database, just text '.repeat(200));
    const corrupt = await cli('ingest', 'in', '--db', 'bad.db');
    expect(corrupt.code).toBe(1);
    expect(corrupt.err).toMatch(/bad\.db is not a readable zonebrief database/);

    const period = await cli('stats', '--month', '2026-13', '--db', 'x.db');
    expect(period.code).toBe(2);
    expect(period.err).toMatch(/--month expects YYYY-MM/);
    expect((await cli('stats', '--db', 'x.db')).err).toMatch(/choose the period/);

    fs.writeFileSync(path.join(dir, 'zonebrief.config.json'), '{"organisation": ');
    const config = await cli('stats', '--year', '2026', '--db', 'x.db');
    expect(config.code).toBe(1);
    expect(config.err).toMatch(/zonebrief\.config\.json.*not valid JSON/);

    const nofile = await cli('ingest', 'in/nope.txt', '--db', 'x.db');
    expect(nofile.code).toBe(1);
    expect(nofile.err).toMatch(/nope\.txt.*no such file/);
  });
});
