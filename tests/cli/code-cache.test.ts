// bin/code-cache.js: V8 code cache for the CommonJS files a command loads. Checked in child
// processes (the hook replaces Module.prototype._compile for the whole process): the first run
// writes cache files, the next one is served from them with the same result, a damaged cache
// file is rebuilt rather than trusted, and files outside the project are left to Node.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const codeCache = fileURLToPath(new URL('../../bin/code-cache.js', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-code-cache-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const root = path.join(tmp, 'project');
const cacheDir = path.join(root, 'cache');
fs.mkdirSync(path.join(root, 'lib'), { recursive: true });
fs.writeFileSync(path.join(root, 'lib', 'sum.cjs'), [
  "const { double } = require('./double.cjs');",
  'exports.total = (xs) => xs.reduce((a, b) => a + double(b), 0);',
  'exports.where = __filename;',
].join('\n'));
fs.writeFileSync(path.join(root, 'lib', 'double.cjs'), 'exports.double = (x) => x * 2;\n');
fs.writeFileSync(path.join(tmp, 'outside.cjs'), 'exports.seven = 7;\n');
fs.writeFileSync(path.join(tmp, 'main.mjs'), [
  `import { createRequire } from 'node:module';`,
  `import vm from 'node:vm';`,
  `import { installCodeCache } from ${JSON.stringify(codeCache)};`,
  // Count the cached data V8 accepted, to see that the second run really used the cache.
  `let accepted = 0; const Orig = vm.Script;`,
  `vm.Script = class extends Orig { constructor(src, opts) { super(src, opts); if (opts && opts.cachedData && !this.cachedDataRejected) accepted++; } };`,
  `installCodeCache(${JSON.stringify(root)}, ${JSON.stringify(cacheDir)}, process.argv[2] ?? 'help');`,
  `const require = createRequire(import.meta.url);`,
  `const sum = require(${JSON.stringify(path.join(root, 'lib', 'sum.cjs'))});`,
  `const outside = require(${JSON.stringify(path.join(tmp, 'outside.cjs'))});`,
  `console.log(JSON.stringify({ total: sum.total([1, 2, 3]), where: sum.where, seven: outside.seven, accepted }));`,
].join('\n'));

function run(command = 'report'): { total: number; where: string; seven: number; accepted: number } {
  const r = spawnSync(process.execPath, [path.join(tmp, 'main.mjs'), command], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { total: number; where: string; seven: number; accepted: number };
}
const cacheFiles = (): string[] => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).sort() : []);

describe('installCodeCache', () => {
  it('writes one cache file per project module on the first run, and only those', () => {
    const first = run();
    expect(first).toEqual({ total: 12, where: path.join(root, 'lib', 'sum.cjs'), seven: 7, accepted: 0 });
    expect(cacheFiles()).toHaveLength(2); // sum.cjs and double.cjs; outside.cjs is not the project's
    expect(cacheFiles().every((f) => f.endsWith('.v8'))).toBe(true);
  });

  it('serves the next run of the same command from the cache, with the same result', () => {
    const before = cacheFiles().map((f) => fs.statSync(path.join(cacheDir, f)).mtimeMs);
    const second = run();
    expect(second).toEqual({ total: 12, where: path.join(root, 'lib', 'sum.cjs'), seven: 7, accepted: 2 });
    expect(cacheFiles().map((f) => fs.statSync(path.join(cacheDir, f)).mtimeMs)).toEqual(before);
  });

  it('keeps a separate cache per command', () => {
    expect(run('extract').accepted).toBe(0);
    expect(cacheFiles()).toHaveLength(4);
    expect(run('extract').accepted).toBe(2);
  });

  it('rebuilds a damaged cache file instead of trusting it', () => {
    for (const f of cacheFiles()) fs.writeFileSync(path.join(cacheDir, f), 'not V8 cached data');
    const damaged = run();
    expect(damaged.total).toBe(12);
    expect(damaged.accepted).toBe(0);
    expect(run().accepted).toBe(2);
  });

  it('never runs stale code: an edit of the same length, even with the old file time, gets a new key', () => {
    const file = path.join(root, 'lib', 'double.cjs');
    const { atime, mtime } = fs.statSync(file);
    fs.writeFileSync(file, 'exports.double = (x) => x * 3;\n');
    fs.utimesSync(file, atime, mtime);
    const changed = run();
    expect(changed.total).toBe(18);
    expect(changed.accepted).toBe(1); // sum.cjs from the cache, double.cjs compiled afresh
  });
});
