// Workbook writer benchmark: time and peak memory to write 10,000 and 100,000 indicator rows with
// the streaming writer, against exceljs's in-memory writer as the baseline, in the same run.
// Each measurement runs in its own child process so peak RSS is its own. The children run this
// file bundled with esbuild, as the installed CLI runs bundled: through tsx, the process would also
// hold tsx's loader thread (a second V8 isolate, ~25–30 MiB), which is no part of the product.
// The streaming writer's child leaves exceljs out of its bundle, as the CLI's bundle does (only
// the theme part, a string, comes from it): its 2.4 MB of code, parsed at start, cost that child
// ~8 MiB that the `report` command never spends. The baseline's child bundles it.
// Reports ratios; asserts nothing (`npm run bench xlsx`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkbook } from '../src/render/xlsx/index.js';
import type { WriterKind } from '../src/render/xlsx/write.js';
import { largeReport } from './fixtures/large-report.js';
import { buildLongLived } from '../src/cli/young-generation.js';

interface Measurement {
  rows: number;
  writer: WriterKind;
  /** Time in writeWorkbook only (the synthetic Report is built before the clock starts). */
  ms: number;
  /** CPU time (user + system) in writeWorkbook: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak RSS of the whole process, MiB. */
  peakMiB: number;
  /** RSS of the process before the Report is built (node and the loaded code), MiB. */
  baseMiB: number;
  /** RSS with the Report built and garbage collected, before writing, MiB. */
  reportMiB: number;
  fileMiB: number;
}

const MiB = 1024 * 1024;

async function child(rows: number, writer: WriterKind): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseMiB = process.memoryUsage().rss / MiB;
  // Built as the report command builds its Report (src/cli/young-generation.ts).
  const report = await buildLongLived(() => largeReport({ indicators: rows }));
  gc?.();
  const reportMiB = process.memoryUsage().rss / MiB;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-xlsx-bench-'));
  const file = path.join(dir, 'workbook.xlsx');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await writeWorkbook(report, file, { writer });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const m: Measurement = {
    rows, writer, ms, cpuMs: (cpu.user + cpu.system) / 1000, baseMiB, reportMiB, peakMiB: process.resourceUsage().maxRSS / 1024, fileMiB: fs.statSync(file).size / MiB,
  };
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

/** This file bundled into `dir` for `writer`'s child: exceljs itself only where the baseline needs it. */
async function bundle(dir: string, writer: WriterKind): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(dir, `xlsx-bench-${writer}.mjs`);
  await build({
    entryPoints: [fileURLToPath(import.meta.url)], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error',
    // Bundled CommonJS packages call require(); give the ESM bundle one (as scripts/build.mjs does).
    banner: { js: "import { createRequire as __zbRequire } from 'node:module'; const require = __zbRequire(import.meta.url);" },
    // The streaming child never takes the baseline's import('exceljs'); left unresolved, as in the CLI.
    plugins: writer === 'stream' ? [{ name: 'exceljs-left-out', setup: (b) => { b.onResolve({ filter: /^exceljs$/ }, (a) => ({ path: a.path, external: true })); } }] : [],
  });
  return outfile;
}

function measure(script: string, rows: number, writer: WriterKind): Measurement | null {
  const r = spawnSync(process.execPath, ['--expose-gc', script, '--child', String(rows), writer], {
    encoding: 'utf8', maxBuffer: 16 * MiB, timeout: 600_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    console.log(`  ${writer} ${rows}: failed (exit ${r.status}) ${r.stderr.slice(-500)}`);
    return null;
  }
  return JSON.parse(line) as Measurement;
}

/**
 * The streaming writer is measured in STREAM_RUNS children and the run of median time reported
 * (its peak beside the others'): one run on this shared machine can be off by half. The baseline,
 * at 20–60 s a run, is measured once.
 */
const STREAM_RUNS = 3;
function medianOf(runs: (Measurement | null)[]): Measurement | null {
  const ok = runs.filter((m): m is Measurement => m !== null).sort((a, b) => a.ms - b.ms);
  if (ok.length < runs.length) return null;
  const mid = ok[ok.length >> 1]!;
  console.log(`${String(mid.rows).padStart(7)} rows  stream  ${ok.length} runs: ${ok.map((m) => `${(m.ms / 1000).toFixed(2)} s/${m.peakMiB.toFixed(0)} MiB`).join(', ')}; median:`);
  return mid;
}

const fmt = (m: Measurement): string =>
  `${String(m.rows).padStart(7)} rows  ${m.writer.padEnd(6)}  ${(m.ms / 1000).toFixed(2).padStart(6)} s (cpu ${(m.cpuMs / 1000).toFixed(2)} s)  ` +
  `peak ${m.peakMiB.toFixed(0).padStart(5)} MiB  (process ${m.baseMiB.toFixed(0)}, with report ${m.reportMiB.toFixed(0)}, writer +${(m.peakMiB - m.reportMiB).toFixed(0)} MiB)  ` +
  `file ${m.fileMiB.toFixed(1)} MiB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    await child(Number(args[1]), args[2] as WriterKind);
    return;
  }
  console.log(`xlsx writer: streaming (ours) vs exceljs in-memory (baseline); ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(2)}`);
  console.log(`goal: ${GOAL.rows.toLocaleString('en')} rows in <= ${GOAL.seconds} s and <= ${GOAL.peakMiB} MiB peak RSS (whole process)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-xlsx-bench-bundle-'));
  try {
    const stream = await bundle(dir, 'stream');
    const memory = await bundle(dir, 'memory');
    for (const rows of [10_000, 100_000]) report(rows, medianOf(Array.from({ length: STREAM_RUNS }, () => measure(stream, rows, 'stream'))), measure(memory, rows, 'memory'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const GOAL = { rows: 100_000, seconds: 2, peakMiB: 150 };

function report(rows: number, stream: Measurement | null, memory: Measurement | null): void {
  for (const m of [stream, memory]) if (m) console.log(fmt(m));
  if (stream && memory) {
    console.log(`${String(rows).padStart(7)} rows  ratio stream/memory: time ${(stream.ms / memory.ms).toFixed(2)}, cpu ${(stream.cpuMs / memory.cpuMs).toFixed(2)}, ` +
      `peak RSS ${(stream.peakMiB / memory.peakMiB).toFixed(2)}, writer's own memory ${((stream.peakMiB - stream.reportMiB) / (memory.peakMiB - memory.reportMiB)).toFixed(2)}`);
  }
  if (stream && rows === GOAL.rows) {
    const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
    console.log(`${String(rows).padStart(7)} rows  goal: time ${met(stream.ms / 1000 <= GOAL.seconds)} (cpu ${met(stream.cpuMs / 1000 <= GOAL.seconds)}), peak RSS ${met(stream.peakMiB <= GOAL.peakMiB)}`);
  }
}

await main();
