// When a bulletin was issued: --issued, a date in the file name, or else the year its text
// speaks of as the present (the latest year it reports as done, 开局之年, 截至目前 …). Pure.
import type { Diagnostic } from '../types.js';
import type { LineIndex } from './mapped-text.js';
import { foldWidths } from './lines.js';

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
 * Only short lines without sentence punctuation that say 星期/版/期/报 count.
 */
export function dateFromPageHeader(text: string): { date: string; offset: number } | null {
  let seen = 0;
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m && seen < 8; m = re.exec(text)) {
    const line = m[0].trim();
    if (!line) continue;
    seen++;
    if (line.length > 40 || /[,，。]/.test(line) || !/星期|周[一二三四五六日]|[版期]|报|刊/.test(line)) continue;
    const d = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
    if (!d) continue;
    const iso = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    if (isIsoDate(iso)) return { date: iso, offset: m.index };
  }
  return null;
}

export interface YearGuess {
  year: number;
  /** Why: the words the guess rests on. */
  evidence: string;
  offset: number;
}

/** Plans and forecasts: a year they name is not (yet) the present. */
const FUTURE = /将|计划|预计|力争|目标|争取|到\d|规划|展望|确保|拟|明年|下一步|交付|封顶|建成后/;
const PRESENT = /开局之年|关键之年|收官之年|关键一年|截至目前|截止目前|今年以来|当年/;

/**
 * The year the text treats as the present. Years stated as the present (2023年是…开局之年,
 * 2023年截至目前) win; otherwise the latest year reported as done; 十五五开局 / 十四五收官 last.
 */
export function inferIssueYear(text: string): YearGuess | null {
  // Lines cut inside a sentence would hide the words after a year: read the text as one run.
  const t = text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, '').replace(/[ \t]+(?=[\d年月日])|(?<=[\d年月日])[ \t]+/g, '');
  const present: YearGuess[] = [];
  const done: YearGuess[] = [];
  const re = /(?<![\d.])((?:19|20)\d{2})(?:\s*[-~—至到]\s*((?:19|20)\d{2}))?\s*年/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const year = Number(m[2] ?? m[1]);
    const sentenceStart = Math.max(t.lastIndexOf('。', m.index), t.lastIndexOf('\n', m.index), 0);
    const before = t.slice(sentenceStart, m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[。；;\n]/)[0] ?? '';
    const clauseAfter = after.split(/[,，]/)[0] ?? '';
    const evidence = t.slice(m.index, m.index + m[0].length + Math.min(clauseAfter.length, 20));
    const g = { year, evidence, offset: m.index };
    if (/^(?:是|为)/.test(after) && PRESENT.test(after)) { present.push(g); continue; }
    if (/^截[至止]目前/.test(after)) { present.push(g); continue; }
    if (FUTURE.test(before.slice(-12)) || FUTURE.test(clauseAfter) || (/^[,，]/.test(after) && FUTURE.test(after.slice(0, 25)))) continue;
    done.push(g);
  }
  if (present.length) return present.reduce((a, b) => (b.year > a.year ? b : a));
  if (done.length) return done.reduce((a, b) => (b.year > a.year ? b : a));
  const plan = /“?十五五”?(?:规划)?(?:开局|良好开局|开好局)/.exec(t) ?? /“?十四五”?(?:规划)?收官/.exec(t);
  if (plan) return { year: /十五五/.test(plan[0]) ? 2026 : 2025, evidence: plan[0], offset: plan.index };
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
  const folded = foldWidths(decoded);
  const header = dateFromPageHeader(folded);
  if (header) {
    return {
      issued: header.date, issueYear: Number(header.date.slice(0, 4)),
      diagnostics: [{ code: 'date.issued-from-header', severity: 'info', message: `issue date ${header.date} taken from the page header`, file, line: lines.lineOf(header.offset) }],
    };
  }
  const guess = inferIssueYear(folded);
  if (!guess) {
    return {
      issued: null, issueYear: null,
      diagnostics: [{ code: 'date.year-unknown', severity: 'warning', message: 'no issue date given and no year found in the text; periods like 今年 stay open (use --issued YYYY-MM-DD)', file }],
    };
  }
  const at = folded.indexOf(guess.evidence.slice(0, 4));
  return {
    issued: null,
    issueYear: guess.year,
    diagnostics: [{
      code: 'date.year-inferred', severity: 'info',
      message: `issue year ${guess.year} inferred from the text («${guess.evidence}»); give --issued YYYY-MM-DD to set it`,
      file, ...(at >= 0 ? { line: lines.lineOf(at) } : {}),
    }],
  };
}
