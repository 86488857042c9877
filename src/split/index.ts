// Split stage: decoded bulletin text → article drafts (headline, kicker, zone as printed, date,
// bylines, and the spans of the article and of its running text). Pure.
import type { ArticleDraft, Diagnostic } from '../types.js';
import type { SourceLine } from '../read/lines.js';
import type { ZoneRegistry } from '../zones/registry.js';
import { elementText, toElements } from './elements.js';
import { headlineZones, toDraft } from './fields.js';
import { segment } from './segment.js';

export interface SplitResult {
  articles: ArticleDraft[];
  diagnostics: Diagnostic[];
}

export function splitArticles(lines: readonly SourceLine[], registry: ZoneRegistry, file: string): SplitResult {
  const elements = toElements(lines);
  // Zone lookups of headline lines, remembered for this bulletin only.
  const zones = headlineZones(registry);
  const segments = segment(elements, {
    isZoneLabel: zones.isZoneLabel,
    mentionsZone: (t) => zones.firstZone(t) !== null,
  });
  const diagnostics: Diagnostic[] = [];
  // Headlines with no text under them (a table of contents, a truncated page) are no articles.
  const withText = segments.filter((s) => {
    if (s.body.some((e) => e.kind === 'text')) return true;
    const first = s.head[0]?.pieces[0];
    diagnostics.push({
      code: 'split.headline-only', severity: 'info', file,
      message: `headline without any text under it, not read as an article: «${s.head.map(elementText).join(' ')}»`,
      ...(first ? { line: first.line } : {}),
    });
    return false;
  });
  const articles = withText.map((s, i) => {
    const r = toDraft(s, i, zones, file);
    diagnostics.push(...r.diagnostics);
    return r.draft;
  });
  if (articles.length === 0) {
    diagnostics.push({ code: 'split.no-articles', severity: 'warning', message: 'no article found in this file', file });
  }
  return { articles, diagnostics };
}
