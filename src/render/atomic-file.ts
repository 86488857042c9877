// Outputs are written to a temporary file beside their target and renamed over it: a reader never
// sees half a briefing or workbook, and a crash never leaves a corrupt file where a good one was
// (rename within one directory replaces the target in one step).
import fs from 'node:fs';
import path from 'node:path';

let made = 0;

/** A new hidden temporary path in `file`'s directory: unique per process and per call. */
export function tempBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${(made++).toString(36)}.tmp`);
}

/** Writes `bytes` to `file` through a temporary file (the directory is made if missing). */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempBeside(file);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Has `write` make the file at a temporary path, then renames it to `file`. When `write` fails,
 * the temporary file is removed and `file` is left as it was.
 */
export async function replaceFile(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempBeside(file);
  try {
    await write(tmp);
    await fs.promises.rename(tmp, file);
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}
