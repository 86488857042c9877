// `zonebrief ingest FILE|DIR… [--db PATH] [--issued YYYY-MM-DD] [--verbose]`: stores bulletins.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ingestPaths } from '../../ingest.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { StoreError, resolveDbPath } from '../../store/store.js';
import type { Diagnostic } from '../../types.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { type CliContext, EXIT_INPUT, EXIT_OK, UsageError, formatDiagnostic } from '../context.js';

export const INGEST_HELP = `usage: zonebrief ingest FILE|DIR... [--db PATH] [--issued YYYY-MM-DD] [--verbose]

Stores each bulletin (a .txt file, or every .txt file of a directory) with its articles and
figures in the database, one transaction per bulletin. A bulletin already stored (same bytes)
is left as it is.

  --db PATH        database file (default: $ZONEBRIEF_DB, else ./data/zonebrief.db)
  --issued DATE    issue date of the bulletins, YYYY-MM-DD (else taken from the file name)
  --verbose        print every diagnostic, not only warnings and errors
`;

/** Parses options with node's parseArgs, turning its errors into usage errors. */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Progress at most every two seconds: a long ingest shows it is alive without flooding logs. */
export function throttle(ctx: CliContext, everyMs = 2000): (final: boolean) => boolean {
  let last = 0;
  return (final) => {
    const now = ctx.now().getTime();
    if (!final && now - last < everyMs) return false;
    last = now;
    return true;
  };
}

/** Diagnostics on stderr: warnings and errors (all with --verbose), at most 100 unless --verbose. */
export function printDiagnostics(ctx: CliContext, list: readonly Diagnostic[], verbose: boolean, limit = 100): void {
  const shown = list.filter((d) => verbose || d.severity !== 'info');
  const cut = verbose ? shown : shown.slice(0, limit);
  for (const d of cut) ctx.stderr(`${formatDiagnostic(d)}\n`);
  if (cut.length < shown.length) {
    const byCode = new Map<string, number>();
    for (const d of shown.slice(cut.length)) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
    ctx.stderr(`… and ${shown.length - cut.length} more (${[...byCode].map(([c, n]) => `${n} ${c}`).join(', ')}); --verbose prints them all\n`);
  }
}

export async function ingest(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseOptions({
    args: ctx.args,
    allowPositionals: true,
    options: { db: { type: 'string' }, issued: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { ctx.stdout(INGEST_HELP); return EXIT_OK; }
  if (positionals.length === 0) throw new UsageError(`name at least one bulletin file or directory\n\n${INGEST_HELP}`);
  if (values.issued !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.issued)) throw new UsageError(`--issued expects YYYY-MM-DD, got "${values.issued}"`);

  const dbPath = resolveDbPath({ db: values.db, env: ctx.env, cwd: ctx.cwd });
  let counts = { inserted: 0, unchanged: 0, failed: 0 };
  const due = throttle(ctx);
  let store;
  try {
    store = openSqliteStore(dbPath);
  } catch (err) {
    if (err instanceof StoreError) { ctx.stderr(`zonebrief ingest: ${err.message}\n`); return EXIT_INPUT; }
    throw err;
  }
  try {
    const summary = await ingestPaths(store, positionals, {
      registry: loadDefaultRegistry(),
      issued: values.issued ?? null,
      cwd: ctx.cwd,
      onProgress: (p) => {
        counts = { ...counts, [p.outcome]: counts[p.outcome] + 1 };
        if (p.total > 20 && due(p.done === p.total)) ctx.stderr(`ingest: ${p.done}/${p.total} files (${counts.inserted} new, ${counts.unchanged} unchanged, ${counts.failed} failed)\n`);
      },
    });
    printDiagnostics(ctx, summary.diagnostics, values.verbose ?? false);
    ctx.stdout(`${summary.inserted} new bulletin(s) stored, ${summary.unchanged} already stored, ${summary.failed} failed — ${dbPath}\n`);
    return summary.failed > 0 ? EXIT_INPUT : EXIT_OK;
  } catch (err) {
    if (err instanceof StoreError) {
      ctx.stderr(`zonebrief ingest: ${err.message}\n(${counts.inserted} new bulletin(s) were stored before this error and are kept.)\n`);
      return EXIT_INPUT;
    }
    throw err;
  } finally {
    await store.close();
  }
}
