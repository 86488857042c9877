// Start-up speed: pdfkit loads its PDF-encryption ciphers (@noble/ciphers, whose AES module
// builds its lookup tables as it is loaded) and fontkit its WOFF2 decompressor (brotli, which
// unpacks a 120 KB dictionary) when they are first required, though a briefing is never
// encrypted and its fonts are TrueType files. Together ~8 % of a cold `zonebrief report`.
//
// Each is put into the CommonJS module cache, under the file name its user would load, as a
// stand-in that loads the real module the first time it is actually used — so nothing is lost if
// a later version of the briefing ever encrypts a PDF or reads a WOFF2 font.
// tests/cli/lazy-modules.test.ts checks that both stand-ins reach the real modules.
import { createRequire, Module } from 'node:module';

/** The stand-ins: the package that requires the module, the request, and the stand-in's shape. */
const STAND_INS = [
  // Used as `aes.cbc(…)` / `aes.ecb(…)`: an object whose properties come from the real module.
  { owner: 'pdfkit', request: '@noble/ciphers/aes', make: (load) => new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() }) },
  // The module is the decompress function itself.
  { owner: 'fontkit', request: 'brotli/decompress.js', make: (load) => function decompress(...args) { return load()(...args); } },
];

/** Makes every later require of `filename` (through `cache`, a require.cache) give `exports`. */
export function putInModuleCache(cache, filename, exports) {
  const m = new Module(filename);
  m.filename = filename;
  m.loaded = true;
  m.exports = exports;
  cache[filename] = m;
}

/**
 * Installs the stand-ins for the packages as the project at `fromUrl` resolves them. Returns the
 * file names given a stand-in (none when a package is missing or was already loaded).
 */
export function installLazyModules(fromUrl) {
  const require = createRequire(fromUrl);
  const installed = [];
  for (const { owner, request, make } of STAND_INS) {
    let ownerRequire;
    let filename;
    try {
      ownerRequire = createRequire(require.resolve(owner));
      filename = ownerRequire.resolve(request);
    } catch {
      continue; // not installed as expected: the package loads it the usual way
    }
    const cache = ownerRequire.cache;
    if (cache[filename]) continue;
    let real;
    const load = () => {
      if (real === undefined) {
        // The stand-in leaves the cache so that this require loads (and caches) the real module.
        if (cache[filename]?.exports === standIn) delete cache[filename];
        real = ownerRequire(request);
      }
      return real;
    };
    const standIn = make(load);
    putInModuleCache(cache, filename, standIn);
    installed.push(filename);
  }
  return installed;
}
