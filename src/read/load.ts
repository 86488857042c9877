// Edge: finds the bulletin files named on the command line and reads their bytes, turning every
// problem (missing path, directory without .txt files, too large, unreadable) into a diagnostic.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../types.js';

/** Real bulletins are well under 1 MB; anything this large is not a bulletin. */
export const MAX_BULLETIN_BYTES = 10 * 1024 * 1024;

export interface InputFile {
  /** Path as resolved against the working directory. */
  path: string;
  /** Base name: what bulletins and diagnostics are named by. */
  file: string;
  bytes: Uint8Array;
}

export type LoadResult = { ok: true; input: InputFile } | { ok: false; diagnostic: Diagnostic };

const fail = (file: string, code: string, message: string): LoadResult => ({
  ok: false, diagnostic: { code, severity: 'error', message, file },
});

/** Expands the arguments: a file stays, a directory becomes its *.txt files (sorted). */
export function expandPaths(args: readonly string[], cwd: string): (string | LoadResult)[] {
  const out: (string | LoadResult)[] = [];
  for (const arg of args) {
    const p = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push(fail(arg, 'read.missing', 'no such file or directory'));
      continue;
    }
    if (stat.isDirectory()) {
      const txt = fs.readdirSync(p).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
      if (txt.length === 0) out.push(fail(arg, 'read.empty-dir', 'is a directory with no .txt bulletins in it'));
      for (const f of txt) out.push(path.join(p, f));
    } else {
      out.push(p);
    }
  }
  return out;
}

export function readInput(p: string, maxBytes = MAX_BULLETIN_BYTES): LoadResult {
  const file = path.basename(p);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return fail(p, 'read.missing', 'no such file');
  }
  if (stat.isDirectory()) return fail(p, 'read.directory', 'is a directory, not a bulletin file');
  if (!stat.isFile()) return fail(p, 'read.not-a-file', 'is not a regular file');
  if (stat.size > maxBytes) {
    return fail(file, 'read.too-large', `is ${(stat.size / 1048576).toFixed(1)} MB; a bulletin is at most ${maxBytes / 1048576} MB (split it, or check that this is the right file)`);
  }
  try {
    return { ok: true, input: { path: p, file, bytes: new Uint8Array(fs.readFileSync(p)) } };
  } catch (err) {
    return fail(file, 'read.unreadable', `cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Every input named by `args`, read, in order; problems come back as diagnostics in place. */
export function loadInputs(args: readonly string[], cwd: string): LoadResult[] {
  return expandPaths(args, cwd).map((x) => (typeof x === 'string' ? readInput(x) : x));
}
