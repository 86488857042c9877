// `zonebrief stats --month|--quarter|--year KEY [--json] [--db PATH] [--config PATH]`: prints the
// Report of a period from the store — a readable table by default, the Report JSON with --json.
import { loadConfig } from '../../config.js';
import { reportFromStore } from '../../ingest.js';
import { PeriodError, periodFromOptions } from '../../period.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { StoreError, resolveDbPath } from '../../store/store.js';
import type { Figure, Report } from '../../types.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { type CliContext, EXIT_INPUT, EXIT_OK, UsageError, formatDiagnostic } from '../context.js';
import { parseOptions } from './ingest.js';

export const STATS_HELP = `usage: zonebrief stats (--month 2026-01 | --quarter 2026-Q1 | --year 2025) [--json] [--db PATH] [--config PATH]

Prints the per-zone statistics of a period from the bulletins in the database: every figure with
its period and source, targets against actuals, project events, province totals with their
coverage, the ranking by signed investment, and diagnostics.

  --json         print the Report model as JSON (what the PDF and the workbook are made from)
  --db PATH      database file (default: $ZONEBRIEF_DB, else ./data/zonebrief.db)
  --config PATH  config file for the organisation name (default: ./zonebrief.config.json)
`;

export async function stats(ctx: CliContext): Promise<number> {
  const { values } = parseOptions({
    args: ctx.args,
    options: {
      month: { type: 'string' }, quarter: { type: 'string' }, year: { type: 'string' },
      json: { type: 'boolean' }, db: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) { ctx.stdout(STATS_HELP); return EXIT_OK; }
  let period;
  try {
    period = periodFromOptions(values);
  } catch (err) {
    if (err instanceof PeriodError) throw new UsageError(err.message);
    throw err;
  }
  const config = loadConfig(ctx.cwd, values.config);
  const dbPath = resolveDbPath({ db: values.db, env: ctx.env, cwd: ctx.cwd });
  let report: Report;
  try {
    const store = openSqliteStore(dbPath, { create: false });
    try {
      report = await reportFromStore(store, period, { organisation: config.organisation, registry: loadDefaultRegistry() });
    } finally {
      await store.close();
    }
  } catch (err) {
    if (err instanceof StoreError) { ctx.stderr(`zonebrief stats: ${err.message}\n`); return EXIT_INPUT; }
    throw err;
  }
  if (values.json) {
    ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    ctx.stdout(formatStats(report));
    for (const d of report.diagnostics) if (d.severity !== 'info') ctx.stderr(`${formatDiagnostic(d)}\n`);
  }
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Text rendering of the Report: aligned columns where CJK characters count two cells.

/** Terminal cells of a string: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
      || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
      || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** Rows as aligned text, two spaces between columns, numbers right-aligned where marked. */
export function formatTable(rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
  return rows.map((row) => row.map((cell, i) => {
    const pad = ' '.repeat((widths[i] ?? 0) - displayWidth(cell));
    if (i === row.length - 1 && !rightAligned.includes(i)) return cell;
    return rightAligned.includes(i) ? pad + cell : cell + pad;
  }).join('  ').trimEnd()).join('\n');
}

const amount = (f: Pick<Figure, 'value' | 'unit' | 'approx'>): string => `${f.approx ? '约' : ''}${f.value}${f.unit}`;
const periodText = (p: Figure['period']): string => p.label ?? (p.from || p.to ? `${p.from ?? '…'}–${p.to ?? '…'}` : '期间不明');
const refs = (list: readonly number[]): string => list.map((r) => `[${r}]`).join('');
const STATUS = { actual: '实际', target: '目标' } as const;
const STAGE = { signed: '签约', started: '开工', completed: '竣工投产', ongoing: '在建', planned: '谋划' } as const;

export function formatStats(r: Report): string {
  const out: string[] = [];
  out.push(`${r.organisation} · 开发区统计 ${r.period.label}（${r.period.start} 至 ${r.period.end}）`);
  out.push(`截至 ${r.asOf ?? '—'} · ${r.bulletins.length} 份简报 · ${r.zones.length} 个开发区`);
  if (r.zones.length === 0) out.push('', '本期没有开发区的新闻。');

  for (const z of r.zones) {
    out.push('', `■ ${z.short}（${z.zone}${z.city ? `，${z.city}` : ''}${z.known ? '' : '，未在名录中'}）· ${z.articles.length} 篇报道`);
    if (z.figures.length) {
      out.push(indent(formatTable([
        ['指标', '数值', '期间', '状态', '同比', '来源'],
        ...z.figures.map((f) => [f.metricLabel, amount(f), periodText(f.period), STATUS[f.status], f.yoy === null ? '' : `${f.yoy}%`, refs(f.sources.map((s) => s.ref))]),
      ], [1])));
    }
    for (const t of z.targets) {
      const ratio = t.ratio === null ? '' : ` · 完成 ${(t.ratio * 100).toFixed(1)}%`;
      out.push(`  目标 ${t.metricLabel} ${periodText(t.period)}：${amount(t.target)} ${refs(t.target.sources.map((s) => s.ref))} · 实际 ${t.actual ? `${amount(t.actual)} ${refs(t.actual.sources.map((s) => s.ref))}` : '未报'}${ratio}`);
    }
    for (const e of z.projectEvents) {
      const own = e.reported ? ` · 园区报告 ${e.reported.count ?? '—'}个 / ${e.reported.investmentYi ?? '—'}亿元 ${refs(e.reported.refs)}（以此为准）` : '';
      out.push(`  项目${STAGE[e.stage]}：${e.count}个，其中${e.withAmount}个有金额，合计${e.investmentYi}亿元${own}`);
    }
    for (const p of z.projects) {
      out.push(`  · ${p.name}（${STAGE[p.stage]}${p.status === 'target' ? '，计划' : ''}${p.investment ? `，${amount(p.investment)}` : ''}）${refs(p.sources.map((s) => s.ref))}`);
    }
  }

  if (r.totals.length) {
    out.push('', '■ 合计（仅相加同一指标、同一期间、同一状态的数字）');
    out.push(indent(formatTable([
      ['指标', '期间', '状态', '合计', '覆盖', '来源'],
      ...r.totals.map((t) => [t.metricLabel, periodText(t.period), STATUS[t.status], `${t.value}${t.unit}`, `${t.zonesCovered}/${t.zonesInReport} 个开发区`, refs(t.refs)]),
    ], [3])));
  }
  if (r.ranking.length) {
    out.push('', '■ 签约投资排名（每个期间分别排名）');
    out.push(indent(formatTable([
      ['期间', '名次', '开发区', '签约投资', '来源'],
      ...r.ranking.map((x) => [periodText(x.period), String(x.rank), r.zones.find((z) => z.zone === x.zone)?.short ?? x.zone, `${x.valueYi}亿元`, refs(x.refs)]),
    ], [1, 3])));
  }
  if (r.sources.length) {
    out.push('', '■ 来源');
    for (const s of r.sources) out.push(`  [${s.ref}] ${s.bulletin}:${s.span.line}《${s.articleTitle}》${s.evidence}`);
  }
  const notes = r.diagnostics.filter((d) => d.severity !== 'info');
  if (notes.length) out.push('', `■ 提示 ${notes.length} 条（见标准错误输出）`);
  return `${out.join('\n')}\n`;
}

const indent = (text: string): string => text.split('\n').map((l) => `  ${l}`).join('\n');
