// Extraction throughput: the corpus bulletins repeated to at least 20 MB, extracted one by one
// on this one thread. Baseline in the same run: decoding the same bytes and splitting them into
// lines (the least any reader does). Reports MB/s, the ratio to the baseline and peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractBulletin } from '../src/extract.js';
import { decodeBytes } from '../src/read/decode.js';
import { sha256Hex } from '../src/read/sha256.js';
import { toLines } from '../src/read/lines.js';
import { LineIndex } from '../src/read/mapped-text.js';
import { issueDate } from '../src/read/issue-date.js';
import { splitArticles } from '../src/split/index.js';
import { findFigures, type FigureContext } from '../src/figures/index.js';
import { resolveZone } from '../src/zones/resolve.js';
import { loadDefaultRegistry } from '../src/zones/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const TARGET_BYTES = 20 * 1024 * 1024;
const corpusDir = [path.resolve(here, '../../shared/corpus'), path.resolve(here, '../tests/fixtures/bulletins')].find((d) => fs.existsSync(d))!;
const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const originals = files.map((f) => new Uint8Array(fs.readFileSync(path.join(corpusDir, f))));

const inputs: { file: string; bytes: Uint8Array }[] = [];
let total = 0;
while (total < TARGET_BYTES) {
  originals.forEach((bytes, i) => {
    inputs.push({ file: files[i]!, bytes });
    total += bytes.length;
  });
}
const registry = loadDefaultRegistry();

/**
 * CPU seconds of this process (user + system) are the measure: the machine is shared, and wall
 * time would count the time other processes held the core. Wall time is printed beside it.
 * Under load the CPU time of the same work still varies by tens of percent from one minute to the
 * next, so every measure is taken in ROUNDS rounds, the runs of a round one after another, and
 * each line reports the median round.
 */
const ROUNDS = 3;
interface Measure { label: string; seconds: number; wall: number; check: number }
function once(label: string, fn: () => number): Measure {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const check = fn();
  const c = process.cpuUsage(c0);
  return { label, seconds: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000, check };
}
/** Each function warmed up once on the same data (JIT and RegExp compilation are not what we measure), then ROUNDS rounds of all. */
function rounds(runs: readonly (readonly [string, () => number])[]): Measure[][] {
  for (const [, fn] of runs) fn();
  const out: Measure[][] = [];
  for (let r = 0; r < ROUNDS; r++) out.push(runs.map(([label, fn]) => once(label, fn)));
  return out;
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The run of the median round for column k (by CPU time). */
function medianOf(all: Measure[][], k: number): Measure {
  const col = all.map((round) => round[k]!);
  const mid = median(col.map((m) => m.seconds));
  return col.find((m) => m.seconds === mid)!;
}

const whole = (): number => {
  let n = 0;
  for (const { file, bytes } of inputs) n += extractBulletin(bytes, { file, registry }).articles.length;
  return n;
};
const main = rounds([
  ['baseline: TextDecoder + split lines', () => {
    const decoder = new TextDecoder('utf-8');
    let n = 0;
    for (const { bytes } of inputs) n += decoder.decode(bytes).split(/\r\n|\r|\n/).length;
    return n;
  }],
  ['read + split (decode, lines, articles)', () => {
    let n = 0;
    for (const { file, bytes } of inputs) {
      const d = decodeBytes(bytes, file);
      if (d.ok) n += splitArticles(toLines(d.text), registry, file).articles.length;
    }
    return n;
  }],
  ['extractBulletin (whole stage incl. figures)', whole],
]);
const [baseline, splitOnly, full] = [0, 1, 2].map((k) => medianOf(main, k)) as [Measure, Measure, Measure];

const mb = total / (1024 * 1024);
// Read before the per-stage runs below, which hold every stage's prepared inputs at once.
const peakRss = process.resourceUsage().maxRSS / 1024;

function report(r: Measure): void {
  const rate = mb / r.seconds;
  const ratio = r === baseline ? '' : `  ${(r.seconds / baseline.seconds).toFixed(1)}× the baseline's time`;
  console.log(`${r.label.padEnd(46)} ${rate.toFixed(1).padStart(7)} MB/s  (${r.seconds.toFixed(2)} s CPU, ${r.wall.toFixed(2)} s wall, ${r.check} units)${ratio}`);
}

console.log(`input: ${files.length} bulletins from ${path.relative(process.cwd(), corpusDir) || corpusDir}, repeated to ${inputs.length} bulletins = ${mb.toFixed(1)} MB; each line: the median of ${ROUNDS} rounds`);
for (const r of [baseline, splitOnly, full]) report(r);
console.log(`goal: extraction ≥ 20 MB/s on one core → ${mb / full.seconds >= 20 ? 'met' : 'NOT met'} (${(mb / full.seconds).toFixed(1)} MB/s)`);
console.log(`peak RSS: ${peakRss.toFixed(0)} MB`);

// Per stage, on the same 20 MB: each stage's inputs are made by the stages before it, for every
// bulletin (no sharing between the repeated copies), before its clock starts.
const decodedAll = inputs.map(({ file, bytes }) => {
  const d = decodeBytes(bytes, file);
  if (!d.ok) throw new Error(`${file}: ${d.diagnostic.message}`);
  return { file, text: d.text };
});
const read = decodedAll.map(({ file, text }) => {
  const lines = toLines(text);
  return { file, text, lines, index: LineIndex.ofLines(text, lines) };
});
const figureInputs: FigureContext[] = [];
for (const { file, text, lines, index } of read) {
  const { issueYear } = issueDate(file, undefined, text, index);
  for (const article of splitArticles(lines, registry, file).articles) {
    figureInputs.push({ decoded: text, lines: index, article, zone: resolveZone(article.zoneAsPrinted, registry).name, issueYear, registry, file });
  }
}
// The whole stage is measured again in each round, beside its parts: what the parts leave over
// is read against a whole run made in the same minute, with the same data held in memory.
const staged = rounds([
  ['  stage: sha256 of the bytes', () => {
    let n = 0;
    for (const { bytes } of inputs) n += sha256Hex(bytes).length;
    return n;
  }],
  ['  stage: decode + lines (+ LineIndex)', () => {
    let n = 0;
    for (const { file, bytes } of inputs) {
      const d = decodeBytes(bytes, file);
      if (!d.ok) continue;
      // As extractBulletin builds them: the index from the lines' offsets, not a second search.
      const lines = toLines(d.text);
      n += lines.length + LineIndex.ofLines(d.text, lines).lineCount;
    }
    return n;
  }],
  ['  stage: split (articles from lines)', () => {
    let n = 0;
    for (const { file, lines } of read) n += splitArticles(lines, registry, file).articles.length;
    return n;
  }],
  ['  stage: issue date', () => {
    let n = 0;
    for (const { file, text, index } of read) n += issueDate(file, undefined, text, index).issueYear ?? 0;
    return n;
  }],
  ['  stage: figures (every article)', () => {
    let n = 0;
    for (const ctx of figureInputs) {
      const f = findFigures(ctx);
      n += f.indicators.length + f.projects.length;
    }
    return n;
  }],
  ['  whole stage, same rounds', whole],
]);
const parts = staged[0]!.length - 1;
console.log('per stage (each on the same bulletins; inputs prepared before the clock starts):');
for (let k = 0; k < parts; k++) report(medianOf(staged, k));
// Whole − parts, round by round: interleaving the stages bulletin by bulletin (every stage's code
// and data in turn), the glue of extractBulletin and zone resolution. Not GC alone: semi-spaces of
// 64 MB (four times the default, far fewer scavenges) left the whole stage's CPU time as it was.
const rests = staged.map((round) => round[parts]!.seconds - round.slice(0, parts).reduce((sum, r) => sum + r.seconds, 0));
console.log(`${'  rest of extractBulletin (zones, glue, GC)'.padEnd(46)} ${' '.repeat(14)}(${median(rests).toFixed(2)} s CPU = whole − stages above, median of rounds: ${rests.map((x) => x.toFixed(2)).join(' / ')})`);
