// Small builders for hand-made bulletins (own sentences and figures, not from the corpus).
import { createHash } from 'node:crypto';
import type { Article, Bulletin, Indicator, Metric, Period, Project, Stage, Status } from '../../src/types.js';

let spanCursor = 0;

/** A bulletin whose sha256 is derived from `seed` so tests can name it. */
export function bulletin(seed: string, fields: Partial<Omit<Bulletin, 'sha256'>> & { articles: Article[] }): Bulletin {
  const sha256 = createHash('sha256').update(seed).digest('hex');
  return {
    file: `${seed}.txt`,
    sha256,
    encoding: 'utf-8',
    issued: null,
    issueYear: null,
    diagnostics: [],
    ...fields,
    articles: fields.articles.map((a, i) => ({ ...a, id: `${sha256.slice(0, 12)}:${i}` })),
  };
}

export function article(fields: Partial<Article> & { zone: string | null; title: string }): Article {
  return {
    id: 'set-by-bulletin',
    zoneAsPrinted: fields.zone,
    kicker: null,
    date: null,
    authors: [],
    spans: [{ start: 0, end: 100, line: 1 }],
    projects: [],
    indicators: [],
    ...fields,
  };
}

export const period = (label: string | null, from: string | null, to: string | null = from): Period => ({ label, from, to });

const MONEY: Record<string, number> = { 亿元: 1, 万元: 1e-4 };

export function indicator(metric: Metric, value: number, unit: string, evidence: string, more: Partial<Indicator> = {}): Indicator {
  const start = (spanCursor += 200);
  const factor = MONEY[unit];
  return {
    zone: null,
    metric,
    value,
    unit,
    approx: false,
    yoy: null,
    status: 'actual',
    period: period('2025年', '2025'),
    evidence,
    span: { start, end: start + evidence.length, line: Math.floor(start / 200) },
    amountYi: factor === undefined ? null : value * factor,
    ...more,
  };
}

export function project(name: string, stage: Stage, yi: number | null, evidence: string, status: Status = 'actual', zone: string | null = null): Project {
  const start = (spanCursor += 200);
  return {
    zone,
    name,
    stage,
    investment: yi === null ? null : { value: yi, unit: '亿元', approx: false, amountYi: yi },
    status,
    evidence,
    span: { start, end: start + evidence.length, line: Math.floor(start / 200) },
  };
}
