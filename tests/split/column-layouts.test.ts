// Layouts nobody sent yet, made at test time from the real bulletins (../shared/corpus): text
// copied out of narrow PDF columns, lines cut every N characters, no blank lines at all. The gold
// of ../shared/gold applies unchanged, so score.mjs scores them. Skipped without ../shared.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBulletin, toExtractionOutput } from '../../src/extract.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import { cutLines, dropBlankLines } from './layouts.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repo, '../shared');
const corpus = path.join(shared, 'corpus');
const gold = path.join(shared, 'gold');
const scorer = path.join(shared, 'eval/score.mjs');
const haveShared = [corpus, gold, scorer].every((p) => fs.existsSync(p));

const LAYOUTS: readonly { name: string; make: (t: string) => string }[] = [
  { name: 'cut at 16, no blank lines', make: (t) => dropBlankLines(cutLines(t, 16)) },
  { name: 'cut at 16, blank lines kept', make: (t) => cutLines(t, 16) },
  { name: 'cut at 20, no blank lines', make: (t) => dropBlankLines(cutLines(t, 20)) },
];

describe.skipIf(!haveShared)('column layouts made from the corpus', () => {
  let tmp = '';
  const registry = haveShared ? loadDefaultRegistry() : null;
  beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-columns-')); });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  it.each(LAYOUTS)('$name: articles F1 ≥ 0.97, figures still found', ({ name, make }) => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
    const bulletins = files.map((f) => {
      const text = make(fs.readFileSync(path.join(corpus, f), 'utf8'));
      return extractBulletin(new TextEncoder().encode(text), { file: f, registry: registry! });
    });
    const out = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(out, JSON.stringify(toExtractionOutput(bulletins)));
    const scores = JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' })) as Record<string, Record<string, number>>;
    expect(scores.articles?.f1).toBeGreaterThanOrEqual(0.97);
    expect(scores.zone?.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(scores.date?.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(scores.authors?.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(scores.indicators?.recall).toBeGreaterThanOrEqual(0.95);
  });
});

/** Two corpus pages of different layouts pasted into one file, scored against both golds. */
const MIXED: readonly { name: string; parts: [string, string] }[] = [
  { name: 'head-first page, then a PDF-column page', parts: ['000_48818c0bb34f0121', '001_3efbd9989cda9649'] },
  { name: 'another head-first page, then a PDF-column page', parts: ['004_d8543457e77b1294', '001_3efbd9989cda9649'] },
];

describe.skipIf(!haveShared)('pages mixing layouts, made from the corpus', () => {
  let tmp = '';
  const registry = haveShared ? loadDefaultRegistry() : null;
  beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-mixed-')); });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  it.each(MIXED)('$name: articles F1 ≥ 0.97', ({ name, parts }) => {
    const [a, b] = parts;
    const file = 'mixed.txt';
    const text = `${fs.readFileSync(path.join(corpus, `${a}.txt`), 'utf8').trimEnd()}\n\n${fs.readFileSync(path.join(corpus, `${b}.txt`), 'utf8')}`;
    const goldOf = (g: string) => JSON.parse(fs.readFileSync(path.join(gold, `${g}.json`), 'utf8')) as { articles: unknown[] };
    const goldDir = path.join(tmp, name.replace(/\W+/g, '-'));
    fs.mkdirSync(goldDir);
    fs.writeFileSync(path.join(goldDir, 'mixed.json'), JSON.stringify({ ...goldOf(a), file, articles: [...goldOf(a).articles, ...goldOf(b).articles] }));
    const out = path.join(tmp, `${path.basename(goldDir)}-pred.json`);
    fs.writeFileSync(out, JSON.stringify(toExtractionOutput([extractBulletin(new TextEncoder().encode(text), { file, registry: registry! })])));
    const scores = JSON.parse(execFileSync(process.execPath, [scorer, goldDir, out, '--json'], { encoding: 'utf8' })) as Record<string, Record<string, number>>;
    expect(scores.articles?.f1).toBeGreaterThanOrEqual(0.97);
    // 004's «加紧施工干劲足» keeps the names under it, which its gold does not: one miss in 13.
    expect(scores.authors?.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
