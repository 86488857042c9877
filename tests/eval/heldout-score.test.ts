// Scores extraction of the held-out bulletins (tests/fixtures/heldout: six pages written for this
// set and annotated before the extractor ever ran on them) with ../shared/eval/score.mjs.
// The corpus test shows the extractor fits the five real pages; this one shows how it generalises
// to layouts and wordings it was not tuned on. Thresholds are the scores reached when the set was
// frozen (rounded down): raise them as rules improve, never lower them to pass.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBulletin, toExtractionOutput } from '../../src/extract.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';

/** Minimum scores on the held-out set. Keys as score.mjs --json reports them. */
const THRESHOLDS: readonly { key: string; min: number }[] = [
  { key: 'articles.f1', min: 0.98 },
  { key: 'indicators.precision', min: 0.95 },
  { key: 'indicators.recall', min: 0.93 },
  { key: 'projects.f1', min: 0.95 },
  { key: 'zone.accuracy', min: 0.95 },
  { key: 'date.accuracy', min: 0.95 },
  { key: 'authors.accuracy', min: 0.95 },
  { key: 'status.accuracy', min: 0.95 },
  // The issue year is reasoned out on three pages (a July page reporting full 2024 figures is from
  // 2025; see tests/fixtures/heldout/README.md); a wrong year shifts every 今年/上半年 period.
  { key: 'period.accuracy', min: 0.95 },
  { key: 'issueYear.accuracy', min: 1 },
];

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const heldout = path.join(repo, 'tests/fixtures/heldout');
const corpus = path.join(heldout, 'corpus');
const gold = path.join(heldout, 'gold');
const scorer = path.resolve(repo, '../shared/eval/score.mjs');
const variantsScript = path.resolve(repo, '../shared/eval/variants.py');
const haveScorer = fs.existsSync(scorer) && fs.existsSync(variantsScript);

/** The encodings and layouts of ../shared/eval/variants.py; the gold applies to each unchanged. */
const VARIANTS = ['utf8-bom', 'gb18030', 'utf16le', 'crlf', 'wrapped', 'fullwidth'];

type Scores = Record<string, Record<string, number>>;

describe.skipIf(!haveScorer)('extraction scores on the held-out bulletins', () => {
  let tmp = '';
  const registry = haveScorer ? loadDefaultRegistry() : null;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-heldout-'));
    // variants.py reads UTF-8 only, and one held-out page is GB18030 on purpose: stage a UTF-8 copy.
    const utf8 = path.join(tmp, 'utf8');
    fs.mkdirSync(utf8);
    for (const f of fs.readdirSync(corpus).filter((n) => n.endsWith('.txt'))) {
      const bytes = fs.readFileSync(path.join(corpus, f));
      const text = f.includes('gb18030') ? new TextDecoder('gb18030').decode(bytes) : bytes.toString('utf8');
      fs.writeFileSync(path.join(utf8, f), text);
    }
    execFileSync('python3', [variantsScript, utf8, path.join(tmp, 'variants')], { stdio: 'pipe' });
  });
  afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

  function score(dir: string, name: string): Scores {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const bulletins = files.map((f) => extractBulletin(new Uint8Array(fs.readFileSync(path.join(dir, f))), { file: f, registry: registry! }));
    const out = path.join(tmp, `${name}.json`);
    fs.writeFileSync(out, JSON.stringify(toExtractionOutput(bulletins)));
    return JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' })) as Scores;
  }

  it('has one gold file per bulletin', () => {
    const stems = (dir: string, ext: string) => fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
    expect(stems(gold, '.json')).toEqual(stems(corpus, '.txt'));
    expect(stems(corpus, '.txt').length).toBe(6);
  });

  const sets = [{ name: 'held-out', dir: () => corpus }, ...VARIANTS.map((v) => ({ name: v, dir: () => path.join(tmp, 'variants', v) }))];
  it.each(sets)('$name meets every threshold', ({ name, dir }) => {
    const scores = score(dir(), name);
    const below = THRESHOLDS
      .map((t) => {
        const [group, figure] = t.key.split('.') as [string, string];
        return { ...t, got: scores[group]?.[figure] ?? Number.NaN };
      })
      .filter((t) => !(t.got >= t.min))
      .map((t) => `${t.key} = ${t.got.toFixed(3)} < ${t.min}`);
    expect(below, `${name}: below threshold (run the scorer with --verbose to see misses)`).toEqual([]);
  });
});
