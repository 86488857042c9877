// The application step behind `ingest` (and `report FILE…`): paths → read → extract → store,
// one bulletin at a time (so memory stays flat), and `reextract`: stored bytes → newer
// extractor → store. Files already stored (same SHA-256) are not extracted again.
import { buildReport, type ZoneLookup } from './aggregate/index.js';
import { expandPaths, readInput } from './read/load.js';
import type { BulletinStore, PutResult } from './store/store.js';
import type { Bulletin, Diagnostic, Report, ReportPeriod } from './types.js';
import type { ZoneRegistry } from './zones/registry.js';
import { sha256Hex } from './read/sha256.js';
// Type only: extract.ts itself is loaded on first use (defaultExtractor).
import type { ExtractOptions } from './extract.js';

/** The extraction stage as ingest uses it (src/extract.ts provides the real one). */
export interface Extractor {
  version: string;
  // Always told the issue date, null when unknown.
  extract(bytes: Uint8Array, opts: ExtractOptions & { issued: string | null }): Bulletin;
}

export type IngestOutcome = PutResult | 'failed';

export interface IngestProgress {
  /** Files handled so far, this one included. */
  done: number;
  total: number;
  file: string;
  outcome: IngestOutcome;
  bytes: number;
}

export interface IngestOptions {
  registry: ZoneRegistry;
  /** Issue date YYYY-MM-DD for every file of this run (--issued). */
  issued?: string | null;
  onProgress?: (p: IngestProgress) => void;
  /** Defaults to src/extract.ts. */
  extractor?: Extractor;
  /** Relative paths are resolved against it. Default process.cwd(). */
  cwd?: string;
}

export interface IngestSummary {
  inserted: number;
  unchanged: number;
  failed: number;
  /** Read failures, extraction failures, and the diagnostics of the bulletins stored now. */
  diagnostics: Diagnostic[];
  /** Every bulletin file handled, in order, with its hash when it could be read. */
  files: { file: string; sha256: string | null; outcome: IngestOutcome }[];
}

/**
 * The real extractor. Its version names both the splitter and the figures stage, so a change to
 * either makes stored extractions stale for `reextract`.
 */
export async function defaultExtractor(): Promise<Extractor> {
  const m = await import('./extract.js');
  return { version: m.EXTRACTOR_VERSION, extract: (bytes, opts) => m.extractBulletin(bytes, opts) };
}


/**
 * Stores every bulletin named by `paths` (files, or directories of *.txt files). Problems with
 * one file are diagnostics and the run goes on; a store failure (disk full, database locked,
 * read-only) stops the run with a StoreError — every bulletin before it is stored, the one being
 * written is not.
 */
export async function ingestPaths(store: BulletinStore, paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const extractor = options.extractor ?? await defaultExtractor();
  const issued = options.issued ?? null;
  const summary: IngestSummary = { inserted: 0, unchanged: 0, failed: 0, diagnostics: [], files: [] };
  const items = expandPaths(paths, options.cwd ?? process.cwd());
  let done = 0;
  for (const item of items) {
    done++;
    const loaded = typeof item === 'string' ? readInput(item) : item;
    if (!loaded.ok) {
      summary.failed++;
      summary.diagnostics.push(loaded.diagnostic);
      summary.files.push({ file: loaded.diagnostic.file ?? '?', sha256: null, outcome: 'failed' });
      options.onProgress?.({ done, total: items.length, file: loaded.diagnostic.file ?? '?', outcome: 'failed', bytes: 0 });
      continue;
    }
    const { file, bytes } = loaded.input;
    const sha256 = sha256Hex(bytes);
    let outcome: IngestOutcome;
    if (await store.hasBulletin(sha256)) {
      outcome = 'unchanged';
    } else {
      let bulletin: Bulletin | null = null;
      try {
        // The hash already taken is handed on: the extractor names its articles by it.
        bulletin = extractor.extract(bytes, { file, issued, registry: options.registry, sha256 });
      } catch (err) {
        summary.diagnostics.push({ code: 'ingest.extract-failed', severity: 'error', file, message: `could not be read as a bulletin: ${err instanceof Error ? err.message : String(err)}` });
      }
      if (bulletin === null) {
        outcome = 'failed';
      } else {
        // The store's identity is the hash of the bytes on disk, whatever the extractor reports.
        if (bulletin.sha256 !== sha256) bulletin = { ...bulletin, sha256 };
        outcome = await store.putBulletin(bulletin, { bytes }, extractor.version);
        if (outcome === 'inserted') summary.diagnostics.push(...bulletin.diagnostics);
      }
    }
    summary[outcome]++;
    summary.files.push({ file, sha256, outcome });
    options.onProgress?.({ done, total: items.length, file, outcome, bytes: bytes.byteLength });
  }
  return summary;
}

export interface ReextractOptions {
  registry: ZoneRegistry;
  extractor?: Extractor;
  /** Re-extract every bulletin, not only those extracted by another extractor version. */
  all?: boolean;
  onProgress?: (p: { done: number; total: number; file: string; outcome: 'updated' | 'failed' }) => void;
}

export interface ReextractSummary {
  updated: number;
  /** Already extracted by the current version (skipped). */
  current: number;
  failed: number;
  version: string;
  diagnostics: Diagnostic[];
}

/** Re-runs the extractor on the stored bytes of bulletins extracted by another version. */
export async function reextractStore(store: BulletinStore, options: ReextractOptions): Promise<ReextractSummary> {
  const extractor = options.extractor ?? await defaultExtractor();
  const stored = await store.listBulletins();
  const todo = stored.filter((b) => options.all || b.extractorVersion !== extractor.version);
  const summary: ReextractSummary = { updated: 0, current: stored.length - todo.length, failed: 0, version: extractor.version, diagnostics: [] };
  let done = 0;
  for (const b of todo) {
    done++;
    const bytes = await store.loadSource(b.sha256);
    let outcome: 'updated' | 'failed' = 'failed';
    if (bytes === null) {
      summary.diagnostics.push({ code: 'reextract.no-source', severity: 'error', file: b.file, message: 'the stored bulletin has no raw bytes to re-extract; ingest the file again' });
    } else {
      try {
        const fresh = extractor.extract(bytes, { file: b.file, issued: b.issued, registry: options.registry, sha256: b.sha256 });
        await store.replaceExtraction({ ...fresh, sha256: b.sha256 }, extractor.version);
        summary.diagnostics.push(...fresh.diagnostics);
        outcome = 'updated';
      } catch (err) {
        if ((err as { name?: string }).name === 'StoreError') throw err;
        summary.diagnostics.push({ code: 'ingest.extract-failed', severity: 'error', file: b.file, message: `could not be re-extracted: ${err instanceof Error ? err.message : String(err)}` });
      }
    }
    summary[outcome]++;
    options.onProgress?.({ done, total: todo.length, file: b.file, outcome });
  }
  return summary;
}

/**
 * The Report for a period from the bulletins in the store (used by `stats` and `report`).
 * Loads only bulletins whose issue year can hold the period (a January issue may carry last
 * December's news, so one year more), plus those of unknown year.
 */
export async function reportFromStore(store: BulletinStore, period: ReportPeriod, opts: { organisation: string; registry: ZoneLookup }): Promise<Report> {
  const from = Number(period.start.slice(0, 4));
  const to = Number(period.end.slice(0, 4)) + 1;
  const bulletins = await store.loadBulletins({ issueYears: { from, to } });
  return buildReport({ bulletins, period, organisation: opts.organisation, registry: opts.registry });
}
