import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBulletin } from '../../src/extract.js';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import type { ExtractionOutput } from '../../src/types.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bulletins');
const registry = loadDefaultRegistry();
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

describe('extractBulletin', () => {
  it('returns a bulletin with stable ids, its hash, encoding and issue year', () => {
    const b = extractBulletin(bytesOf('head-first.txt'), { file: 'head-first.txt', issued: '2026-03-20', registry });
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toMatchObject({ file: 'head-first.txt', encoding: 'utf-8', issued: '2026-03-20', issueYear: 2026 });
    expect(b.articles.map((a) => a.id)).toEqual([0, 1, 2, 3].map((i) => `${b.sha256.slice(0, 12)}:${i}`));
    expect(b.articles.map((a) => a.zone)).toEqual(['侯马经济开发区', '长治经济技术开发区', '晋城经济技术开发区', '山西转型综改示范区']);
    expect(b.articles[1]).toMatchObject({ zoneAsPrinted: '长治经开区', authors: ['孙晓丽'] });
  });

  it('uses a hash the caller already took, and gives the same bulletin as hashing itself', () => {
    const bytes = bytesOf('head-first.txt');
    const own = extractBulletin(bytes, { file: 'head-first.txt', registry });
    expect(extractBulletin(bytes, { file: 'head-first.txt', registry, sha256: own.sha256 })).toEqual(own);
    // A hash unlike the bytes' own shows the given one is what names the bulletin and its articles
    // (with the caller's true hash, ignoring it would give the same bulletin).
    const given = 'ab'.repeat(32);
    const named = extractBulletin(bytes, { file: 'head-first.txt', registry, sha256: given });
    expect(named.sha256).toBe(given);
    expect(named.articles.map((a) => a.id)).toEqual(own.articles.map((_, i) => `${given.slice(0, 12)}:${i}`));
  });

  it('finds the same articles whatever the encoding', () => {
    const text = fs.readFileSync(path.join(fixtures, 'head-first.txt'), 'utf8');
    const strip = (b: ReturnType<typeof extractBulletin>) => b.articles.map((a) => [a.zone, a.title, a.kicker, a.date, a.authors]);
    const base = strip(extractBulletin(bytesOf('head-first.txt'), { file: 'x.txt', registry }));
    for (const [enc, bytes] of [
      ['gb18030', iconv.encode(text, 'gb18030')],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ] as const) {
      const b = extractBulletin(new Uint8Array(bytes), { file: 'x.txt', registry });
      expect(b.encoding).toBe(enc);
      expect(strip(b)).toEqual(base);
    }
  });

  it('keeps an unknown zone and reports it; a city-wide name gives no zone', () => {
    const b = extractBulletin(bytesOf('unknown-zone.txt'), { file: 'unknown-zone.txt', registry });
    expect(b.articles.map((a) => [a.zone, a.zoneAsPrinted])).toEqual([['鹤壁经济技术开发区', '鹤壁经济技术开发区'], [null, '忻州市开发区']]);
    expect(b.diagnostics).toContainEqual(expect.objectContaining({ code: 'zone.unknown', severity: 'warning', file: 'unknown-zone.txt', line: 1 }));
  });

  it('says when the issue year was inferred', () => {
    const b = extractBulletin(bytesOf('split-article.txt'), { file: 'split-article.txt', registry });
    expect(b.issueYear).toBe(2024);
    expect(b.diagnostics).toContainEqual(expect.objectContaining({ code: 'date.year-inferred', severity: 'info' }));
  });

  it('turns an unreadable file into an error diagnostic, not an exception', () => {
    const b = extractBulletin(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), { file: 'scan.txt', registry });
    expect(b.articles).toEqual([]);
    expect(b.diagnostics).toEqual([expect.objectContaining({ code: 'read.binary', severity: 'error', file: 'scan.txt' })]);
  });
});

describe('zonebrief extract', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-extract-'));
    fs.copyFileSync(path.join(fixtures, 'head-first.txt'), path.join(dir, 'news-2026-03-20.txt'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const ctx: CliContext = { args: ['extract', ...args], cwd: dir, env: {}, stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, now: () => new Date('2026-04-01T00:00:00Z') };
    const code = await runCli(ctx);
    return { code, out, err };
  }

  it('prints the spec JSON', async () => {
    const r = await run('--json', 'news-2026-03-20.txt');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as ExtractionOutput;
    expect(json.schemaVersion).toBe(1);
    expect(json.bulletins).toHaveLength(1);
    const b = json.bulletins[0]!;
    expect(b).toMatchObject({ file: 'news-2026-03-20.txt', issueYear: 2026, issued: '2026-03-20' });
    for (const a of b.articles) {
      expect(Object.keys(a)).toEqual(expect.arrayContaining(['zone', 'title', 'kicker', 'date', 'authors', 'projects', 'indicators']));
    }
  });

  it('prints a table and a summary line, diagnostics on stderr, and exits 1 when a file failed', async () => {
    const r = await run('.', 'missing.txt');
    expect(r.code).toBe(1);
    expect(r.out).toContain('新材料产业园二期项目集中开工');
    expect(r.out).toMatch(/1 bulletin\(s\) read, 2 failed; 4 article\(s\)/);
    expect(r.err).toContain('empty.txt: error read.empty');
    expect(r.err).toContain('missing.txt: error read.missing');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('--issued', '2026-02-30', 'x.txt')).code).toBe(2);
    expect((await run('--bogus', 'x.txt')).code).toBe(2);
  });
});

describe('extract with a file far over the size limit (issue 2)', () => {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-huge-'));
    // A sparse 50 MB file: the size is checked before any byte is read.
    fs.writeFileSync(path.join(dir, 'huge.txt'), '');
    fs.truncateSync(path.join(dir, 'huge.txt'), 50 * 1024 * 1024);
    fs.copyFileSync(path.join(fixtures, 'head-first.txt'), path.join(dir, 'head-first.txt'));
  });
  afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('says once, naming the file, that it is too large, and still extracts the other files', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CliContext = { args: ['extract', '--json', 'huge.txt', 'head-first.txt'], cwd: dir, env: {}, stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date('2026-03-20T00:00:00Z') };
    const code = await runCli(ctx);
    expect(code).toBe(1);
    const lines = err.join('').split('\n').filter((l) => l.includes('huge.txt'));
    expect(lines).toEqual(['huge.txt: error read.too-large: is 50.0 MB; a bulletin is at most 10 MB (split it, or check that this is the right file)']);
    const json = JSON.parse(out.join('')) as ExtractionOutput;
    expect(json.bulletins.map((b) => [b.file, b.articles.length])).toEqual([['head-first.txt', 4]]);
  });
});
