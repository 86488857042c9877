// Start-up speed: fontkit, unicode-properties and linebreak (loaded by pdfkit) each decompress a
// Unicode trie when their module is first evaluated, with tiny-inflate — a DEFLATE decoder in
// plain JavaScript that took ~0.1 s of every cold `zonebrief report` (three tries, ~19 % of the
// start-up profile). Node's zlib decodes the same raw DEFLATE data natively in about a
// millisecond. This module puts a zlib-backed function with tiny-inflate's contract into the
// CommonJS module cache under tiny-inflate's own path, so every later require/import of
// 'tiny-inflate' gets it. Same bytes out (DEFLATE is exact), so the PDF does not change; it is
// checked by tests/cli/native-inflate.test.ts against the original decoder.
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { putInModuleCache } from './lazy-modules.js';

/**
 * tiny-inflate's contract: `inflate(source, dest)` decodes raw DEFLATE `source` into `dest` (sized
 * by the caller to the uncompressed length) and returns `dest`, or a slice of it when fewer bytes
 * came out.
 */
export function nativeInflate(source, dest) {
  const out = zlib.inflateRawSync(source);
  const n = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, n));
  return n < dest.length ? dest.slice(0, n) : dest;
}

/** Installs nativeInflate as 'tiny-inflate' for the packages that resolve it from the module at `fromUrl`. */
export function installNativeInflate(fromUrl) {
  const require = createRequire(fromUrl);
  let filename;
  try {
    filename = require.resolve('tiny-inflate');
  } catch {
    return false; // not installed: nothing to replace
  }
  if (!require.cache[filename]) putInModuleCache(require.cache, filename, nativeInflate);
  return true;
}
