// When a bulletin was issued: --issued, a date in the file name or page header, or else the year
// reasoned out of how its text speaks of the years it prints (issue-year.ts). Pure.
import type { Diagnostic } from '../types.js';
import { foldWidths } from './lines.js';
import type { LineIndex } from './mapped-text.js';
import { reasonIssueYear } from './issue-year.js';

/** 2026-01-20, 2026_01_20, 20260120 in a file name. */
export function dateFromFileName(file: string): string | null {
  const m = /(?<!\d)(20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(file);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * A page header near the top with the issue date: "科学导报 2026年1月20日 星期二 第3版".
 * Only short lines without sentence punctuation that say 星期/版/期/报 count. Takes the text
 * folded or not: widths are folded here, only in a line that passes those tests.
 */
export function dateFromPageHeader(text: string): { date: string; offset: number } | null {
  let seen = 0;
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m && seen < 8; m = re.exec(text)) {
    // Folding keeps blanks blank, ， a comma and CJK as it is, so only the date needs the folded line.
    const line = m[0].trim();
    if (!line) continue;
    seen++;
    if (line.length > 40 || /[,，。]/.test(line) || !/星期|周[一二三四五六日]|[版期]|报|刊/.test(line)) continue;
    const d = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(foldWidths(line));
    if (!d) continue;
    const iso = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { date: iso, offset: m.index };
  }
  return null;
}

export interface IssueDate {
  issued: string | null;
  issueYear: number | null;
  diagnostics: Diagnostic[];
}

/** --issued first, then a date in the file name, then the year inferred from the text. */
export function issueDate(file: string, issued: string | null | undefined, decoded: string, lines: LineIndex): IssueDate {
  const given = issued ?? dateFromFileName(file);
  if (given && isIsoDate(given)) return { issued: given, issueYear: Number(given.slice(0, 4)), diagnostics: [] };
  const header = dateFromPageHeader(decoded);
  if (header) {
    return {
      issued: header.date, issueYear: Number(header.date.slice(0, 4)),
      diagnostics: [{ code: 'date.issued-from-header', severity: 'info', message: `issue date ${header.date} taken from the page header`, file, line: lines.lineOf(header.offset) }],
    };
  }
  const r = reasonIssueYear(decoded);
  if (r.year === null) {
    const message = `no issue date given and ${r.reason}; periods like 今年 stay open (use --issued YYYY-MM-DD)`;
    return { issued: null, issueYear: null, diagnostics: [{ code: r.conflict ? 'date.year-conflict' : 'date.year-unknown', severity: 'warning', message, file }] };
  }
  return {
    issued: null,
    issueYear: r.year,
    diagnostics: [{
      code: 'date.year-inferred', severity: 'info',
      message: `issue year ${r.year} inferred from the text: ${r.reason}; give --issued YYYY-MM-DD to set it`,
      file, ...(r.offset !== null ? { line: lines.lineOf(r.offset) } : {}),
    }],
  };
}
