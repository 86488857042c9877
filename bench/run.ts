// `npm run bench`: runs every bench/*.bench.ts in its own process (so peak memory is per bench)
// one after another, and prints their reports. Each bench measures against a baseline in the
// same run and reports ratios; none of them asserts a time.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs.readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`!!! ${f} exited with ${r.status}`); }
}
process.exitCode = failed ? 1 : 0;
