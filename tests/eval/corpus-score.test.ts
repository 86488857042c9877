// Scores extraction of the real bulletins (../shared/corpus) and of every variant users send
// (encodings, line endings, wrapped lines, full-width digits) with ../shared/eval/score.mjs.
// Add a row to THRESHOLDS to hold the extractor to a new figure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import { SCORER, SHARED, VARIANTS, VARIANTS_SCRIPT, belowThresholds, scoreFolder, type Threshold } from './scoring.js';

/** Minimum scores, checked on the corpus and on each variant. Keys as score.mjs --min takes them. */
const THRESHOLDS: readonly Threshold[] = [
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

const corpus = path.join(SHARED, 'corpus');
const gold = path.join(SHARED, 'gold');
const haveShared = [corpus, gold, SCORER, VARIANTS_SCRIPT].every((p) => fs.existsSync(p));

describe.skipIf(!haveShared)('extraction scores on the corpus and its variants', () => {
  let tmp = '';
  const registry = haveShared ? loadDefaultRegistry() : null;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-score-'));
    execFileSync('python3', [VARIANTS_SCRIPT, corpus, path.join(tmp, 'variants')], { stdio: 'pipe' });
  });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  const sets = [{ name: 'corpus', dir: () => corpus }, ...VARIANTS.map((v) => ({ name: v, dir: () => path.join(tmp, 'variants', v) }))];
  it.each(sets)('$name meets every threshold', ({ name, dir }) => {
    const scores = scoreFolder(dir(), gold, path.join(tmp, `${name}.json`), registry!);
    const below = belowThresholds(scores, THRESHOLDS);
    expect(below, `${name}: below threshold`).toEqual([]);
  });
});
