// Which month each article belongs to (the month the news arrived).
//
// Rule (issue 4): an article's own date with the bulletin's issue year; else the bulletin's
// issue date; where the issue date is unknown, the latest article date in the bulletin stands in
// for it, with a diagnostic.
import { addDays, format, isValid, parseISO } from 'date-fns';
import type { Article, Bulletin, Diagnostic } from '../types.js';

export interface PlacedArticle {
  article: Article;
  /** Position of the article in its bulletin. */
  index: number;
  /** YYYY-MM, or null when the article cannot be placed in a month. */
  month: string | null;
  /** The article's year: known even without a month when the bulletin's issue year is. */
  year: number | null;
  /** YYYY-MM-DD of the article's own date, when it has one. */
  date: string | null;
}

export interface PlacedBulletin {
  bulletin: Bulletin;
  /** The issue date, or the date standing in for it (latest article date); null if neither. */
  issuedOrStandIn: string | null;
  /** True when issuedOrStandIn is the latest article date, not a real issue date. */
  standIn: boolean;
  articles: PlacedArticle[];
  diagnostics: Diagnostic[];
}

/** `${year}-${MM-DD}` when it is a real calendar day, else null. */
function fullDate(year: number, monthDay: string): string | null {
  if (!/^\d{2}-\d{2}$/.test(monthDay)) return null;
  const iso = `${year}-${monthDay}`;
  const d = parseISO(iso);
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso ? iso : null;
}

export function placeBulletin(b: Bulletin): PlacedBulletin {
  const diagnostics: Diagnostic[] = [];
  const issued = b.issued && isValid(parseISO(b.issued)) ? b.issued : null;
  const year = b.issueYear ?? (issued ? Number(issued.slice(0, 4)) : null);

  const dates = b.articles.map((a): string | null => {
    if (a.date === null || year === null) return null;
    let date = fullDate(year, a.date);
    if (date === null) {
      diagnostics.push({ code: 'aggregate.bad-article-date', severity: 'warning', file: b.file, message: `article "${a.title}": date ${a.date} is not a day of ${year}; the article is placed by the issue date instead` });
      return null;
    }
    // A December item in a January issue is last year's news, not next December's.
    if (issued && date > format(addDays(parseISO(issued), 31), 'yyyy-MM-dd')) {
      const earlier = fullDate(year - 1, a.date);
      if (earlier) {
        diagnostics.push({ code: 'aggregate.article-previous-year', severity: 'info', file: b.file, message: `article "${a.title}": ${a.date} would fall after the issue date ${issued}; read as ${earlier}` });
        date = earlier;
      }
    }
    return date;
  });

  // Without an issue date: a bulletin covers weeks, not a year. If its dates spread over more
  // than half a year (12-28 and 01-05 in a 2026 issue), the late ones are last year's news.
  if (!issued && year !== null) {
    const earliest = dates.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);
    const limit = earliest ? format(addDays(parseISO(earliest), 183), 'yyyy-MM-dd') : null;
    dates.forEach((d, i) => {
      const monthDay = b.articles[i]?.date;
      if (d === null || limit === null || d <= limit || !monthDay) return;
      const earlier = fullDate(year - 1, monthDay);
      if (!earlier) return;
      diagnostics.push({ code: 'aggregate.article-previous-year', severity: 'info', file: b.file, message: `article "${b.articles[i]?.title}": ${monthDay} is more than half a year after the bulletin's earliest date ${earliest}; read as ${earlier}` });
      dates[i] = earlier;
    });
  }

  const latest = dates.reduce<string | null>((max, d) => (d !== null && (max === null || d > max) ? d : max), null);
  const issuedOrStandIn = issued ?? latest;
  const standIn = issued === null && latest !== null;
  if (standIn) {
    diagnostics.push({ code: 'aggregate.issue-date-stand-in', severity: 'info', file: b.file, message: `issue date unknown; the latest article date ${latest} stands in for it` });
  }

  const articles = b.articles.map((article, index): PlacedArticle => {
    const date = dates[index] ?? null;
    const month = (date ?? issuedOrStandIn)?.slice(0, 7) ?? null;
    return { article, index, month, date, year: month ? Number(month.slice(0, 4)) : year };
  });
  return { bulletin: b, issuedOrStandIn, standIn, articles, diagnostics };
}
