#!/usr/bin/env node
// Copies the Noto Sans SC TTFs shipped in the npm package @expo-google-fonts/noto-sans-sc into
// fonts/, so rendering never depends on a system font and no download happens at run time.
// Runs as the package's postinstall step; idempotent (copies only when missing or changed size).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const FONTS = [
  ['400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
];

let pkgDir;
try {
  pkgDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
} catch {
  console.error('zonebrief: font package @expo-google-fonts/noto-sans-sc is not installed; run npm ci');
  process.exit(1);
}
const outDir = path.join(root, 'fonts');
fs.mkdirSync(outDir, { recursive: true });
for (const [from, to] of FONTS) {
  const src = path.join(pkgDir, from);
  const dst = path.join(outDir, to);
  const size = fs.statSync(src).size;
  if (fs.existsSync(dst) && fs.statSync(dst).size === size) continue;
  const tmp = `${dst}.tmp-${process.pid}`;
  fs.copyFileSync(src, tmp);
  fs.renameSync(tmp, dst);
  console.log(`zonebrief: installed font ${to}`);
}
