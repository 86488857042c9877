// The `zonebrief` command line: a thin edge that routes a subcommand to its module.
import { type Command, type CliContext, EXIT_USAGE, UsageError } from './context.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'read bulletins and print their articles and figures (--json for the spec JSON)', load: async () => (await import('./commands/extract.js')).extract },
  ingest: { summary: 'store bulletins (files or directories) in the database', load: async () => (await import('./commands/ingest.js')).ingest },
  reextract: { summary: 're-read stored bulletins with this version of the extractor', load: async () => (await import('./commands/reextract.js')).reextract },
  stats: { summary: 'print per-zone statistics of a month, quarter or year (--json for the Report)', load: async () => (await import('./commands/stats.js')).stats },
  report: { summary: 'write the briefing PDF and workbook of a period (--month, --quarter or --year)', load: async () => (await import('./commands/report.js')).report },
};

export const USAGE = `usage: zonebrief <command> [options]

commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Run "zonebrief <command> --help" for a command's options.
`;

export async function runCli(ctx: CliContext): Promise<number> {
  const [name, ...rest] = ctx.args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? ctx.stdout : ctx.stderr)(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    ctx.stderr(`zonebrief: unknown command "${name}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  try {
    return await command({ ...ctx, args: rest });
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.stderr(`zonebrief ${name}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
