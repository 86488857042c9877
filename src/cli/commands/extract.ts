// `zonebrief extract [--json] [--issued YYYY-MM-DD] FILE|DIR...`: reads bulletins and prints
// their articles (and figures) — the spec JSON with --json, else a table. Diagnostics on stderr.
import { parseArgs } from 'node:util';
import { extractBulletin, toExtractionOutput } from '../../extract.js';
import { loadInputs } from '../../read/load.js';
import { isIsoDate } from '../../read/issue-date.js';
import { renderTable } from '../../render/table.js';
import type { Bulletin, Diagnostic } from '../../types.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { type CliContext, EXIT_INPUT, EXIT_OK, UsageError, formatDiagnostic } from '../context.js';

export const EXTRACT_HELP = `usage: zonebrief extract [--json] [--issued YYYY-MM-DD] [--zones FILE] [--quiet] FILE|DIR...

Reads development-zone bulletins (.txt; a directory means every .txt file in it) and prints
their articles: zone, date, headline and authors, with the figures found in each.

  --json           print the extraction JSON (schemaVersion 1) instead of a table
  --issued DATE    issue date of the bulletins, YYYY-MM-DD (else a date in the file name,
                   else the year is inferred from the text and a note says so)
  --zones FILE     zone registry to use instead of data/zones.json
  --quiet          print only errors and warnings on stderr, not notes
Exit status: 0 all files read, 1 some file could not be read, 2 wrong usage.
`;

function parse(args: string[]): { json: boolean; quiet: boolean; issued: string | null; zones: string | null; help: boolean; paths: string[] } {
  let parsed;
  try {
    parsed = parseArgs({
      args, allowPositionals: true,
      options: {
        json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, issued: { type: 'string' },
        zones: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n\n${EXTRACT_HELP}`);
  }
  const v = parsed.values;
  if (v.issued !== undefined && !isIsoDate(v.issued)) throw new UsageError(`--issued expects a date YYYY-MM-DD, got "${v.issued}"`);
  return { json: !!v.json, quiet: !!v.quiet, issued: v.issued ?? null, zones: v.zones ?? null, help: !!v.help, paths: parsed.positionals };
}

function table(bulletins: readonly Bulletin[]): string {
  let out = '';
  for (const b of bulletins) {
    out += `\n${b.file}  (${b.issued ?? (b.issueYear ? `${b.issueYear}` : 'year unknown')}, ${b.encoding}, ${b.articles.length} articles)\n`;
    const rows = b.articles.map((a) => [
      a.zone ?? (a.zoneAsPrinted ? `(${a.zoneAsPrinted})` : '—'),
      a.date ?? '—',
      a.kicker && !/^[—–-]/.test(a.kicker) ? `${a.title} ‹${a.kicker}›` : a.title,
      a.authors.join(' ') || '—',
      String(a.indicators.length + a.projects.length),
    ]);
    out += renderTable([
      { header: 'zone', max: 26 }, { header: 'date' }, { header: 'headline', max: 52 }, { header: 'authors', max: 16 },
      { header: 'figures', align: 'right' },
    ], rows);
  }
  return out;
}

export async function extract(ctx: CliContext): Promise<number> {
  const opts = parse(ctx.args);
  if (opts.help) { ctx.stdout(EXTRACT_HELP); return EXIT_OK; }
  if (opts.paths.length === 0) throw new UsageError(`name at least one bulletin file or directory\n\n${EXTRACT_HELP}`);

  let registry;
  try {
    registry = loadDefaultRegistry(...(opts.zones ? [opts.zones] : []));
  } catch (err) {
    ctx.stderr(`zonebrief extract: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_INPUT;
  }

  const diagnostics: Diagnostic[] = [];
  const bulletins: Bulletin[] = [];
  let failed = 0;
  for (const r of loadInputs(opts.paths, ctx.cwd)) {
    if (!r.ok) { failed++; diagnostics.push(r.diagnostic); continue; }
    const b = extractBulletin(r.input.bytes, { file: r.input.file, issued: opts.issued, registry });
    diagnostics.push(...b.diagnostics);
    if (b.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('read.'))) { failed++; continue; }
    bulletins.push(b);
  }

  for (const d of diagnostics) if (!opts.quiet || d.severity !== 'info') ctx.stderr(`${formatDiagnostic(d)}\n`);
  if (opts.json) {
    ctx.stdout(`${JSON.stringify(toExtractionOutput(bulletins), null, 2)}\n`);
  } else {
    const articles = bulletins.reduce((n, b) => n + b.articles.length, 0);
    const zoneless = bulletins.reduce((n, b) => n + b.articles.filter((a) => !a.zone).length, 0);
    const figures = bulletins.reduce((n, b) => n + b.articles.reduce((k, a) => k + a.indicators.length + a.projects.length, 0), 0);
    const count = (sev: string): number => diagnostics.filter((d) => d.severity === sev).length;
    ctx.stdout(table(bulletins));
    ctx.stdout(`\n${bulletins.length} bulletin(s) read, ${failed} failed; ${articles} article(s) (${zoneless} without a zone), ${figures} figure(s); ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)\n`);
  }
  return failed > 0 ? EXIT_INPUT : EXIT_OK;
}
