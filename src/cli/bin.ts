// Process edge: binds the real streams, environment and clock, then runs the CLI.
import { runCli } from './main.js';

runCli({
  args: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
}).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`zonebrief: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 70;
  },
);
