// Scores extraction of the real bulletins (../shared/corpus) and of every variant users send
// (encodings, line endings, wrapped lines, full-width digits) with ../shared/eval/score.mjs.
// Add a row to THRESHOLDS to hold the extractor to a new figure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBulletin, toExtractionOutput } from '../../src/extract.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';

/** Minimum scores, checked on the corpus and on each variant. Keys as score.mjs --min takes them. */
const THRESHOLDS: readonly { issue: number; key: string; min: number }[] = [
  { issue: 2, key: 'articles.f1', min: 0.97 },
  { issue: 2, key: 'zone.accuracy', min: 0.97 },
  { issue: 2, key: 'date.accuracy', min: 0.97 },
  { issue: 2, key: 'authors.accuracy', min: 0.95 },
  { issue: 2, key: 'issueYear.accuracy', min: 1 },
  { issue: 3, key: 'indicators.precision', min: 0.95 },
  { issue: 3, key: 'indicators.recall', min: 0.92 },
  { issue: 3, key: 'projects.f1', min: 0.9 },
  { issue: 3, key: 'status.accuracy', min: 0.95 },
  { issue: 3, key: 'period.accuracy', min: 0.9 },
];

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repo, '../shared');
const corpus = path.join(shared, 'corpus');
const gold = path.join(shared, 'gold');
const scorer = path.join(shared, 'eval/score.mjs');
const variantsScript = path.join(shared, 'eval/variants.py');
const haveShared = [corpus, gold, scorer, variantsScript].every((p) => fs.existsSync(p));

const VARIANTS = ['utf8-bom', 'gb18030', 'utf16le', 'crlf', 'wrapped', 'fullwidth'];

type Scores = Record<string, Record<string, number>>;

describe.skipIf(!haveShared)('extraction scores on the corpus and its variants', () => {
  let tmp = '';
  const registry = haveShared ? loadDefaultRegistry() : null;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-score-'));
    execFileSync('python3', [variantsScript, corpus, path.join(tmp, 'variants')], { stdio: 'pipe' });
  });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  function score(dir: string, name: string): Scores {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const bulletins = files.map((f) => extractBulletin(new Uint8Array(fs.readFileSync(path.join(dir, f))), { file: f, registry: registry! }));
    const out = path.join(tmp, `${name}.json`);
    fs.writeFileSync(out, JSON.stringify(toExtractionOutput(bulletins)));
    return JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' })) as Scores;
  }

  const sets = [{ name: 'corpus', dir: () => corpus }, ...VARIANTS.map((v) => ({ name: v, dir: () => path.join(tmp, 'variants', v) }))];
  it.each(sets)('$name meets every threshold', ({ name, dir }) => {
    const scores = score(dir(), name);
    const below = THRESHOLDS
      .map((t) => {
        const [group, figure] = t.key.split('.') as [string, string];
        return { ...t, got: scores[group]?.[figure] ?? Number.NaN };
      })
      .filter((t) => !(t.got >= t.min))
      .map((t) => `${t.key} = ${t.got.toFixed(3)} < ${t.min} (issue ${t.issue})`);
    expect(below, `${name}: below threshold`).toEqual([]);
  });
});
