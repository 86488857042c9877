// The hand-worked corpus facts (facts.ts) on Reports aggregated from the gold annotations
// (../shared/gold) instead of the extractor's output: perfect extraction in, so every fact must
// hold here — a failure is an aggregation bug, not an extraction miss.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { buildReport } from '../../src/aggregate/index.js';
import { toYi } from '../../src/model/metrics.js';
import { LineIndex } from '../../src/read/mapped-text.js';
import { parseReportPeriod } from '../../src/period.js';
import type { Amount, Article, Bulletin, Indicator, Period, Project, Report, Span, Stage, Status } from '../../src/types.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import { FACT_PERIODS, corpusFacts } from './facts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SHARED = path.resolve(here, '../../../shared');

interface GoldIndicator extends Amount { zone: string | null; metric: Indicator['metric']; yoy: number | null; status: Status; period: Period; evidence: string }
interface GoldProject { zone: string | null; name: string; stage: Stage; investment: Amount | null; status: Status; evidence: string }
interface GoldArticle { zone: string | null; title: string; kicker: string | null; date: string | null; authors: string[]; projects: GoldProject[]; indicators: GoldIndicator[] }
interface GoldFile { file: string; issueYear: number | null; articles: GoldArticle[] }

/** A gold file as a Bulletin: spans found by searching the evidence in the text (gold has none). */
function goldBulletin(gold: GoldFile): Bulletin {
  const bytes = fs.readFileSync(path.join(SHARED, 'corpus', gold.file));
  const text = bytes.toString('utf8');
  const lines = new LineIndex(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const spanOf = (evidence: string): Span => {
    const start = Math.max(0, text.indexOf(evidence));
    return { start, end: start + evidence.length, line: lines.lineOf(start) };
  };
  const articles = gold.articles.map((a, i): Article => ({
    id: `${sha256.slice(0, 12)}:${i}`, zone: a.zone, zoneAsPrinted: a.zone, title: a.title, kicker: a.kicker, date: a.date, authors: a.authors,
    spans: [spanOf(a.title)],
    indicators: a.indicators.map((x): Indicator => ({ ...x, zone: x.zone ?? a.zone, span: spanOf(x.evidence), amountYi: toYi(x.value, x.unit) })),
    projects: a.projects.map((p): Project => {
      const yi = p.investment ? toYi(p.investment.value, p.investment.unit) : null;
      return { ...p, zone: p.zone ?? a.zone, investment: p.investment && yi !== null ? { ...p.investment, amountYi: yi } : null, span: spanOf(p.evidence) };
    }),
  }));
  return { file: gold.file, sha256, encoding: 'utf-8', issued: null, issueYear: gold.issueYear, articles, diagnostics: [] };
}

const registry = loadDefaultRegistry();
const bulletins = fs.readdirSync(path.join(SHARED, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => goldBulletin(JSON.parse(fs.readFileSync(path.join(SHARED, 'gold', f), 'utf8')) as GoldFile));
const reports = new Map<string, Report>(FACT_PERIODS.map(([kind, key]) => [key, buildReport({ bulletins, period: parseReportPeriod(kind, key), organisation: 'gold', registry })]));

corpusFacts((key) => {
  const r = reports.get(key);
  if (!r) throw new Error(`no report ${key}`);
  return r;
}, (name, fn) => it(`${name} (from gold)`, fn));
