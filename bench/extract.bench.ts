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
 */
function time(label: string, fn: () => number): { label: string; seconds: number; wall: number; check: number } {
  fn(); // warm-up on the same data: JIT and regex compilation are not what we measure
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const check = fn();
  const c = process.cpuUsage(c0);
  return { label, seconds: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000, check };
}

const baseline = time('baseline: TextDecoder + split lines', () => {
  const decoder = new TextDecoder('utf-8');
  let n = 0;
  for (const { bytes } of inputs) n += decoder.decode(bytes).split(/\r\n|\r|\n/).length;
  return n;
});
const splitOnly = time('read + split (decode, lines, articles)', () => {
  let n = 0;
  for (const { file, bytes } of inputs) {
    const d = decodeBytes(bytes, file);
    if (d.ok) n += splitArticles(toLines(d.text), registry, file).articles.length;
  }
  return n;
});
const full = time('extractBulletin (whole stage incl. figures)', () => {
  let n = 0;
  for (const { file, bytes } of inputs) n += extractBulletin(bytes, { file, registry }).articles.length;
  return n;
});

const mb = total / (1024 * 1024);
// Read before the per-stage runs below, which hold every stage's prepared inputs at once.
const peakRss = process.resourceUsage().maxRSS / 1024;

function report(r: ReturnType<typeof time>): void {
  const rate = mb / r.seconds;
  const ratio = r === baseline ? '' : `  ${(r.seconds / baseline.seconds).toFixed(1)}× the baseline's time`;
  console.log(`${r.label.padEnd(46)} ${rate.toFixed(1).padStart(7)} MB/s  (${r.seconds.toFixed(2)} s CPU, ${r.wall.toFixed(2)} s wall, ${r.check} units)${ratio}`);
}

console.log(`input: ${files.length} bulletins from ${path.relative(process.cwd(), corpusDir) || corpusDir}, repeated to ${inputs.length} bulletins = ${mb.toFixed(1)} MB`);
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
const hashStage = time('  stage: sha256 of the bytes', () => {
  let n = 0;
  for (const { bytes } of inputs) n += sha256Hex(bytes).length;
  return n;
});
const readStage = time('  stage: decode + lines (+ LineIndex)', () => {
  let n = 0;
  for (const { file, bytes } of inputs) {
    const d = decodeBytes(bytes, file);
    if (d.ok) n += toLines(d.text).length + new LineIndex(d.text).lineCount;
  }
  return n;
});
const read = decodedAll.map(({ file, text }) => ({ file, text, lines: toLines(text), index: new LineIndex(text) }));
const issueStage = time('  stage: issue date', () => {
  let n = 0;
  for (const { file, text, index } of read) n += issueDate(file, undefined, text, index).issueYear ?? 0;
  return n;
});
const splitStage = time('  stage: split (articles from lines)', () => {
  let n = 0;
  for (const { file, lines } of read) n += splitArticles(lines, registry, file).articles.length;
  return n;
});
const figureInputs: FigureContext[] = [];
for (const { file, text, lines, index } of read) {
  const { issueYear } = issueDate(file, undefined, text, index);
  for (const article of splitArticles(lines, registry, file).articles) {
    figureInputs.push({ decoded: text, lines: index, article, zone: resolveZone(article.zoneAsPrinted, registry).name, issueYear, registry, file });
  }
}
const figuresStage = time('  stage: figures (every article)', () => {
  let n = 0;
  for (const ctx of figureInputs) {
    const f = findFigures(ctx);
    n += f.indicators.length + f.projects.length;
  }
  return n;
});
const stages = [hashStage, readStage, splitStage, issueStage, figuresStage];
console.log('per stage (each on the same bulletins; inputs prepared before the clock starts):');
for (const r of stages) report(r);
const rest = full.seconds - stages.reduce((sum, r) => sum + r.seconds, 0);
console.log(`${'  rest of extractBulletin (zones, glue, GC)'.padEnd(46)} ${' '.repeat(14)}(${rest.toFixed(2)} s CPU = whole − stages above; noisy, may be < 0)`);
