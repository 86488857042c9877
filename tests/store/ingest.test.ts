import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Extractor, ingestPaths, reextractStore, reportFromStore } from '../../src/ingest.js';
import { parseReportPeriod } from '../../src/period.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type BulletinStore, StoreError } from '../../src/store/store.js';
import type { Bulletin } from '../../src/types.js';
import { createRegistry } from '../../src/zones/registry.js';
import { article, bulletin, indicator, period } from '../aggregate/build.js';

const registry = createRegistry([]);

/**
 * A stand-in extractor: each line "zone|MM-DD|count" of a file is one article reporting
 * signed_projects for 2025. The version decides what it reads, so reextract can be tested.
 */
function fakeExtractor(version: string, factor = 1): Extractor & { calls: number } {
  const ex = {
    version,
    calls: 0,
    extract(bytes: Uint8Array, opts: { file: string; issued: string | null }): Bulletin {
      ex.calls++;
      const text = new TextDecoder().decode(bytes);
      if (text.startsWith('BROKEN')) throw new Error('not a bulletin');
      const lines = text.trim().split('\n');
      return bulletin(text, {
        file: opts.file,
        issued: opts.issued,
        issueYear: 2026,
        articles: lines.map((l) => {
          const [zone = '', date = '', n = '0'] = l.split('|');
          return article({ zone, title: `${zone}签约`, date, indicators: [indicator('signed_projects', Number(n) * factor, '个', `2025年签约项目${n}个`, { period: period('2025年', '2025') })] });
        }),
      });
    },
  };
  return ex;
}

let dir: string;
let store: BulletinStore;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-ingest-'));
  fs.mkdirSync(path.join(dir, 'in'));
  fs.writeFileSync(path.join(dir, 'in', 'a.txt'), '东山经济开发区|01-05|4\n西山经济开发区|01-06|6\n');
  fs.writeFileSync(path.join(dir, 'in', 'b.txt'), '南山经济开发区|01-20|2\n');
  fs.writeFileSync(path.join(dir, 'in', 'notes.md'), 'not a bulletin');
  store = openSqliteStore(path.join(dir, 'zb.db'));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingestPaths', () => {
  it('stores every .txt of a directory with progress, and a second run changes nothing without re-extracting', async () => {
    const ex = fakeExtractor('v1');
    const progress: string[] = [];
    const first = await ingestPaths(store, ['in'], { registry, extractor: ex, cwd: dir, onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.file} ${p.outcome}`) });
    expect(first).toMatchObject({ inserted: 2, unchanged: 0, failed: 0 });
    expect(progress).toEqual(['1/2 a.txt inserted', '2/2 b.txt inserted']);
    const second = await ingestPaths(store, ['in', 'in/a.txt'], { registry, extractor: ex, cwd: dir });
    expect(second).toMatchObject({ inserted: 0, unchanged: 3, failed: 0 });
    expect(ex.calls).toBe(2);
    expect((await store.listBulletins()).map((b) => b.file).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('reports missing and unreadable files as diagnostics naming the file, and goes on', async () => {
    fs.writeFileSync(path.join(dir, 'broken.txt'), 'BROKEN');
    const r = await ingestPaths(store, ['missing.txt', 'broken.txt', 'in/b.txt'], { registry, extractor: fakeExtractor('v1'), cwd: dir });
    expect(r).toMatchObject({ inserted: 1, failed: 2 });
    expect(r.diagnostics).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'read.missing', file: 'missing.txt', severity: 'error' }),
      expect.objectContaining({ code: 'ingest.extract-failed', file: 'broken.txt', severity: 'error' }),
    ]));
  });

  it('stops with a StoreError when the store fails, keeping the bulletins stored before', async () => {
    await store.close();
    store = openSqliteStore(path.join(dir, 'zb.db'), { readonly: true });
    await expect(ingestPaths(store, ['in'], { registry, extractor: fakeExtractor('v1'), cwd: dir })).rejects.toBeInstanceOf(StoreError);
  });

  it('passes --issued to the extractor', async () => {
    await ingestPaths(store, ['in/b.txt'], { registry, extractor: fakeExtractor('v1'), cwd: dir, issued: '2026-01-21' });
    expect((await store.listBulletins())[0]?.issued).toBe('2026-01-21');
  });

  it('hands the hash it took to the extractor, which need not hash the bytes again', async () => {
    const given: (string | undefined)[] = [];
    const inner = fakeExtractor('v1');
    const ex: Extractor = { version: 'v1', extract: (bytes, opts) => { given.push(opts.sha256); return inner.extract(bytes, opts); } };
    await ingestPaths(store, ['in/b.txt'], { registry, extractor: ex, cwd: dir });
    const stored = await store.listBulletins();
    expect(given).toEqual([stored[0]?.sha256]);
    expect(given[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('reextractStore', () => {
  it('re-extracts only bulletins of another extractor version, from the stored bytes', async () => {
    await ingestPaths(store, ['in'], { registry, extractor: fakeExtractor('v1'), cwd: dir });
    fs.rmSync(path.join(dir, 'in'), { recursive: true });
    const v2 = fakeExtractor('v2', 10);
    expect(await reextractStore(store, { registry, extractor: v2 })).toMatchObject({ updated: 2, current: 0, failed: 0, version: 'v2' });
    expect(await reextractStore(store, { registry, extractor: v2 })).toMatchObject({ updated: 0, current: 2 });
    const values = (await store.loadBulletins()).flatMap((b) => b.articles.flatMap((a) => a.indicators.map((x) => x.value))).sort((a, b) => a - b);
    expect(values).toEqual([20, 40, 60]);
    expect((await store.listBulletins()).map((b) => b.extractorVersion)).toEqual(['v2', 'v2']);
  });
});

describe('reextractStore failures', () => {
  it('counts a bulletin the new extractor cannot read as failed and keeps its old extraction', async () => {
    await ingestPaths(store, ['in/b.txt'], { registry, extractor: fakeExtractor('v1'), cwd: dir });
    const before = await store.loadBulletins();
    const broken: Extractor = { version: 'v3', extract: () => { throw new Error('parser bug'); } };
    const r = await reextractStore(store, { registry, extractor: broken });
    expect(r).toMatchObject({ updated: 0, failed: 1 });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'ingest.extract-failed', file: 'b.txt', severity: 'error' })]);
    expect(await store.loadBulletins()).toEqual(before);
    expect((await store.listBulletins())[0]?.extractorVersion).toBe('v1');
  });
});

describe('reportFromStore', () => {
  it('aggregates the stored bulletins of the period', async () => {
    await ingestPaths(store, ['in'], { registry, extractor: fakeExtractor('v1'), cwd: dir });
    const r = await reportFromStore(store, parseReportPeriod('month', '2026-01'), { organisation: '测试', registry });
    expect(r.totals.find((t) => t.metric === 'signed_projects')).toMatchObject({ value: 12, zonesCovered: 3, zonesInReport: 3 });
    expect((await reportFromStore(store, parseReportPeriod('year', '2024'), { organisation: '测试', registry })).zones).toEqual([]);
  });
});
