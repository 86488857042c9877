// Whether the build in dist/ is current: made after the last change to anything under src/.
// One definition for the launcher (which runs the bundle only then, so a stale build never
// runs) and for the benchmark that reports which of the two it timed.
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** @param {string} root the project folder */
export function builtIsCurrent(root) {
  try {
    return fs.statSync(path.join(root, 'dist', '.built')).mtimeMs >= newestMtime(path.join(root, 'src'));
  } catch {
    return false;
  }
}
