// bin/lazy-modules.js puts stand-ins for pdfkit's ciphers and fontkit's Brotli decoder into the
// module cache; used, they must reach the real modules. Run in a child process: the stand-ins
// change the process's module cache.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function run(script: string): { status: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe('lazy module stand-ins', () => {
  it('are installed for both modules, and nothing real is loaded until used', () => {
    const r = run(`
      import { createRequire } from 'node:module';
      import { installLazyModules } from './bin/lazy-modules.js';
      const files = installLazyModules(new URL('./package.json', 'file://${root}/'));
      const require = createRequire('${root}/package.json');
      require('pdfkit'); require('fontkit');
      const loaded = Object.keys(require.cache);
      // The stand-ins sit under the real modules' names; the files those would load are absent.
      const realFiles = loaded.filter((f) => /@noble[\\/]ciphers[\\/](?!aes\.js$)|brotli[\\/]dec[\\/]/.test(f));
      console.log(JSON.stringify({ files: files.map((f) => f.split('node_modules/').pop()), realFiles }));
    `);
    expect(r.err).toBe('');
    const got = JSON.parse(r.out) as { files: string[]; realFiles: string[] };
    expect(got.files).toEqual(['@noble/ciphers/aes.js', 'brotli/decompress.js']);
    expect(got.realFiles).toEqual([]);
  });

  it('pass an encrypted PDF and a Brotli stream through to the real modules', () => {
    const r = run(`
      import { createRequire } from 'node:module';
      import zlib from 'node:zlib';
      import { installLazyModules } from './bin/lazy-modules.js';
      installLazyModules(new URL('./package.json', 'file://${root}/'));
      const require = createRequire('${root}/package.json');
      const PDFDocument = require('pdfkit');
      const doc = new PDFDocument({ userPassword: 'secret', pdfVersion: '1.7' });
      const chunks = [];
      doc.on('data', (c) => chunks.push(c));
      doc.on('end', () => {
        const pdf = Buffer.concat(chunks).toString('latin1');
        const decompress = createRequire(require.resolve('fontkit'))('brotli/decompress.js');
        const text = '开发区签约项目 12 个，总投资 34.5 亿元。'.repeat(50);
        const packed = zlib.brotliCompressSync(Buffer.from(text));
        const back = Buffer.from(decompress(packed, Buffer.byteLength(text))).toString();
        console.log(JSON.stringify({ encrypted: /\\/Encrypt \\d+ 0 R/.test(pdf) && /\\/Filter \\/Standard/.test(pdf), aes: /\\/AESV2/.test(pdf), brotli: back === text }));
      });
      doc.text('x');
      doc.end();
    `);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual({ encrypted: true, aes: true, brotli: true });
  });
});
