#!/usr/bin/env node
// Compiles src/ to dist/ so the `zonebrief` command starts without a TypeScript loader, and
// bundles the CLI into dist/bundle/zonebrief.cjs: the cold `report` run is dominated by loading
// hundreds of small module files (measured 2.0 s unbundled, 1.4 s bundled), and precompiles the
// briefing templates. Runs after install. A type error must not
// make installation fail: tsc still emits, and bin/zonebrief.js falls back to the sources
// whenever dist/ is missing or older than src/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeCacheDir } from '../bin/code-cache.js';
import { writePrecompiledTemplates } from './precompile-templates.mjs';

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
try {
  const esbuild = await import(createRequire(path.join(root, 'package.json')).resolve('esbuild'));
  fs.rmSync(path.join(root, 'dist/bundle'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(root, 'src/cli/bin.ts')],
    outfile: path.join(root, 'dist/bundle/zonebrief.cjs'),
    bundle: true,
    platform: 'node',
    // CommonJS, not ESM: Node 20 can keep V8's compiled code between runs only for scripts
    // compiled through vm.Script (bin/code-cache.js), which CommonJS modules are.
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    // Native code and packages that read their own data files next to their sources (pdfkit's
    // AFM metrics, fontkit's tries) stay ordinary requires.
    // exceljs is needed only by the benchmark's in-memory baseline (and its theme part, a string).
    external: ['better-sqlite3', 'pdfkit', 'fontkit', 'exceljs'],
    // The sources find data/, templates/ and fonts/ from their own location; in the bundle
    // that is dist/bundle/, which is as deep as src/<stage>/.
    define: { 'import.meta.url': '__zbModuleUrl' },
    banner: { js: "const __zbModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [noDeprecatedBuffer()],
    // Whitespace and syntax only (names are kept, so stack traces stay readable): every start
    // reads, hashes (bin/code-cache.js) and deserialises this file; 40 % less of it to do.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
  });
} catch (err) {
  fs.rmSync(path.join(root, 'dist/bundle'), { recursive: true, force: true });
  console.log(`zonebrief: bundling failed (${err instanceof Error ? err.message : String(err)}); the CLI will run from dist/cli`);
}
try {
  writePrecompiledTemplates(path.join(root, 'templates'), path.join(root, 'dist/templates.cjs'));
} catch (err) {
  fs.rmSync(path.join(root, 'dist/templates.cjs'), { force: true });
  console.log(`zonebrief: templates not precompiled (${err instanceof Error ? err.message : String(err)}); they are compiled at run time`);
}
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
// The first run of each command after a build compiles from source and leaves V8's code cache
// (bin/code-cache.js) behind; a stale cache from the previous build is only dead weight.
fs.rmSync(codeCacheDir(root), { recursive: true, force: true });
warmReportCache();
console.log('zonebrief: built dist/');

/**
 * Runs `report` once on the example bulletins, into a temporary folder, so that the user's first
 * `report` already finds V8's compiled code (bin/code-cache.js) instead of paying ~0.6 s to
 * compile it. Only a speed-up: a failure here changes nothing but that first run's time.
 */
function warmReportCache() {
  const examples = path.join(root, 'examples', 'bulletins');
  if (!fs.existsSync(path.join(root, 'dist', 'bundle', 'zonebrief.cjs')) || !fs.existsSync(examples)) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-warm-'));
  try {
    spawnSync(process.execPath, [path.join(root, 'bin', 'zonebrief.js'), 'report', '--month', '2026-01', '--db', path.join(tmp, 'warm.db'), '--out', path.join(tmp, 'out'), examples], { stdio: 'ignore', timeout: 60_000 });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * archiver-utils (inside exceljs's zip writer) calls `new Buffer(…)`, which Node reports as
 * deprecated (DEP0005) when the caller is not under node_modules/ — as it is not once bundled.
 * Same bytes with the supported calls.
 */
function noDeprecatedBuffer() {
  return {
    name: 'no-deprecated-buffer',
    setup(build) {
      build.onLoad({ filter: /[\\/]archiver-utils[\\/]index\.js$/ }, (args) => ({
        contents: fs.readFileSync(args.path, 'utf8').replace(/new Buffer\(0\)/g, 'Buffer.alloc(0)').replace(/new Buffer\(/g, 'Buffer.from('),
        loader: 'js',
      }));
    },
  };
}
