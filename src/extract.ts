// The extraction pipeline for one bulletin, in order: decode → lines → split into articles →
// resolve zones → figures → Bulletin. Pure: the bytes, the registry and the issue date come in.
import { sha256Hex } from './read/sha256.js';
import type { Article, Bulletin, Diagnostic, ExtractionOutput } from './types.js';
import { decodeBytes } from './read/decode.js';
import { toLines } from './read/lines.js';
import { LineIndex } from './read/mapped-text.js';
import { issueDate } from './read/issue-date.js';
import { splitArticles } from './split/index.js';
import { resolveZone } from './zones/resolve.js';
import { FIGURES_VERSION, findFigures } from './figures/index.js';
import type { ZoneRegistry } from './zones/registry.js';

/** Bump when extraction rules change: stored bulletins of an older version are extracted again. */
export const EXTRACTOR_VERSION = `split-7+${FIGURES_VERSION}`;

export interface ExtractOptions {
  /** Base name of the file: names the bulletin and its diagnostics. */
  file: string;
  /** Issue date YYYY-MM-DD when the user knows it. */
  issued?: string | null;
  registry: ZoneRegistry;
  /** SHA-256 (hex) of `bytes` when the caller has already computed it (ingest does, to ask the store). */
  sha256?: string;
}


export function extractBulletin(bytes: Uint8Array, opts: ExtractOptions): Bulletin {
  const { file, registry } = opts;
  const hash = opts.sha256 ?? sha256Hex(bytes);
  const decodedResult = decodeBytes(bytes, file);
  if (!decodedResult.ok) {
    return { file, sha256: hash, encoding: 'unknown', issued: opts.issued ?? null, issueYear: null, articles: [], diagnostics: [decodedResult.diagnostic] };
  }
  const decoded = decodedResult.text;
  const lines = toLines(decoded);
  // The line starts are the lines' offsets: the text is not searched for its breaks twice.
  const lineIndex = LineIndex.ofLines(decoded, lines);
  const diagnostics: Diagnostic[] = [...decodedResult.warnings];

  const when = issueDate(file, opts.issued, decoded, lineIndex);
  diagnostics.push(...when.diagnostics);

  const split = splitArticles(lines, registry, file);
  diagnostics.push(...split.diagnostics);

  const idPrefix = hash.slice(0, 12);
  const articles: Article[] = split.articles.map((draft, i) => {
    const zone = resolveZone(draft.zoneAsPrinted, registry);
    if (zone.diagnostic) diagnostics.push({ ...zone.diagnostic, file, line: draft.spans[0]?.line ?? 1 });
    const figures = findFigures({ decoded, lines: lineIndex, article: draft, zone: zone.name, issueYear: when.issueYear, registry, file });
    diagnostics.push(...figures.diagnostics);
    return {
      id: `${idPrefix}:${i}`,
      zone: zone.name,
      zoneAsPrinted: draft.zoneAsPrinted,
      title: draft.title,
      kicker: draft.kicker,
      date: draft.date,
      authors: draft.authors,
      spans: draft.spans,
      projects: figures.projects,
      indicators: figures.indicators,
    };
  });

  return { file, sha256: hash, encoding: decodedResult.encoding, issued: when.issued, issueYear: when.issueYear, articles, diagnostics };
}

export function toExtractionOutput(bulletins: Bulletin[]): ExtractionOutput {
  return { schemaVersion: 1, bulletins };
}
