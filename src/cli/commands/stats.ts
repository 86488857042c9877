// `zonebrief stats --month|--quarter|--year KEY [--json] [--db PATH] [--config PATH]`: prints the
// Report of a period from the store — a readable table by default, the Report JSON with --json.
import { ConfigError, loadConfig } from '../../config.js';
import { reportFromStore } from '../../ingest.js';
import { PeriodError, boundLabel, periodFromOptions } from '../../period.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { StoreError, resolveDbPath } from '../../store/store.js';
import type { Figure, Report } from '../../types.js';
import { type Column, renderTable } from '../../render/table.js';
import { loadDefaultRegistry } from '../../zones/load.js';
import { buildLongLived } from '../young-generation.js';
import { type CliContext, EXIT_INPUT, EXIT_OK, UsageError } from '../context.js';
import { parseOptions, printDiagnostics } from './ingest.js';

export const STATS_HELP = `usage: zonebrief stats (--month 2026-01 | --quarter 2026-Q1 | --year 2025) [--json] [--db PATH] [--config PATH] [--verbose]

Prints the per-zone statistics of a period from the bulletins in the database: every figure with
its period and source, targets against actuals, project events, province totals with their
coverage, the ranking by signed investment, and diagnostics.

  --json         print the Report model as JSON (what the PDF and the workbook are made from)
  --db PATH      database file (default: $ZONEBRIEF_DB, else ./data/zonebrief.db)
  --config PATH  config file for the organisation name (default: ./zonebrief.config.json)
  --verbose      print every diagnostic (default: warnings and errors, at most 100)
`;

export async function stats(ctx: CliContext): Promise<number> {
  const { values } = parseOptions({
    args: ctx.args,
    options: {
      month: { type: 'string' }, quarter: { type: 'string' }, year: { type: 'string' },
      json: { type: 'boolean' }, db: { type: 'string' }, config: { type: 'string' }, verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
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
  let config;
  try {
    config = loadConfig(ctx.cwd, values.config);
  } catch (err) {
    if (err instanceof ConfigError) { ctx.stderr(`zonebrief stats: ${err.message}\n`); return EXIT_INPUT; }
    throw err;
  }
  const dbPath = resolveDbPath({ db: values.db, env: ctx.env, cwd: ctx.cwd });
  let report: Report;
  try {
    const store = openSqliteStore(dbPath, { create: false });
    try {
      report = await buildLongLived(() => reportFromStore(store, period, { organisation: config.organisation, registry: loadDefaultRegistry() }));
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
    printDiagnostics(ctx, report.diagnostics, values.verbose ?? false);
  }
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------
// Text rendering of the Report (CJK-aligned tables from src/render/table.ts).

const amount = (f: Pick<Figure, 'value' | 'unit' | 'approx'>): string => `${f.approx ? '约' : ''}${f.value}${f.unit}`;
/** The period as printed, with its resolved bounds when the label alone would mislead (今年, or 2022年~2024年 for one year of a list). */
function periodText(p: Figure['period']): string {
  const bounds = p.from === p.to ? (p.from ? boundLabel(p.from) : null) : `${p.from ? boundLabel(p.from) : '…'}至${p.to ? boundLabel(p.to) : '…'}`;
  if (!p.label) return bounds ?? '期间不明';
  if (!bounds || p.label === bounds) return p.label;
  const years = [p.from, p.to].filter((b): b is string => b !== null).map((b) => b.slice(0, 4));
  const rangeInLabel = /[~～—–-]|至|到/.test(p.label);
  const plain = years.every((y) => p.label?.includes(y)) && (p.from === p.to) === !rangeInLabel;
  return plain ? p.label : `${p.label}（${bounds}）`;
}
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
      out.push(indent(renderTable(FIGURE_COLUMNS,
        z.figures.map((f) => [f.metricLabel, amount(f), periodText(f.period), STATUS[f.status], f.yoy === null ? '' : `${f.yoy}%`, refs(f.sources.map((s) => s.ref))]))));
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
    out.push(indent(renderTable(TOTAL_COLUMNS,
      r.totals.map((t) => [t.metricLabel, periodText(t.period), STATUS[t.status], `${t.approx ? '约' : ''}${t.value}${t.unit}`, `${t.zonesCovered}/${t.zonesInReport} 个开发区`, refs(t.refs)]))));
  }
  if (r.ranking.length) {
    out.push('', '■ 签约投资排名（每个期间分别排名）');
    const shortOf = new Map(r.zones.map((z) => [z.zone, z.short]));
    out.push(indent(renderTable(RANKING_COLUMNS,
      r.ranking.map((x) => [periodText(x.period), String(x.rank), shortOf.get(x.zone) ?? x.zone, `${x.approx ? '约' : ''}${x.valueYi}亿元`, refs(x.refs)]))));
  }
  if (r.sources.length) {
    out.push('', '■ 来源');
    for (const s of r.sources) out.push(`  [${s.ref}] ${s.bulletin}:${s.span.line}《${s.articleTitle}》${s.evidence}`);
  }
  const notes = r.diagnostics.filter((d) => d.severity !== 'info');
  if (notes.length) out.push('', `■ 提示 ${notes.length} 条（见标准错误输出）`);
  return `${out.join('\n')}\n`;
}

const indent = (text: string): string => text.trimEnd().split('\n').map((l) => `  ${l}`).join('\n');

const FIGURE_COLUMNS: Column[] = [{ header: '指标' }, { header: '数值', align: 'right' }, { header: '期间', max: 24 }, { header: '状态' }, { header: '同比', align: 'right' }, { header: '来源' }];
const TOTAL_COLUMNS: Column[] = [{ header: '指标' }, { header: '期间', max: 24 }, { header: '状态' }, { header: '合计', align: 'right' }, { header: '覆盖' }, { header: '来源', max: 40 }];
const RANKING_COLUMNS: Column[] = [{ header: '期间', max: 24 }, { header: '名次', align: 'right' }, { header: '开发区' }, { header: '签约投资', align: 'right' }, { header: '来源' }];
