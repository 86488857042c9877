// Report periods (a month, a quarter or a year) and the calendar questions aggregation asks
// about them: which month an article belongs to, and whether a figure's own period is exactly
// the report period. Calendar arithmetic by date-fns; pure (no clock).
import { endOfMonth, endOfQuarter, endOfYear, format, isValid, startOfQuarter } from 'date-fns';
import type { Period, ReportPeriod, ReportPeriodKind } from './types.js';

export class PeriodError extends Error {}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

const day = (d: Date): string => format(d, 'yyyy-MM-dd');

function checkYear(year: number, key: string): void {
  // Bulletins are 21st-century news; a typo like 20026 should not silently become a period.
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new PeriodError(`year out of range in "${key}"`);
}

/** `2026-01` (month), `2026-Q1` (quarter) or `2025` (year) → a ReportPeriod. */
export function parseReportPeriod(kind: ReportPeriodKind, key: string): ReportPeriod {
  const text = key.trim();
  if (kind === 'month') {
    const m = /^(\d{4})-(\d{1,2})$/.exec(text);
    const month = m ? Number(m[2]) : NaN;
    if (!m || month < 1 || month > 12) throw new PeriodError(`--month expects YYYY-MM (e.g. 2026-01), got "${key}"`);
    const year = Number(m[1]);
    checkYear(year, key);
    const first = new Date(year, month - 1, 1);
    return { kind, key: format(first, 'yyyy-MM'), start: day(first), end: day(endOfMonth(first)), label: `${year}年${month}月` };
  }
  if (kind === 'quarter') {
    const m = /^(\d{4})-?[Qq]([1-4])$/.exec(text);
    if (!m) throw new PeriodError(`--quarter expects YYYY-Qn (e.g. 2026-Q1), got "${key}"`);
    const year = Number(m[1]);
    checkYear(year, key);
    const q = Number(m[2]);
    const first = startOfQuarter(new Date(year, (q - 1) * 3, 1));
    return { kind, key: `${year}-Q${q}`, start: day(first), end: day(endOfQuarter(first)), label: `${year}年第${QUARTER_NAMES[q - 1]}季度` };
  }
  const m = /^(\d{4})$/.exec(text);
  if (!m) throw new PeriodError(`--year expects YYYY (e.g. 2025), got "${key}"`);
  const year = Number(m[1]);
  checkYear(year, key);
  const first = new Date(year, 0, 1);
  return { kind, key: String(year), start: day(first), end: day(endOfYear(first)), label: `${year}年` };
}

// Aggregation asks about the same few bounds (2025, 2026-01 …) hundreds of thousands of times.
const boundCache = new Map<string, { first: string; last: string } | null>();

/** First and last day (YYYY-MM-DD) of a period bound as printed in a Period: YYYY, YYYY-MM or YYYY-Qn. */
export function boundDays(bound: string): { first: string; last: string } | null {
  let days = boundCache.get(bound);
  if (days === undefined) {
    days = computeBoundDays(bound);
    if (boundCache.size < 10_000) boundCache.set(bound, days);
  }
  return days;
}

function computeBoundDays(bound: string): { first: string; last: string } | null {
  let m = /^(\d{4})$/.exec(bound);
  if (m) {
    const first = new Date(Number(m[1]), 0, 1);
    return { first: day(first), last: day(endOfYear(first)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(bound);
  if (m) {
    const first = new Date(Number(m[1]), Number(m[2]) - 1, 1);
    if (!isValid(first) || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
    return { first: day(first), last: day(endOfMonth(first)) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(bound);
  if (m) {
    const first = new Date(Number(m[1]), (Number(m[2]) - 1) * 3, 1);
    return { first: day(first), last: day(endOfQuarter(first)) };
  }
  return null;
}

/** The days a figure's period covers; null bounds stay null (截至目前: no start). */
export function periodDays(p: Period): { start: string | null; end: string | null } {
  return {
    start: p.from ? boundDays(p.from)?.first ?? null : null,
    end: p.to ? boundDays(p.to)?.last ?? null : null,
  };
}

/**
 * A comparable key for a figure's period: two figures are about the same period exactly when
 * their keys are equal. `2026-Q1` and `2026-01..2026-03` are the same days, so they compare equal;
 * the label (今年 vs 2026年) does not matter.
 */
export function periodKey(p: Period): string {
  const { start, end } = periodDays(p);
  return `${start ?? p.from ?? '?'}..${end ?? p.to ?? '?'}`;
}

/** Whether a figure's own period is exactly the report period (used for rule 4 and the ranking). */
export function isReportPeriod(p: Period, rp: ReportPeriod): boolean {
  const { start, end } = periodDays(p);
  return start === rp.start && end === rp.end;
}

/** Whether a month YYYY-MM lies inside the report period. */
export function monthInPeriod(month: string, rp: ReportPeriod): boolean {
  const days = boundDays(month);
  return days !== null && days.first >= rp.start && days.last <= rp.end;
}

/** The one period chosen by --month / --quarter / --year (exactly one must be given). */
export function periodFromOptions(opts: { month?: string | undefined; quarter?: string | undefined; year?: string | undefined }): ReportPeriod {
  const given = (['month', 'quarter', 'year'] as const).filter((k) => opts[k] !== undefined);
  if (given.length !== 1) {
    throw new PeriodError(given.length === 0 ? 'choose the period: --month 2026-01, --quarter 2026-Q1 or --year 2025' : `choose one period only (got ${given.map((k) => `--${k}`).join(' and ')})`);
  }
  const kind = given[0] as ReportPeriodKind;
  return parseReportPeriod(kind, opts[kind] as string);
}

const QUARTER_LABEL = (b: string): string | null => {
  const m = /^(\d{4})-Q([1-4])$/.exec(b);
  return m ? `${m[1]}年第${QUARTER_NAMES[Number(m[2]) - 1]}季度` : null;
};

/** A bound as Chinese: 2025 → 2025年, 2026-01 → 2026年1月, 2026-Q1 → 2026年第一季度. */
export function boundLabel(bound: string): string {
  const y = /^(\d{4})$/.exec(bound);
  if (y) return `${y[1]}年`;
  const m = /^(\d{4})-(\d{2})$/.exec(bound);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return QUARTER_LABEL(bound) ?? bound;
}

/** Whether both bounds are known: only such periods can be compared across zones. */
export const isClosedPeriod = (p: Period): boolean => p.from !== null && p.to !== null && periodDays(p).start !== null && periodDays(p).end !== null;

/**
 * One label for figures that cover the same days but were printed differently (2025年 / 今年):
 * the printed label when they agree, else one written from the bounds.
 */
export function commonPeriod(periods: readonly Period[]): Period {
  const first = periods[0] ?? { label: null, from: null, to: null };
  if (periods.every((p) => p.label === first.label)) return first;
  const { from, to } = first;
  const label = from && to ? (from === to ? boundLabel(from) : `${boundLabel(from)}至${boundLabel(to)}`) : to ? `截至${boundLabel(to)}` : first.label;
  return { label, from, to };
}
