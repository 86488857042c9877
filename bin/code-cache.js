// Start-up speed: V8 code cache for the CommonJS files a command loads (the bundled CLI,
// pdfkit, fontkit, ECharts). Node 20 has no built-in compile cache (module.enableCompileCache
// came in Node 22), and compiling ~5 MB of JavaScript plus the functions a `report` run
// compiles lazily was ~0.25 s of every cold run.
//
// How: Module.prototype._compile is wrapped for files under the project (dist/ and
// node_modules/); each is compiled with vm.Script and the cached data of an earlier run of the
// same command. At exit, files whose cache was missing or rejected get new cached data — made
// after the run, so it holds the functions the command actually compiled — written to a temp
// file and renamed (a crash never leaves a torn cache; a torn or stale one is rejected by V8 and
// rebuilt). The cache is only ever an optimisation: any failure falls back to Node's own
// compile.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Module } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** Where the project at `root` keeps its code cache (cleared by every build). */
export const codeCacheDir = (root) => path.join(root, 'node_modules', '.cache', 'zonebrief', 'v8');

/**
 * @param {string} root the project folder; only files under it are cached
 * @param {string} dir where cache files live
 * @param {string} command the subcommand: each warms its own cache (what `report` compiles
 *   lazily is not what `--help` does)
 */
export function installCodeCache(root, dir, command) {
  const proto = Module.prototype;
  const original = proto._compile;
  /** @type {{ file: string, script: vm.Script }[]} */
  const toWrite = [];
  const tag = `${process.version}-${process.arch}-${command.replace(/[^a-z0-9-]/gi, '_')}`;
  // Keyed by the source text itself, not its size and time: V8 checks only the length of the
  // source against cached data, so an edit of the same length must give a different key.
  // Hashing the ~5 MB a `report` loads costs a few milliseconds.
  const cacheFile = (filename, content) => {
    const key = crypto.createHash('sha1').update(`${tag}\0${filename}\0`).update(content).digest('hex');
    return path.join(dir, `${key}.v8`);
  };

  proto._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(root + path.sep) || content.charCodeAt(0) === 35 /* # shebang */) {
      return original.call(this, content, filename);
    }
    let script;
    let file;
    try {
      file = cacheFile(filename, content);
      let cachedData;
      try {
        cachedData = fs.readFileSync(file);
      } catch {
        cachedData = undefined;
      }
      script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER });
      if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ file, script });
    } catch {
      return original.call(this, content, filename);
    }
    const fn = script.runInThisContext({ displayErrors: true });
    const require = (id) => this.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    require.resolve.paths = (request) => Module._resolveLookupPaths(request, this);
    require.main = process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return fn.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  };

  process.once('exit', () => {
    if (toWrite.length === 0) return;
    try {
      fs.mkdirSync(dir, { recursive: true });
      for (const { file, script } of toWrite) {
        const tmp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, file);
      }
    } catch {
      // a read-only install or a full disk: the next run compiles from source, as Node would
    }
  });
}
