// Golden Reports for the real bulletins (../shared/corpus, read at test time, never copied).
//
// Two kinds of check:
// 1. Hand-worked facts (tests/golden/facts.ts) on Reports from the extractor's output, through
//    the SQLite store. Each is its own test, so a failure names the fact; gold.test.ts checks the
//    same facts on the gold annotations, so a fact failing only here is an extraction miss.
// 2. Snapshots: the whole Report JSON per period in tests/golden/reports/. A missing snapshot is
//    written by the run; after a deliberate change, regenerate them all with
//    `UPDATE_GOLDEN=1 npx vitest run tests/golden` and review the diff. Corpus sentences must not
//    be copied into the project, so free text (evidence, titles, kickers, bylines, messages) is
//    replaced in snapshots by a digest and its length; numbers, periods, spans and names stay.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/aggregate/index.js';
import { EXTRACTOR_VERSION, extractBulletin } from '../../src/extract.js';
import { parseReportPeriod } from '../../src/period.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Bulletin, Report } from '../../src/types.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import { FACT_PERIODS, corpusFacts } from './facts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../../shared/corpus');
const SNAPSHOTS = path.join(here, 'reports');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const registry = loadDefaultRegistry();
const PERIODS = FACT_PERIODS;
const reports = new Map<string, Report>();
let tmp: string;
let bulletins: Bulletin[] = [];

beforeAll(async () => {
  // Through the store, as `stats` does: extraction → SQLite → load → aggregate.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-golden-'));
  const store = openSqliteStore(path.join(tmp, 'golden.db'));
  for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS, f)));
    await store.putBulletin(extractBulletin(bytes, { file: f, issued: null, registry }), { bytes }, EXTRACTOR_VERSION);
  }
  bulletins = await store.loadBulletins();
  await store.close();
  for (const [kind, key] of PERIODS) {
    reports.set(key, buildReport({ bulletins, period: parseReportPeriod(kind, key), organisation: '开发区工作简报编辑组', registry }));
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const report = (key: string): Report => {
  const r = reports.get(key);
  if (!r) throw new Error(`no report ${key}`);
  return r;
};

/**
 * Facts that fail today because extraction misses them (not aggregation): they run as
 * `it.fails`, so the suite stays green and turns red the day extraction gets them right —
 * then delete the entry here.
 */
const KNOWN_EXTRACTION_MISSES: Record<string, string> = {
  '临汾 job fair: more than 1000 jobs (approx), in April 2026': 'the jobs figure has period null; its date 4月4日 should give 2026-04',
};
const fact = (name: string, fn: () => void): void => {
  const miss = KNOWN_EXTRACTION_MISSES[name];
  if (miss) it.fails(`${name} — known extraction miss: ${miss}`, fn);
  else it(name, fn);
};

corpusFacts(report, fact);

const FREE_TEXT = new Set(['evidence', 'articleTitle', 'title', 'kicker', 'message', 'authors']);
const digest = (text: string): string => `#${createHash('sha256').update(text).digest('hex').slice(0, 10)}/${text.length}`;

/** The Report as stored in a snapshot: free text digested (see the top of this file). */
function normalise(value: unknown, key = ''): unknown {
  if (FREE_TEXT.has(key)) {
    if (typeof value === 'string') return digest(value);
    if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? digest(v) : v));
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  return value;
}

describe('golden Report snapshots', () => {
  for (const [, key] of PERIODS) {
    it(`Report ${key} matches tests/golden/reports/${key}.json`, () => {
      const file = path.join(SNAPSHOTS, `${key}.json`);
      const actual = normalise(JSON.parse(JSON.stringify(report(key))));
      if (UPDATE || !fs.existsSync(file)) {
        fs.mkdirSync(SNAPSHOTS, { recursive: true });
        const tmpFile = `${file}.tmp`;
        fs.writeFileSync(tmpFile, `${JSON.stringify(actual, null, 2)}\n`);
        fs.renameSync(tmpFile, file);
      }
      expect(actual, `Report ${key} differs from its snapshot: if the change is intended (better extraction, new report field), run UPDATE_GOLDEN=1 npx vitest run tests/golden and review the diff of tests/golden/reports/`).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }
});
