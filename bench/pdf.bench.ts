// The PDF briefing, measured three ways in one run:
//   1. zonebrief warm: the 40-zone briefing rendered in this process after a first render;
//   2. headless Chromium warm (Debian's /usr/bin/chromium via playwright-core, one reused page)
//      printing an HTML rendering of the same Report — same wording (the same templates' output),
//      same chart SVG, same font files — the usual alternative to a hand-laid PDF;
//   3. zonebrief cold: the whole CLI `report` command as a child process on ../shared/corpus.
// Reports medians and the ratio; asserts nothing about time. Chromium missing → that part is skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error plain JavaScript launcher module, no types
import { builtIsCurrent } from '../bin/build-state.js';
// @ts-expect-error plain JavaScript launcher module, no types
import { codeCacheDir } from '../bin/code-cache.js';
import { briefingPdf, layoutBriefing, loadBriefingResources, projectRoot } from '../src/render/pdf/index.js';
import type { Block, DocumentBlocks } from '../src/render/pdf/blocks.js';
import { briefingView } from '../src/render/view-model.js';
import { syntheticReport } from '../tests/render-pdf/synthetic-report.js';

const ROOT = projectRoot();
const CHROMIUM = '/usr/bin/chromium';
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const RUNS = 7;
const CODE_CACHE = codeCacheDir(ROOT);
const OPTIONS = { organisation: '示例省开发区服务中心', title: '开发区工作简报', subtitle: null };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zonebrief-pdf-bench-'));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const pages = (file: string): string => {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  return /Pages:\s+(\d+)/.exec(r.stdout ?? '')?.[1] ?? '?';
};

// ---------------------------------------------------------------------------------------------
// The HTML rendering for Chromium: the templates' directives as HTML elements.

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blocksToHtml(doc: DocumentBlocks, charts: Record<string, { svg: string }>): string {
  const fonts = pathToFileURL(path.join(ROOT, 'fonts')).href;
  const body = doc.blocks.map((b: Block) => {
    switch (b.kind) {
      case 'page': return '<div class="page-break"></div>';
      case 'chart': return `<figure>${charts[b.name]?.svg ?? ''}</figure>`;
      case 'table': {
        const head = b.header ? `<thead><tr>${b.header.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>` : '';
        const total = b.widths.reduce((a, x) => a + x, 0);
        const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
        return `<table><colgroup>${cols}</colgroup>${head}<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
      }
      case 'h1': return `<h1>${esc(b.text)}</h1>`;
      case 'h2': return `<h2>${esc(b.text)}</h2>`;
      case 'h3': return `<h3>${esc(b.text)}</h3>`;
      case 'li': return `<ul><li>${esc(b.text)}</li></ul>`;
      default: return `<p class="${b.kind}">${esc(b.text)}</p>`;
    }
  }).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(OPTIONS.title)}</title><style>
@font-face { font-family: "Noto Sans SC Z"; src: url("${fonts}/NotoSansSC-Regular.ttf"); font-weight: 400; }
@font-face { font-family: "Noto Sans SC Z"; src: url("${fonts}/NotoSansSC-Bold.ttf"); font-weight: 700; }
@page { size: A4; margin: 72pt 56pt 66pt 56pt; }
body { font-family: "Noto Sans SC Z"; font-size: 10.5pt; line-height: 1.6; color: #1f2329; line-break: strict; }
.page-break { break-after: page; }
h1 { font-size: 17pt; color: #1f3864; border-bottom: 0.8pt solid #1f3864; break-after: avoid; }
h2 { font-size: 13.5pt; color: #1f3864; border-left: 3.5pt solid #1f3864; padding-left: 6pt; break-after: avoid; }
h3 { font-size: 11pt; break-after: avoid; }
.lead { font-size: 12pt; font-weight: 700; color: #a61d24; }
.note { font-size: 9pt; color: #646a73; }
.cover-title { font-size: 26pt; font-weight: 700; color: #1f3864; text-align: center; margin-top: 200pt; }
.cover-line, .cover-note { text-align: center; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; table-layout: fixed; }
thead { display: table-header-group; }
th { background: #e8eef7; text-align: left; }
th, td { padding: 3.5pt 4pt; border-bottom: 0.4pt solid #c9cdd4; vertical-align: top; }
tr { break-inside: avoid; }
figure { margin: 6pt 0; text-align: center; }
svg text { font-family: "Noto Sans SC Z" !important; }
</style></head><body>${body}</body></html>`;
}

interface Printer { print(): Promise<void>; launch: number; close(): Promise<void> }

/** A warm Chromium page that prints the HTML to `pdfFile`, or why there is none. */
async function chromiumPrinter(html: string, pdfFile: string): Promise<Printer | string> {
  if (!fs.existsSync(CHROMIUM)) return `${CHROMIUM} is not installed: Chromium part skipped`;
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    return `playwright-core not available (${(err as Error).message}): Chromium part skipped`;
  }
  const t0 = performance.now();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const launch = performance.now() - t0;
  const page = await browser.newPage();
  const htmlFile = path.join(tmp, 'briefing.html');
  fs.writeFileSync(htmlFile, html);
  const url = pathToFileURL(htmlFile).href;
  return {
    launch,
    close: () => browser.close(),
    async print() {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8pt;width:100%;padding:0 56pt;color:#646a73">${esc(OPTIONS.organisation)} · ${esc(OPTIONS.title)}</div>`,
        footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center;color:#646a73">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>',
        margin: { top: '1in', right: '0.778in', bottom: '0.917in', left: '0.778in' },
      });
      fs.writeFileSync(pdfFile, pdf);
    },
  };
}

interface ColdRun {
  label: string;
  wallMs: number;
  cpuMs: number | null;
  status: number | null;
}

const CLOCK_TICK_MS = 10;

/**
 * A process's parent and CPU times from /proc/<pid>/stat: its own, and that of its children it
 * has waited for. Null when unreadable (not Linux, or the process has ended).
 */
function procStat(pid: number | 'self'): { ppid: number; ownMs: number; waitedChildrenMs: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the name: state ppid … utime(12) stime(13) cutime(14) cstime(15).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      ppid: Number(f[1]),
      ownMs: (Number(f[11]) + Number(f[12])) * CLOCK_TICK_MS,
      waitedChildrenMs: (Number(f[13]) + Number(f[14])) * CLOCK_TICK_MS,
    };
  } catch {
    return null;
  }
}

/** CPU time of this process's finished (waited-for) child processes; null off Linux. */
const waitedChildrenCpuMs = (): number | null => procStat('self')?.waitedChildrenMs ?? null;

/** How busy the machine is: the share of the last 10 s in which runnable tasks waited for a CPU. */
function cpuPressure(): string {
  try {
    const some = /some avg10=([\d.]+)/.exec(fs.readFileSync('/proc/pressure/cpu', 'utf8'))?.[1];
    return some === undefined ? 'unknown' : `${some} %`;
  } catch {
    return 'unknown';
  }
}

function spawnTimed(label: string, args: string[]): ColdRun {
  const c = waitedChildrenCpuMs();
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: tmp, encoding: 'utf8' });
  const wallMs = performance.now() - t;
  const after = waitedChildrenCpuMs();
  if (r.status !== 0) console.log(r.stderr.split('\n').slice(-5).join('\n'));
  return { label, wallMs, cpuMs: c === null || after === null ? null : after - c, status: r.status };
}

const COLD_RUNS = 5;

/**
 * The whole `zonebrief report` command on the corpus, as a user runs it. Single cold runs on a
 * shared machine vary by ±50 %, so after the first run with no code cache, each case is run
 * COLD_RUNS times, alternating, and reported as medians of wall and CPU time, beside Node's own
 * start-up (`node -e ''`) and the machine's CPU pressure, which say how busy the machine was.
 */
function coldCli(): { line: string }[] {
  if (!fs.existsSync(CORPUS)) return [];
  const db = path.join(tmp, 'cold.db');
  const out = path.join(tmp, 'out');
  const report = (label: string): ColdRun => spawnTimed(label, [path.join(ROOT, 'bin/zonebrief.js'), 'report', '--month', '2026-01', '--db', db, '--out', out, CORPUS]);
  const pressureBefore = cpuPressure();
  // First with no V8 code cache at all (bin/code-cache.js; the install step warms it for
  // `report` by running it on the examples, so a user meets this only after deleting it): a new
  // database, so the five bulletins are read and extracted.
  fs.rmSync(CODE_CACHE, { recursive: true, force: true });
  const first = report('`report --month 2026-01` on the corpus, fresh database, code cache deleted (compiles everything)');
  const cases: Record<string, ColdRun[]> = { node: [], help: [], fresh: [], stored: [] };
  for (let i = 0; i < COLD_RUNS; i++) {
    cases.node!.push(spawnTimed('node', ['-e', '']));
    cases.help!.push(spawnTimed('help', [path.join(ROOT, 'bin/zonebrief.js'), '--help']));
    fs.rmSync(db, { force: true });
    cases.fresh!.push(report('fresh'));
    cases.stored!.push(report('stored'));
  }
  const describe = (runs: ColdRun[]): string => {
    const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
    const failed = runs.filter((r) => r.status !== 0).length;
    return `median ${ms(median(runs.map((r) => r.wallMs)))} (min ${ms(Math.min(...runs.map((r) => r.wallMs)))})${cpu.length ? `, CPU median ${ms(median(cpu))}` : ''}${failed ? ` (${failed} failed)` : ''}`;
  };
  return [
    { line: `${first.label}: ${ms(first.wallMs)}${first.cpuMs === null ? '' : `, CPU ${ms(first.cpuMs)}`}${first.status === 0 ? '' : ` (exit ${first.status})`}` },
    { line: `\`report --month 2026-01\` on the corpus, fresh database (ingest + report), ${COLD_RUNS} runs: ${describe(cases.fresh!)}` },
    { line: `\`report --month 2026-01\`, bulletins already stored, ${COLD_RUNS} runs: ${describe(cases.stored!)}` },
    { line: `\`zonebrief --help\` (start-up only), ${COLD_RUNS} runs: ${describe(cases.help!)}` },
    { line: `\`node -e ''\` (Node alone, for scale), ${COLD_RUNS} runs: ${describe(cases.node!)}` },
    { line: `machine CPU pressure (share of time work waited for a CPU, last 10 s): ${pressureBefore} before, ${cpuPressure()} after` },
  ];
}

/** Which code `bin/zonebrief.js` runs: the bundle when the build is newer than src/, else tsx. */
function launcherMode(): string {
  return builtIsCurrent(ROOT) ? 'the bundle (dist/bundle/zonebrief.cjs)' : 'sources through tsx (no build, or older than src/: run `npm run build`)';
}

const timed = async (fn: () => Promise<unknown>): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

// CPU time, which other work on a shared machine disturbs less than wall time: this process's
// own (process.cpuUsage), and that of its child processes (Chromium's browser, renderer and
// utility processes) read from /proc. Linux only; null elsewhere.
function childrenCpuMs(): number | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const stats = new Map<number, { ppid: number; cpu: number }>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const st = procStat(Number(d)); // null: the process ended while we looked
    if (st) stats.set(Number(d), { ppid: st.ppid, cpu: st.ownMs + st.waitedChildrenMs });
  }
  let total = 0;
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, st] of stats) {
      if (!mine.has(pid) && mine.has(st.ppid)) {
        mine.add(pid);
        total += st.cpu;
        grew = true;
      }
    }
  }
  return total;
}
const ownCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function main(): Promise<void> {
  const report = syntheticReport(40);
  const t0 = performance.now();
  const res = loadBriefingResources();
  const loadMs = performance.now() - t0;
  const ours = path.join(tmp, 'zonebrief-40.pdf');
  const render = async (): Promise<void> => fs.writeFileSync(ours, await briefingPdf(report, OPTIONS, res));

  const { blocks, charts } = layoutBriefing(briefingView(report, OPTIONS), res, 'briefing');
  const theirs = path.join(tmp, 'chromium-40.pdf');
  const chromium = await chromiumPrinter(blocksToHtml(blocks, charts), theirs);

  // First runs (cold JIT, font caches) apart; then the two alternate, so both see the same
  // load from whatever else runs on the machine.
  const zbFirst = await timed(render);
  const crFirst = typeof chromium === 'string' ? 0 : await timed(() => chromium.print());
  const zb: number[] = [];
  const cr: number[] = [];
  let zbCpu = 0;
  let crCpu = 0;
  for (let i = 0; i < RUNS; i++) {
    let c = ownCpuMs();
    zb.push(await timed(render));
    zbCpu += ownCpuMs() - c;
    if (typeof chromium !== 'string') {
      c = childrenCpuMs() ?? 0;
      const own = ownCpuMs();
      cr.push(await timed(() => chromium.print()));
      // Chromium's processes do the work; the driver (playwright in this process) counts too.
      crCpu += (childrenCpuMs() ?? 0) - c + (ownCpuMs() - own);
    }
  }
  if (typeof chromium !== 'string') await chromium.close();

  console.log(`40-zone briefing (${report.sources.length} cited sentences), ${RUNS} warm runs each, alternating; medians:`);
  console.log(`  zonebrief   fonts+templates load ${ms(loadMs)}, first render ${ms(zbFirst)}, warm ${ms(median(zb))}  (${pages(ours)} pages, ${(fs.statSync(ours).size / 1024).toFixed(0)} KiB)`);
  if (typeof chromium === 'string') {
    console.log(`  chromium    ${chromium}`);
  } else {
    console.log(`  chromium    launch ${ms(chromium.launch)}, first print ${ms(crFirst)}, warm ${ms(median(cr))}  (${pages(theirs)} pages, ${(fs.statSync(theirs).size / 1024).toFixed(0)} KiB)`);
    console.log(`  ratio       zonebrief is ${(median(cr) / median(zb)).toFixed(1)}× faster warm, wall clock (goal ≥ 5×)`);
    if (childrenCpuMs() !== null) {
      console.log(`  cpu time    per render: zonebrief ${ms(zbCpu / RUNS)}, chromium (all its processes + driver) ${ms(crCpu / RUNS)}: ${(crCpu / zbCpu).toFixed(1)}× less CPU`);
    }
  }
  console.log(`  cold CLI runs ${launcherMode()}`);
  const cold = coldCli();
  if (cold.length === 0) console.log(`  cold CLI    ${CORPUS} not found: skipped`);
  for (const c of cold) console.log(`  cold CLI    ${c.line}`);
  console.log(`  (goal: whole \`report\` on the corpus ≤ 1 s cold; the --help line is start-up alone: Node, the bundled CLI — or tsx when dist/ is older than src/ — and the router)`);
  console.log(`  files in ${tmp}`);
}

await main();
