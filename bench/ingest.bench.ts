// Ingest + stats for a synthetic year: 2,700 zones × 12 months in the corpus's style (see
// bench/synthetic/generate.ts), one article per zone and month, 10 articles per bulletin.
// Reports bulletins/s, MB/s and peak memory; compares ingest with extraction alone (the baseline,
// on a sample of the same files) and checks the year's totals against the generator's.
//
// Smaller runs: ZB_BENCH_ZONES=270 ZB_BENCH_MONTHS=3 npm run bench -- ingest
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatStats } from '../src/cli/commands/stats.js';
import { EXTRACTOR_VERSION, extractBulletin } from '../src/extract.js';
import { buildReport } from '../src/aggregate/index.js';
import { ingestPaths } from '../src/ingest.js';
import { parseReportPeriod } from '../src/period.js';
import { openSqliteStore } from '../src/store/sqlite.js';
import { loadDefaultRegistry } from '../src/zones/load.js';
import { emptyKnown, generateBulletins } from './synthetic/generate.js';

const ZONES = Number(process.env.ZB_BENCH_ZONES ?? 2700);
const MONTHS = Number(process.env.ZB_BENCH_MONTHS ?? 12);
const PER_BULLETIN = Number(process.env.ZB_BENCH_ARTICLES ?? 10);
const BASELINE_SHARE = Number(process.env.ZB_BENCH_BASELINE_SHARE ?? 0.2);
const YEAR = 2025;
const GOAL_SECONDS = 120;
const GOAL_RSS_MB = 1024;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zb-bench-ingest-'));
const inputs = path.join(dir, 'bulletins');
fs.mkdirSync(inputs);
const mb = (bytes: number): number => bytes / 1048576;
const fmt = (x: number, d = 1): string => x.toFixed(d);

try {
  // 1. Generate (not timed).
  const known = emptyKnown();
  let bytesTotal = 0;
  let bulletins = 0;
  for (const b of generateBulletins({ zones: ZONES, months: MONTHS, year: YEAR, articlesPerBulletin: PER_BULLETIN }, known)) {
    const bytes = Buffer.from(b.text, 'utf8');
    fs.writeFileSync(path.join(inputs, b.file), bytes);
    bytesTotal += bytes.length;
    bulletins++;
  }
  console.log(`generated ${bulletins} bulletins, ${known.articles} articles, ${fmt(mb(bytesTotal))} MB (${ZONES} zones × ${MONTHS} months)`);
  const registry = loadDefaultRegistry();

  // 2. Baseline: read + extract only, on an evenly spread sample.
  const files = fs.readdirSync(inputs).sort();
  const step = Math.max(1, Math.round(1 / BASELINE_SHARE));
  const sample = files.filter((_, i) => i % step === 0);
  // Warm the extractor up (JIT, lazy tables) so the baseline is not charged for it.
  for (const f of files.slice(0, 5)) extractBulletin(new Uint8Array(fs.readFileSync(path.join(inputs, f))), { file: f, issued: null, registry });
  let t = performance.now();
  let sampleBytes = 0;
  for (const f of sample) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(inputs, f)));
    sampleBytes += bytes.length;
    extractBulletin(bytes, { file: f, issued: null, registry });
  }
  const baselineS = (performance.now() - t) / 1000;
  const baselineRate = sample.length / baselineS;

  // 3. Ingest everything into a fresh store.
  const dbFile = path.join(dir, 'bench.db');
  const store = openSqliteStore(dbFile);
  t = performance.now();
  const summary = await ingestPaths(store, [inputs], { registry, cwd: dir });
  const ingestS = (performance.now() - t) / 1000;

  // 4. The same files again: nothing changes, nothing is re-extracted.
  t = performance.now();
  const again = await ingestPaths(store, [inputs], { registry, cwd: dir });
  const againS = (performance.now() - t) / 1000;

  // 5. Stats for the year: load, aggregate, render the table and the JSON.
  t = performance.now();
  const loaded = await store.loadBulletins({ issueYears: { from: YEAR, to: YEAR + 1 } });
  const loadS = (performance.now() - t) / 1000;
  const report = buildReport({ bulletins: loaded, period: parseReportPeriod('year', String(YEAR)), organisation: 'bench', registry });
  const loadAggregateS = (performance.now() - t) / 1000;
  const table = formatStats(report);
  const json = JSON.stringify(report);
  const statsS = (performance.now() - t) / 1000;
  await store.close();
  const dbMb = mb(fs.statSync(dbFile).size + (fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0));

  // 6. Check the totals against what the generator wrote.
  const problems: string[] = [];
  if (summary.inserted !== bulletins || summary.failed !== 0) problems.push(`ingest: ${summary.inserted} inserted, ${summary.failed} failed of ${bulletins}`);
  if (again.unchanged !== bulletins || again.inserted !== 0) problems.push(`re-ingest changed something: ${JSON.stringify({ inserted: again.inserted, unchanged: again.unchanged })}`);
  if (report.zones.length !== known.zones) problems.push(`zones in report: ${report.zones.length}, generated ${known.zones}`);
  for (const [month, expected] of known.signedProjects) {
    const total = report.totals.find((x) => x.metric === 'signed_projects' && x.status === 'actual' && x.period.from === month && x.period.to === month);
    if (total?.value !== expected || total.zonesCovered !== known.zones) problems.push(`signed_projects ${month}: got ${total?.value} over ${total?.zonesCovered} zones, expected ${expected} over ${known.zones}`);
  }
  for (const [month, cents] of known.signedInvestmentCents) {
    const total = report.totals.find((x) => x.metric === 'signed_investment' && x.status === 'actual' && x.period.from === month && x.period.to === month);
    if (total === undefined || Math.round(total.value * 100) !== cents) problems.push(`signed_investment ${month}: got ${total?.value}, expected ${cents / 100}`);
  }
  let eventMismatches = 0;
  for (const z of report.zones) {
    const want = known.projectEvents.get(z.zone);
    const got = z.projectEvents.find((e) => e.stage === 'signed');
    if (!want || got?.count !== want.count || Math.round((got?.investmentYi ?? 0) * 100) !== want.cents) eventMismatches++;
  }
  if (eventMismatches) problems.push(`signed project events differ from the generator's in ${eventMismatches} of ${report.zones.length} zones`);
  const rankedPeriods = new Set(report.ranking.map((r) => `${r.period.from}..${r.period.to}`));
  if (rankedPeriods.size !== MONTHS) problems.push(`ranking periods: ${rankedPeriods.size}, expected ${MONTHS} (one per month, never mixed)`);

  const rssMb = process.resourceUsage().maxRSS / 1024;
  const yearS = ingestS + statsS;
  console.log(`baseline  extraction only (${sample.length} of ${bulletins} bulletins): ${fmt(baselineRate)} bulletins/s, ${fmt(mb(sampleBytes) / baselineS, 2)} MB/s`);
  console.log(`ingest    ${bulletins} bulletins in ${fmt(ingestS)} s: ${fmt(bulletins / ingestS)} bulletins/s, ${fmt(mb(bytesTotal) / ingestS, 2)} MB/s; store overhead: ingest/extraction time ratio ${fmt((bulletins / ingestS) ** -1 / baselineRate ** -1, 2)}`);
  console.log(`re-ingest ${bulletins} unchanged bulletins in ${fmt(againS)} s (${fmt(bulletins / againS)} bulletins/s, no extraction)`);
  console.log(`stats     year ${YEAR}: load ${fmt(loadS)} s + aggregate ${fmt(loadAggregateS - loadS)} s, with table (${fmt(mb(Buffer.byteLength(table)), 1)} MB) and JSON (${fmt(mb(Buffer.byteLength(json)), 1)} MB) ${fmt(statsS)} s; ${report.zones.length} zones, ${report.totals.length} totals, ${report.sources.length} sources`);
  console.log(`year      ingest + stats ${fmt(yearS)} s (goal ≤ ${GOAL_SECONDS} s: ${yearS <= GOAL_SECONDS ? 'met' : 'NOT met'}), peak RSS ${fmt(rssMb, 0)} MB (goal ≤ ${GOAL_RSS_MB} MB: ${rssMb <= GOAL_RSS_MB ? 'met' : 'NOT met'}), database ${fmt(dbMb)} MB, extractor ${EXTRACTOR_VERSION}`);
  if (problems.length) {
    console.log(`CHECK FAILED — aggregated totals differ from the generator's known totals:\n  ${problems.slice(0, 20).join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`check     totals equal the generator's: signed projects and investment for each of ${MONTHS} months over ${known.zones} zones, signed project events per zone, ${MONTHS} separate ranking periods`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
