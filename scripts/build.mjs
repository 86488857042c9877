#!/usr/bin/env node
// Compiles src/ to dist/ so the `zonebrief` command starts without a TypeScript loader
// (the cold `report` run is dominated by start-up). Runs after install. A type error must not
// make installation fail: tsc still emits, and bin/zonebrief.js falls back to the sources
// whenever dist/ is missing or older than src/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');
let tsc;
try {
  tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  console.log('zonebrief: typescript not installed; the CLI will run from src/ through tsx');
  process.exit(0);
}
fs.rmSync(stamp, { force: true });
const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) {
  console.log('zonebrief: the TypeScript build reported errors (above); the CLI will run from src/ through tsx');
  process.exit(0);
}
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.log('zonebrief: built dist/');
