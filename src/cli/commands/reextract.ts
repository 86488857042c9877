// `zonebrief reextract [--db PATH] [--all]`: re-runs the current extractor on stored bulletins.
import { reextractStore } from '../../ingest.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { StoreError, resolveDbPath } from '../../store/store.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { type CliContext, EXIT_INPUT, EXIT_OK } from '../context.js';
import { parseOptions, printDiagnostics, throttle } from './ingest.js';

export const REEXTRACT_HELP = `usage: zonebrief reextract [--db PATH] [--all] [--verbose]

Re-reads the bulletins kept in the database with this version of the extractor, replacing their
stored articles and figures (one transaction per bulletin). Only bulletins extracted by another
version are redone, unless --all is given.
`;

export async function reextract(ctx: CliContext): Promise<number> {
  const { values } = parseOptions({
    args: ctx.args,
    options: { db: { type: 'string' }, all: { type: 'boolean' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { ctx.stdout(REEXTRACT_HELP); return EXIT_OK; }
  const dbPath = resolveDbPath({ db: values.db, env: ctx.env, cwd: ctx.cwd });
  const due = throttle(ctx);
  let updated = 0;
  try {
    const store = openSqliteStore(dbPath, { create: false });
    try {
      const summary = await reextractStore(store, {
        registry: loadDefaultRegistry(),
        all: values.all ?? false,
        onProgress: (p) => {
          if (p.outcome === 'updated') updated++;
          if (p.total > 20 && due(p.done === p.total)) ctx.stderr(`reextract: ${p.done}/${p.total}\n`);
        },
      });
      printDiagnostics(ctx, summary.diagnostics, values.verbose ?? false);
      ctx.stdout(`${summary.updated} bulletin(s) re-extracted with extractor ${summary.version}, ${summary.current} already current, ${summary.failed} failed — ${dbPath}\n`);
      return summary.failed > 0 ? EXIT_INPUT : EXIT_OK;
    } finally {
      await store.close();
    }
  } catch (err) {
    if (err instanceof StoreError) {
      ctx.stderr(`zonebrief reextract: ${err.message}\n${updated ? `(${updated} bulletin(s) were re-extracted before this error and are kept.)\n` : ''}`);
      return EXIT_INPUT;
    }
    throw err;
  }
}
