import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, readInput } from '../../src/read/load.js';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-load-'));
  fs.mkdirSync(path.join(dir, 'batch'));
  fs.writeFileSync(path.join(dir, 'batch', 'b.txt'), '乙');
  fs.writeFileSync(path.join(dir, 'batch', 'a.txt'), '甲');
  fs.writeFileSync(path.join(dir, 'batch', 'notes.md'), 'not a bulletin');
  fs.mkdirSync(path.join(dir, 'empty-dir'));
  fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(2048));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('loadInputs', () => {
  it('expands a directory to its .txt files in name order', () => {
    const r = loadInputs(['batch'], dir);
    expect(r.map((x) => (x.ok ? x.input.file : x.diagnostic.code))).toEqual(['a.txt', 'b.txt']);
    expect(r[0]?.ok && new TextDecoder().decode(r[0].input.bytes)).toBe('甲');
  });

  it('reports a missing path and a directory without bulletins, and goes on', () => {
    const r = loadInputs(['nope.txt', 'empty-dir', 'batch/a.txt'], dir);
    expect(r.map((x) => (x.ok ? x.input.file : `${x.diagnostic.code}:${x.diagnostic.file}`))).toEqual([
      'read.missing:nope.txt', 'read.empty-dir:empty-dir', 'a.txt',
    ]);
  });
});

describe('readInput', () => {
  it('refuses a file over the size limit with a message naming the file and its size', () => {
    const r = readInput(path.join(dir, 'big.txt'), 1024);
    expect(r).toMatchObject({ ok: false, diagnostic: { code: 'read.too-large', file: 'big.txt', severity: 'error' } });
    expect(!r.ok && r.diagnostic.message).toMatch(/MB/);
  });

  it('refuses a directory', () => {
    expect(readInput(path.join(dir, 'batch'))).toMatchObject({ ok: false, diagnostic: { code: 'read.directory' } });
  });
});
