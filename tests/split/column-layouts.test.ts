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
