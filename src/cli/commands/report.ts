// `zonebrief report --month 2026-01 | --quarter 2026-Q1 | --year 2025 [--out DIR] [--per-zone]
//  [--db PATH] [--config PATH] [FILE|DIR...]`: ingests the files given, builds the Report of the
// period from the store and writes DIR/<period>/briefing.pdf, workbook.xlsx and, with
// --per-zone, zones/<zone>.pdf. Each file is written to a temporary file and renamed.
import path from 'node:path';
import { ConfigError, loadConfig, type ZonebriefConfig } from '../../config.js';
import { ingestPaths, reportFromStore } from '../../ingest.js';
import { PeriodError, parseReportPeriod } from '../../period.js';
import { writeFileAtomic } from '../../render/atomic-file.js';
import { briefingPdf, loadBriefingResources, zoneBriefingPdf } from '../../render/pdf/index.js';
import { zoneFileName } from '../../render/view-model.js';
import { writeWorkbook } from '../../render/xlsx/index.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { resolveDbPath, StoreError } from '../../store/store.js';
import type { Diagnostic, Report, ReportPeriod, ReportPeriodKind } from '../../types.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { buildLongLived } from '../young-generation.js';
import { type CliContext, EXIT_INPUT, EXIT_OK, formatDiagnostic, UsageError } from '../context.js';

const HELP = `usage: zonebrief report (--month YYYY-MM | --quarter YYYY-Qn | --year YYYY) [options] [FILE|DIR...]

Writes the briefing of a period: OUT/<period>/briefing.pdf and OUT/<period>/workbook.xlsx.
Files or folders given are ingested into the database first.

options:
  --out DIR       output folder (default ./output)
  --per-zone      also write one briefing per zone: OUT/<period>/zones/<zone>.pdf
  --db PATH       database (default $ZONEBRIEF_DB, else ./data/zonebrief.db)
  --config PATH   config file (default ./zonebrief.config.json; defaults when absent)
`;

export interface ReportArgs {
  period: ReportPeriod;
  out: string;
  perZone: boolean;
  db: string | undefined;
  config: string | undefined;
  paths: string[];
}

export function parseReportArgs(args: readonly string[]): ReportArgs | 'help' {
  let period: ReportPeriod | null = null;
  let out = 'output';
  let perZone = false;
  let db: string | undefined;
  let config: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value\n\n${HELP}`);
      return v;
    };
    const setPeriod = (kind: ReportPeriodKind): void => {
      if (period) throw new UsageError(`give one period only (--month, --quarter or --year)\n\n${HELP}`);
      try {
        period = parseReportPeriod(kind, value());
      } catch (err) {
        if (err instanceof PeriodError) throw new UsageError(err.message);
        throw err;
      }
    };
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--month') setPeriod('month');
    else if (a === '--quarter') setPeriod('quarter');
    else if (a === '--year') setPeriod('year');
    else if (a === '--out') out = value();
    else if (a === '--per-zone') perZone = true;
    else if (a === '--db') db = value();
    else if (a === '--config') config = value();
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}\n\n${HELP}`);
    else paths.push(a);
  }
  if (!period) throw new UsageError(`which period? give --month YYYY-MM, --quarter YYYY-Qn or --year YYYY\n\n${HELP}`);
  return { period, out, perZone, db, config, paths };
}

/** Ingests the files given, then aggregates the period from the store. */
async function ingestThenReport(ctx: CliContext, args: ReportArgs, config: ZonebriefConfig): Promise<{ report: Report; failed: number; diagnostics: Diagnostic[] }> {
  const registry = loadDefaultRegistry();
  const store = openSqliteStore(resolveDbPath({ db: args.db, env: ctx.env, cwd: ctx.cwd }), { create: args.paths.length > 0 });
  try {
    const diagnostics: Diagnostic[] = [];
    let failed = 0;
    if (args.paths.length > 0) {
      const summary = await ingestPaths(store, args.paths, { registry, cwd: ctx.cwd });
      ctx.stdout(`ingested ${summary.files.length} file(s): ${summary.inserted} new, ${summary.unchanged} already stored, ${summary.failed} failed\n`);
      diagnostics.push(...summary.diagnostics);
      failed = summary.failed;
    }
    const report = await buildLongLived(() => reportFromStore(store, args.period, { organisation: config.organisation, registry }));
    return { report, failed, diagnostics };
  } finally {
    await store.close();
  }
}

export async function report(ctx: CliContext): Promise<number> {
  const args = parseReportArgs(ctx.args);
  if (args === 'help') {
    ctx.stdout(HELP);
    return EXIT_OK;
  }
  let config: ZonebriefConfig;
  try {
    config = loadConfig(ctx.cwd, args.config);
  } catch (err) {
    if (err instanceof ConfigError) {
      ctx.stderr(`zonebrief report: ${err.message}\n`);
      return EXIT_INPUT;
    }
    throw err;
  }
  let got: Awaited<ReturnType<typeof ingestThenReport>>;
  try {
    got = await ingestThenReport(ctx, args, config);
  } catch (err) {
    if (err instanceof StoreError) {
      ctx.stderr(`zonebrief report: ${err.message}\n`);
      return EXIT_INPUT;
    }
    throw err;
  }
  const { report: rep } = got;
  for (const d of [...got.diagnostics, ...rep.diagnostics]) ctx.stderr(`${formatDiagnostic(d)}\n`);
  let written: string[];
  try {
    written = await writeReportFiles(rep, config, path.resolve(ctx.cwd, args.out, rep.period.key), args.perZone, ctx.stdout);
  } catch (err) {
    // A full disk, a read-only folder, --out naming a file: say which path, not a stack trace.
    const e = err as NodeJS.ErrnoException;
    if (e.code || /cannot write/.test(e.message ?? '')) {
      ctx.stderr(`zonebrief report: cannot write the output${e.path ? ` ${e.path}` : ''}: ${e.message}\n`);
      return EXIT_INPUT;
    }
    throw err;
  }
  ctx.stdout(`${rep.period.label}: ${rep.bulletins.length} bulletin(s), ${rep.zones.length} zone(s), ${rep.sources.length} cited sentence(s)\n`);
  for (const f of written) ctx.stdout(`wrote ${f}\n`);
  return got.failed > 0 ? EXIT_INPUT : EXIT_OK;
}

/** Writes the period's files under `dir`; returns their paths. Exposed for tests and the bench. */
export async function writeReportFiles(rep: Report, config: ZonebriefConfig, dir: string, perZone: boolean, progress: (t: string) => void): Promise<string[]> {
  const res = loadBriefingResources();
  const written: string[] = [];
  const briefing = path.join(dir, 'briefing.pdf');
  progress(`writing ${briefing}\n`);
  writeFileAtomic(briefing, await briefingPdf(rep, config, res));
  written.push(briefing);
  const workbook = path.join(dir, 'workbook.xlsx');
  progress(`writing ${workbook}\n`);
  await writeWorkbook(rep, workbook);
  written.push(workbook);
  if (perZone) {
    for (const z of rep.zones) {
      const file = path.join(dir, 'zones', zoneFileName(z));
      writeFileAtomic(file, await zoneBriefingPdf(rep, z.zone, config, res));
      written.push(file);
    }
    progress(`wrote ${rep.zones.length} zone briefing(s) in ${path.join(dir, 'zones')}\n`);
  }
  return written;
}
