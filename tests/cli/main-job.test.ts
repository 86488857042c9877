// The README's main job, as a user runs it: the `zonebrief` command (bin/zonebrief.js — the
// installed bundle when the build is current, else the sources) writes the briefing and the
// workbook of a month from the example bulletins. Catches a broken build or launcher, which the
// other tests (importing src/ directly) cannot see.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-main-job-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('zonebrief report on the example bulletins', () => {
  it('writes a briefing PDF and a workbook, and says so', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/zonebrief.js'), 'report', '--month', '2026-01', '--db', path.join(tmp, 'z.db'), '--out', tmp, path.join(root, 'examples/bulletins')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toMatch(/internal error|DeprecationWarning/);
    expect(r.status).toBe(0);
    const pdf = path.join(tmp, '2026-01', 'briefing.pdf');
    const xlsx = path.join(tmp, '2026-01', 'workbook.xlsx');
    expect(r.stdout).toContain(`wrote ${pdf}`);
    expect(r.stdout).toContain(`wrote ${xlsx}`);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('2026年1月');
    expect(text).toContain('签约投资排名');
  });
});
