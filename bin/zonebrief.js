#!/usr/bin/env node
// Entry point of the `zonebrief` command. Runs the bundled CLI (dist/bundle, else the compiled
// dist/cli) when it was built after the last change to src/ (fast start), else the TypeScript
// sources through tsx's loader, so a stale build can never run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtIsCurrent } from './build-state.js';
import { codeCacheDir, installCodeCache } from './code-cache.js';
import { installLazyModules } from './lazy-modules.js';
import { installNativeInflate } from './native-inflate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
installNativeInflate(import.meta.url);
installLazyModules(import.meta.url);

if (builtIsCurrent(root)) {
  const bundle = path.join(root, 'dist', 'bundle', 'zonebrief.cjs');
  if (fs.existsSync(bundle)) {
    if (!process.env.ZONEBRIEF_NO_CODE_CACHE) {
      const command = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'help';
      installCodeCache(root, codeCacheDir(root), command);
    }
    createRequire(import.meta.url)(bundle);
  } else {
    await import('../dist/cli/bin.js');
  }
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/bin.ts');
}
