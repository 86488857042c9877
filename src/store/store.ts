// The bulletin store: where ingested bulletins (raw bytes + their extraction) are kept.
//
// Aggregation never sees the store: it takes Bulletin[] (src/types.ts). Commands talk to this
// interface only, so another backend (PostgreSQL) can implement it without touching aggregation.
// Methods return promises because a networked backend cannot answer synchronously; the SQLite
// backend (src/store/sqlite.ts) resolves them at once.
import path from 'node:path';
import type { Bulletin } from '../types.js';

export type PutResult = 'inserted' | 'unchanged';

/** One stored bulletin, without its articles. */
export interface StoredBulletin {
  sha256: string;
  file: string;
  encoding: string;
  issued: string | null;
  issueYear: number | null;
  /** EXTRACTOR_VERSION of the extraction currently stored. */
  extractorVersion: string;
  /** Size of the raw bytes kept for re-extraction. */
  byteLength: number;
  articleCount: number;
}

/** Which bulletins to load. Omitted fields do not filter. */
export interface BulletinFilter {
  /**
   * Bulletins whose issue year lies in [from, to], plus every bulletin whose issue year is
   * unknown (aggregation decides about those, with a diagnostic).
   */
  issueYears?: { from: number; to: number };
  /** Only these bulletins. */
  sha256?: readonly string[];
}

export interface BulletinStore {
  /** Where the data lives, for messages (a file path, a connection name). */
  readonly location: string;
  hasBulletin(sha256: string): Promise<boolean>;
  /**
   * Stores a bulletin, its articles, indicators, projects, diagnostics and raw bytes in one
   * transaction. A bulletin already stored (same sha256) is left as it is: 'unchanged'.
   */
  putBulletin(bulletin: Bulletin, source: { bytes: Uint8Array }, extractorVersion: string): Promise<PutResult>;
  listBulletins(): Promise<StoredBulletin[]>;
  /** Full bulletins, sorted by issue date, issue year, file name and hash (deterministic). */
  loadBulletins(filter?: BulletinFilter): Promise<Bulletin[]>;
  /** The raw bytes kept at ingest, or null when the bulletin is not stored. */
  loadSource(sha256: string): Promise<Uint8Array | null>;
  /**
   * Replaces the stored extraction of a bulletin (same sha256) by a newer one, in one
   * transaction; the raw bytes stay. Throws StoreError 'store.not-found' if it is not stored.
   */
  replaceExtraction(bulletin: Bulletin, extractorVersion: string): Promise<void>;
  close(): Promise<void>;
}

/** Stable codes for store failures, shared by every backend and printed by the CLI. */
export type StoreErrorCode =
  | 'store.cannot-open'
  | 'store.missing'
  | 'store.corrupt'
  | 'store.readonly'
  | 'store.full'
  | 'store.busy'
  | 'store.newer-schema'
  | 'store.not-found'
  | 'store.failed';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The database location the error is about. */
    readonly location: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Where the database is: --db, else $ZONEBRIEF_DB, else ./data/zonebrief.db (relative to cwd). */
export function resolveDbPath(opts: { db?: string | undefined; env: Readonly<Record<string, string | undefined>>; cwd: string }): string {
  const chosen = opts.db || opts.env.ZONEBRIEF_DB || path.join('data', 'zonebrief.db');
  return path.resolve(opts.cwd, chosen);
}
