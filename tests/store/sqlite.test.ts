import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { type BulletinStore, StoreError, resolveDbPath } from '../../src/store/store.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import type { Bulletin } from '../../src/types.js';
import { article, bulletin, indicator, period, project } from '../aggregate/build.js';

const ZONE = '云岭经济技术开发区';

function sample(seed: string, articleCount = 2): Bulletin {
  return bulletin(seed, {
    issueYear: 2025,
    issued: '2025-03-10',
    diagnostics: [{ code: 'date.year-inferred', severity: 'info', message: 'year from issue', file: `${seed}.txt`, line: 3 }],
    articles: Array.from({ length: articleCount }, (_, i) => article({
      zone: ZONE,
      title: `云岭经开区第${i + 1}批项目集中签约`,
      date: '03-0' + String((i % 9) + 1),
      authors: ['林晓'],
      indicators: [
        indicator('signed_projects', 12 + i, '个', `3月份共签约项目${12 + i}个`, { period: period('3月份', '2025-03') }),
        indicator('signed_investment', 45.5, '亿元', '总投资45.5亿元', { yoy: 12.5, approx: true }),
      ],
      projects: [project('智能装备产业园项目', 'signed', 8.2, '投资8.2亿元的智能装备产业园项目签约'), project('物流园二期', 'started', null, '物流园二期开工')],
    })),
  });
}

const bytesOf = (s: string): Uint8Array => new TextEncoder().encode(s);

let dir: string;
const stores: BulletinStore[] = [];
function open(file = path.join(dir, 'zb.db'), opts: Parameters<typeof openSqliteStore>[1] = {}): BulletinStore {
  const s = openSqliteStore(file, opts);
  stores.push(s);
  return s;
}

beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-store-')); });
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<StoreError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(StoreError);
    return err as StoreError;
  }
  throw new Error('expected a StoreError');
}

describe('SQLite store', () => {
  it('creates the file and its directory on first use, at the current schema version', async () => {
    const file = path.join(dir, 'nested', 'data', 'zb.db');
    open(file);
    expect(fs.existsSync(file)).toBe(true);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });

  it('round-trips a bulletin exactly: articles, indicators, projects, diagnostics and the raw bytes', async () => {
    const store = open();
    const b = sample('round-trip');
    expect(await store.putBulletin(b, { bytes: bytesOf('原始字节') }, 'x1')).toBe('inserted');
    expect(await store.loadBulletins()).toEqual([b]);
    expect(new TextDecoder().decode((await store.loadSource(b.sha256)) ?? new Uint8Array())).toBe('原始字节');
    expect(await store.listBulletins()).toEqual([{
      sha256: b.sha256, file: 'round-trip.txt', encoding: 'utf-8', issued: '2025-03-10', issueYear: 2025,
      extractorVersion: 'x1', byteLength: bytesOf('原始字节').byteLength, articleCount: 2,
    }]);
  });

  it('stores the same bulletin twice as one: the second put changes nothing', async () => {
    const store = open();
    const b = sample('twice');
    await store.putBulletin(b, { bytes: bytesOf('a') }, 'x1');
    const changed = { ...b, file: 'renamed.txt', articles: [] };
    expect(await store.putBulletin(changed, { bytes: bytesOf('a') }, 'x2')).toBe('unchanged');
    expect(await store.loadBulletins()).toEqual([b]);
    expect((await store.listBulletins())[0]?.extractorVersion).toBe('x1');
  });

  it('filters by issue year, keeping bulletins whose year is unknown', async () => {
    const store = open();
    const y2024 = { ...sample('y2024', 1), issueYear: 2024 };
    const y2025 = sample('y2025', 1);
    const unknown = { ...sample('unknown', 1), issueYear: null, issued: null };
    for (const b of [y2024, y2025, unknown]) await store.putBulletin(b, { bytes: bytesOf(b.file) }, 'x1');
    const files = (await store.loadBulletins({ issueYears: { from: 2025, to: 2025 } })).map((b) => b.file).sort();
    expect(files).toEqual(['unknown.txt', 'y2025.txt']);
    expect((await store.loadBulletins({ sha256: [y2024.sha256] })).map((b) => b.file)).toEqual(['y2024.txt']);
  });

  it('replaces an extraction (reextract) and keeps the raw bytes', async () => {
    const store = open();
    const b = sample('re');
    await store.putBulletin(b, { bytes: bytesOf('bytes') }, 'x1');
    const newer: Bulletin = { ...b, issueYear: 2026, articles: b.articles.slice(0, 1), diagnostics: [] };
    await store.replaceExtraction(newer, 'x2');
    expect(await store.loadBulletins()).toEqual([newer]);
    expect((await store.listBulletins())[0]).toMatchObject({ extractorVersion: 'x2', articleCount: 1, issueYear: 2026 });
    expect(await store.loadSource(b.sha256)).not.toBeNull();
    const missing = await errorOf(store.replaceExtraction(sample('never-stored'), 'x2'));
    expect(missing.code).toBe('store.not-found');
  });

  it('rolls back a bulletin that fails half-way: nothing of it is stored', async () => {
    const store = open();
    const good = sample('good');
    await store.putBulletin(good, { bytes: bytesOf('g') }, 'x1');
    const bad = sample('bad', 3);
    // The third article breaks a NOT NULL constraint after two articles were written.
    (bad.articles[2] as { title: unknown }).title = null;
    await expect(store.putBulletin(bad, { bytes: bytesOf('b') }, 'x1')).rejects.toBeInstanceOf(StoreError);
    expect(await store.hasBulletin(bad.sha256)).toBe(false);
    expect(await store.loadBulletins()).toEqual([good]);
  });

  it('leaves the database as before the bulletin when the process dies mid-transaction', async () => {
    const file = path.join(dir, 'crash.db');
    const first = open(file);
    await first.putBulletin(sample('before-crash'), { bytes: bytesOf('1') }, 'x1');
    await first.close();
    // A child process starts storing a bulletin and is killed (SIGKILL) while writing its third article.
    const script = `
      import { openSqliteStore } from ${JSON.stringify(path.resolve('src/store/sqlite.ts'))};
      const store = openSqliteStore(${JSON.stringify(file)});
      const art = (i) => ({ id: 'c:' + i, zone: null, zoneAsPrinted: null, kicker: null, date: null, authors: [], spans: [], projects: [], indicators: [],
        get title() { if (i === 2) process.kill(process.pid, 'SIGKILL'); return 't' + i; } });
      await store.putBulletin({ file: 'crash.txt', sha256: 'c'.repeat(64), encoding: 'utf-8', issued: null, issueYear: null,
        articles: [art(0), art(1), art(2), art(3)], diagnostics: [] }, { bytes: new Uint8Array([1, 2]) }, 'x1');
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGKILL');
    const after = open(file);
    expect(await after.hasBulletin('c'.repeat(64))).toBe(false);
    expect((await after.loadBulletins()).map((b) => b.file)).toEqual(['before-crash.txt']);
  });

  it('says clearly that a file is not a database (corrupt file)', async () => {
    const file = path.join(dir, 'corrupt.db');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const err = await errorOf(() => open(file));
    expect(err.code).toBe('store.corrupt');
    expect(err.message).toContain(file);
    expect(fs.readFileSync(file)).toEqual(Buffer.alloc(8192, 0x5a));
  });

  it('refuses an SQLite file of another application', async () => {
    const file = path.join(dir, 'other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect((await errorOf(() => open(file))).code).toBe('store.corrupt');
  });

  it('refuses a database written by a newer zonebrief', async () => {
    const file = path.join(dir, 'newer.db');
    open(file);
    await stores.pop()?.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect((await errorOf(() => open(file))).code).toBe('store.newer-schema');
  });

  it('says clearly that a read-only database cannot be written, and reads from it', async () => {
    const file = path.join(dir, 'ro.db');
    const rw = open(file);
    const b = sample('ro');
    await rw.putBulletin(b, { bytes: bytesOf('r') }, 'x1');
    await rw.close();
    // Tests run as root, who may write any file whatever its mode: open with the read-only flag.
    const ro = open(file, { readonly: true });
    expect(await ro.loadBulletins()).toEqual([b]);
    const err = await errorOf(ro.putBulletin(sample('ro-2'), { bytes: bytesOf('x') }, 'x1'));
    expect(err.code).toBe('store.readonly');
    expect(err.message).toContain(file);
  });

  it.skipIf(process.getuid?.() === 0)('says clearly that a chmod 444 database cannot be written (skipped as root: root ignores file modes)', async () => {
    const file = path.join(dir, 'mode.db');
    await open(file).close();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir, 0o555);
    try {
      const err = await errorOf(async () => { const s = open(file); await s.putBulletin(sample('m'), { bytes: bytesOf('m') }, 'x1'); });
      expect(err.code).toBe('store.readonly');
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });

  it('says there is no database for a read-only command, without creating one', async () => {
    const file = path.join(dir, 'absent.db');
    const err = await errorOf(() => open(file, { create: false }));
    expect(err.code).toBe('store.missing');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reports a full disk and keeps every bulletin stored before it intact', async () => {
    const store = open(path.join(dir, 'full.db'), { maxPageCount: 40 });
    const big = (seed: string): Bulletin => sample(seed, 30);
    const stored: Bulletin[] = [];
    let err: StoreError | null = null;
    for (let i = 0; i < 50 && !err; i++) {
      const b = big(`full-${i}`);
      try {
        await store.putBulletin(b, { bytes: new Uint8Array(20_000).fill(i) }, 'x1');
        stored.push(b);
      } catch (e) {
        err = e as StoreError;
        expect(await store.hasBulletin(b.sha256)).toBe(false);
      }
    }
    expect(err?.code).toBe('store.full');
    expect(err?.message).toMatch(/rolled back/);
    expect(stored.length).toBeGreaterThan(0);
    expect(await store.loadBulletins()).toEqual(stored);
  });

  it('waits for another writer, then fails with a clear "busy" error instead of writing half', async () => {
    const file = path.join(dir, 'busy.db');
    open(file);
    const other = new Database(file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE'); // another ingest holds the write lock
    try {
      const store = open(file, { busyTimeoutMs: 50 });
      const b = sample('busy');
      const err = await errorOf(store.putBulletin(b, { bytes: bytesOf('b') }, 'x1'));
      expect(err.code).toBe('store.busy');
      expect(err.message).toMatch(/another zonebrief process/);
      other.exec('ROLLBACK');
      expect(await store.hasBulletin(b.sha256)).toBe(false);
      expect(await store.putBulletin(b, { bytes: bytesOf('b') }, 'x1')).toBe('inserted');
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
  });
});

describe('two writers at once', () => {
  it('two processes storing bulletins into one database at the same time both finish, nothing lost', async () => {
    const file = path.join(dir, 'shared.db');
    await open(file).close();
    // Each child stores 40 bulletins of its own, one transaction each, while the other writes too.
    const script = (tag: string): string => `
      import { openSqliteStore } from ${JSON.stringify(path.resolve('src/store/sqlite.ts'))};
      const store = openSqliteStore(${JSON.stringify(file)});
      for (let i = 0; i < 40; i++) {
        const sha = ('${tag}-' + i + '-').padEnd(64, '0');
        const articles = Array.from({ length: 20 }, (_, k) => ({ id: sha.slice(0, 12) + ':' + k, zone: null, zoneAsPrinted: null, title: 't' + k, kicker: null, date: null, authors: [], spans: [], projects: [], indicators: [] }));
        await store.putBulletin({ file: '${tag}' + i + '.txt', sha256: sha, encoding: 'utf-8', issued: null, issueYear: 2025, articles, diagnostics: [] }, { bytes: new Uint8Array(1000) }, 'x1');
      }
      await store.close();
    `;
    const { spawn } = await import('node:child_process');
    const run = (tag: string): Promise<{ code: number | null; err: string }> => new Promise((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script(tag)]);
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('close', (code) => resolve({ code, err }));
    });
    const results = await Promise.all([run('a'), run('b')]);
    expect(results).toEqual([{ code: 0, err: '' }, { code: 0, err: '' }]);
    const store = open(file);
    const stored = await store.listBulletins();
    expect(stored).toHaveLength(80);
    expect(stored.every((b) => b.articleCount === 20)).toBe(true);
  });
});

describe('resolveDbPath', () => {
  it('prefers --db, then ZONEBRIEF_DB, then ./data/zonebrief.db under the working directory', () => {
    expect(resolveDbPath({ db: 'x.db', env: { ZONEBRIEF_DB: '/e.db' }, cwd: '/w' })).toBe('/w/x.db');
    expect(resolveDbPath({ env: { ZONEBRIEF_DB: '/e.db' }, cwd: '/w' })).toBe('/e.db');
    expect(resolveDbPath({ env: {}, cwd: '/w' })).toBe('/w/data/zonebrief.db');
  });
});
