// What a CLI command receives from the edge: arguments, streams, environment and the clock.
// Commands never touch process.* directly so tests can run them in-process.
import type { Diagnostic } from '../types.js';

export interface CliContext {
  args: string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

/** Exit codes: 0 ok, 1 some input failed, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export type Command = (ctx: CliContext) => Promise<number>;

/** One line per diagnostic: `file:line: severity code: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line ? `:${d.line}` : ''}: ` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
