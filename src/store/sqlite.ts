// The embedded SQLite backend of BulletinStore (better-sqlite3).
//
// WAL journal with synchronous=NORMAL: a commit is atomic and survives a crash of the process
// (the bulletin being written is simply absent), without an fsync per bulletin. Each bulletin is
// written in one IMMEDIATE transaction so a second writer waits (busy_timeout) instead of failing
// half-way, and gives up with a clear 'store.busy' error.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Bulletin, Diagnostic, Indicator, Project, Severity, Span } from '../types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { type BulletinFilter, type BulletinStore, type PutResult, StoreError, type StoredBulletin } from './store.js';

export interface SqliteStoreOptions {
  /** Create the file (and its directory) when missing. Default true; false for read-only commands. */
  create?: boolean;
  /** Open without write access: every write fails with 'store.readonly'. */
  readonly?: boolean;
  /** How long a writer waits for another one, in ms. Default 10 s. */
  busyTimeoutMs?: number;
  /** Caps the file size in pages (simulates a full disk in tests). */
  maxPageCount?: number;
}

type Db = Database.Database;

/** Maps an SQLite error to a StoreError with a message that says what to do. */
function toStoreError(err: unknown, location: string, busyTimeoutMs: number): StoreError {
  if (err instanceof StoreError) return err;
  const code = typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
  const detail = err instanceof Error ? err.message : String(err);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StoreError('store.corrupt', `${location} is not a readable zonebrief database (${detail}). Move the file away and ingest the bulletins again, or choose another file with --db.`, location, { cause: err });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new StoreError('store.readonly', `${location} is read-only, cannot write to it (${detail}). Check the permissions of the file and its directory, or choose another file with --db.`, location, { cause: err });
  }
  if (code === 'SQLITE_FULL') {
    return new StoreError('store.full', `no space left to write ${location} (${detail}); the bulletin being stored was rolled back. Free some disk space and run the command again.`, location, { cause: err });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('store.busy', `${location} is being written by another zonebrief process (waited ${busyTimeoutMs / 1000} s). Run one ingest at a time, or try again when the other one has finished.`, location, { cause: err });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return new StoreError('store.cannot-open', `cannot open or write ${location} (${detail}).`, location, { cause: err });
  }
  return new StoreError('store.failed', `database error on ${location}: ${detail}`, location, { cause: err });
}

function migrate(db: Db, location: string, readonly: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new StoreError('store.newer-schema', `${location} was written by a newer zonebrief (schema ${version}, this one knows ${SCHEMA_VERSION}). Update zonebrief or use another --db.`, location);
  }
  if (version === 0) {
    const foreign = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`).get() as { n: number };
    if (foreign.n > 0) {
      throw new StoreError('store.corrupt', `${location} is an SQLite database but not a zonebrief store (it has tables and no zonebrief schema version). Choose another file with --db.`, location);
    }
  }
  if (version === SCHEMA_VERSION) return;
  if (readonly) {
    throw new StoreError('store.readonly', `${location} needs a schema upgrade (${version} → ${SCHEMA_VERSION}) but is opened read-only. Run "zonebrief ingest" once to upgrade it.`, location);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= version) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/** Opens (creating when allowed) the SQLite store at `file`. Throws StoreError with a clear message. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): BulletinStore {
  const create = options.create ?? true;
  const readonly = options.readonly ?? false;
  const busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
  const location = file;
  if (!fs.existsSync(file)) {
    if (!create || readonly) {
      throw new StoreError('store.missing', `no database at ${location}. Run "zonebrief ingest FILE|DIR…" first, or point --db (or ZONEBRIEF_DB) at an existing one.`, location);
    }
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
    } catch (err) {
      throw new StoreError('store.cannot-open', `cannot create the directory of ${location} (${(err as Error).message}).`, location, { cause: err });
    }
  }
  let db: Db;
  try {
    db = new Database(file, { readonly, fileMustExist: !create || readonly, timeout: busyTimeoutMs });
  } catch (err) {
    throw toStoreError(err, location, busyTimeoutMs);
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    migrate(db, location, readonly);
  } catch (err) {
    db.close();
    throw toStoreError(err, location, busyTimeoutMs);
  }
  return new SqliteStore(db, location, busyTimeoutMs);
}

interface BulletinRow { id: number; sha256: string; file: string; encoding: string; issued: string | null; issue_year: number | null; extractor_version: string; byte_length: number; article_count: number }
interface ArticleRow { bulletin: number; idx: number; id: string; zone: string | null; zone_as_printed: string | null; title: string; kicker: string | null; date: string | null; authors: string; spans: string }
interface IndicatorRow { bulletin: number; article: number; zone: string | null; metric: string; value: number; unit: string; approx: number; yoy: number | null; status: string; period_label: string | null; period_from: string | null; period_to: string | null; evidence: string; span_start: number; span_end: number; span_line: number; amount_yi: number | null }
interface ProjectRow { bulletin: number; article: number; zone: string | null; name: string; stage: string; inv_value: number | null; inv_unit: string | null; inv_approx: number | null; inv_yi: number | null; status: string; evidence: string; span_start: number; span_end: number; span_line: number }
interface DiagnosticRow { bulletin: number; code: string; severity: string; message: string; file: string | null; line: number | null }

class SqliteStore implements BulletinStore {
  private readonly stmt;

  constructor(private readonly db: Db, readonly location: string, private readonly busyTimeoutMs: number) {
    this.stmt = {
      idOf: db.prepare('SELECT id FROM bulletins WHERE sha256 = ?').pluck(),
      insertBulletin: db.prepare(`INSERT INTO bulletins (sha256, file, encoding, issued, issue_year, extractor_version, byte_length, article_count)
        VALUES (@sha256, @file, @encoding, @issued, @issueYear, @extractorVersion, @byteLength, @articleCount)`),
      updateBulletin: db.prepare(`UPDATE bulletins SET file = @file, encoding = @encoding, issued = @issued, issue_year = @issueYear,
        extractor_version = @extractorVersion, article_count = @articleCount WHERE sha256 = @sha256`),
      insertSource: db.prepare('INSERT INTO sources (bulletin, bytes) VALUES (?, ?)'),
      insertArticle: db.prepare(`INSERT INTO articles (bulletin, idx, id, zone, zone_as_printed, title, kicker, date, authors, spans)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertIndicator: db.prepare(`INSERT INTO indicators (bulletin, article, idx, zone, metric, value, unit, approx, yoy, status,
        period_label, period_from, period_to, evidence, span_start, span_end, span_line, amount_yi)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertProject: db.prepare(`INSERT INTO projects (bulletin, article, idx, zone, name, stage, inv_value, inv_unit, inv_approx, inv_yi,
        status, evidence, span_start, span_end, span_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertDiagnostic: db.prepare('INSERT INTO diagnostics (bulletin, idx, code, severity, message, file, line) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      deleteArticles: db.prepare('DELETE FROM articles WHERE bulletin = ?'),
      deleteDiagnostics: db.prepare('DELETE FROM diagnostics WHERE bulletin = ?'),
      source: db.prepare('SELECT bytes FROM sources JOIN bulletins ON bulletins.id = sources.bulletin WHERE sha256 = ?').pluck(),
      list: db.prepare('SELECT * FROM bulletins ORDER BY issued, issue_year, file, sha256'),
    };
  }

  private guard<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(toStoreError(err, this.location, this.busyTimeoutMs));
    }
  }

  hasBulletin(sha256: string): Promise<boolean> {
    return this.guard(() => this.stmt.idOf.get(sha256) !== undefined);
  }

  putBulletin(bulletin: Bulletin, source: { bytes: Uint8Array }, extractorVersion: string): Promise<PutResult> {
    return this.guard(() => this.db.transaction((): PutResult => {
      if (this.stmt.idOf.get(bulletin.sha256) !== undefined) return 'unchanged';
      const id = Number(this.stmt.insertBulletin.run({ ...bulletinParams(bulletin, extractorVersion), byteLength: source.bytes.byteLength }).lastInsertRowid);
      this.stmt.insertSource.run(id, Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength));
      this.insertExtraction(id, bulletin);
      return 'inserted';
    }).immediate());
  }

  replaceExtraction(bulletin: Bulletin, extractorVersion: string): Promise<void> {
    return this.guard(() => this.db.transaction(() => {
      const id = this.stmt.idOf.get(bulletin.sha256) as number | undefined;
      if (id === undefined) {
        throw new StoreError('store.not-found', `bulletin ${bulletin.file} (${bulletin.sha256.slice(0, 12)}) is not in ${this.location}`, this.location);
      }
      // Child rows of articles go with them (ON DELETE CASCADE).
      this.stmt.deleteArticles.run(id);
      this.stmt.deleteDiagnostics.run(id);
      this.stmt.updateBulletin.run(bulletinParams(bulletin, extractorVersion));
      this.insertExtraction(id, bulletin);
    }).immediate());
  }

  private insertExtraction(id: number, b: Bulletin): void {
    b.articles.forEach((a, ai) => {
      this.stmt.insertArticle.run(id, ai, a.id, a.zone, a.zoneAsPrinted, a.title, a.kicker, a.date, JSON.stringify(a.authors), JSON.stringify(a.spans));
      a.indicators.forEach((x, xi) => {
        this.stmt.insertIndicator.run(id, ai, xi, x.zone, x.metric, x.value, x.unit, x.approx ? 1 : 0, x.yoy, x.status,
          x.period.label, x.period.from, x.period.to, x.evidence, x.span.start, x.span.end, x.span.line, x.amountYi);
      });
      a.projects.forEach((p, pi) => {
        const inv = p.investment;
        this.stmt.insertProject.run(id, ai, pi, p.zone, p.name, p.stage, inv?.value ?? null, inv?.unit ?? null,
          inv ? (inv.approx ? 1 : 0) : null, inv?.amountYi ?? null, p.status, p.evidence, p.span.start, p.span.end, p.span.line);
      });
    });
    b.diagnostics.forEach((d, di) => {
      this.stmt.insertDiagnostic.run(id, di, d.code, d.severity, d.message, d.file ?? null, d.line ?? null);
    });
  }

  listBulletins(): Promise<StoredBulletin[]> {
    return this.guard(() => (this.stmt.list.all() as BulletinRow[]).map(toStored));
  }

  loadSource(sha256: string): Promise<Uint8Array | null> {
    return this.guard(() => {
      const bytes = this.stmt.source.get(sha256) as Buffer | undefined;
      return bytes ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
    });
  }

  loadBulletins(filter: BulletinFilter = {}): Promise<Bulletin[]> {
    return this.guard(() => {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.issueYears) {
        where.push('(issue_year IS NULL OR issue_year BETWEEN ? AND ?)');
        params.push(filter.issueYears.from, filter.issueYears.to);
      }
      if (filter.sha256) {
        where.push('sha256 IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(filter.sha256));
      }
      const selected = `SELECT id FROM bulletins${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
      const child = (table: string, order: string): string => `SELECT * FROM ${table} WHERE bulletin IN (${selected}) ORDER BY ${order}`;

      const bulletins = new Map<number, Bulletin>();
      const rows = this.db.prepare(`SELECT * FROM bulletins WHERE id IN (${selected}) ORDER BY issued, issue_year, file, sha256`).all(...params) as BulletinRow[];
      for (const r of rows) {
        bulletins.set(r.id, { file: r.file, sha256: r.sha256, encoding: r.encoding, issued: r.issued, issueYear: r.issue_year, articles: [], diagnostics: [] });
      }
      const articleOf = new Map<string, Article>();
      for (const r of this.db.prepare(child('articles', 'bulletin, idx')).iterate(...params) as IterableIterator<ArticleRow>) {
        const article: Article = {
          id: r.id, zone: r.zone, zoneAsPrinted: r.zone_as_printed, title: r.title, kicker: r.kicker, date: r.date,
          authors: JSON.parse(r.authors) as string[], spans: JSON.parse(r.spans) as Span[], projects: [], indicators: [],
        };
        bulletins.get(r.bulletin)?.articles.push(article);
        articleOf.set(`${r.bulletin}/${r.idx}`, article);
      }
      for (const r of this.db.prepare(child('indicators', 'bulletin, article, idx')).iterate(...params) as IterableIterator<IndicatorRow>) {
        articleOf.get(`${r.bulletin}/${r.article}`)?.indicators.push(toIndicator(r));
      }
      for (const r of this.db.prepare(child('projects', 'bulletin, article, idx')).iterate(...params) as IterableIterator<ProjectRow>) {
        articleOf.get(`${r.bulletin}/${r.article}`)?.projects.push(toProject(r));
      }
      for (const r of this.db.prepare(child('diagnostics', 'bulletin, idx')).iterate(...params) as IterableIterator<DiagnosticRow>) {
        const d: Diagnostic = { code: r.code, severity: r.severity as Severity, message: r.message };
        if (r.file !== null) d.file = r.file;
        if (r.line !== null) d.line = r.line;
        bulletins.get(r.bulletin)?.diagnostics.push(d);
      }
      return [...bulletins.values()];
    });
  }

  close(): Promise<void> {
    return this.guard(() => {
      if (this.db.open) this.db.close();
    });
  }
}

function bulletinParams(b: Bulletin, extractorVersion: string) {
  return { sha256: b.sha256, file: b.file, encoding: b.encoding, issued: b.issued, issueYear: b.issueYear, extractorVersion, articleCount: b.articles.length };
}

const toStored = (r: BulletinRow): StoredBulletin => ({
  sha256: r.sha256, file: r.file, encoding: r.encoding, issued: r.issued, issueYear: r.issue_year,
  extractorVersion: r.extractor_version, byteLength: r.byte_length, articleCount: r.article_count,
});

const toIndicator = (r: IndicatorRow): Indicator => ({
  zone: r.zone, metric: r.metric as Indicator['metric'], value: r.value, unit: r.unit, approx: r.approx === 1, yoy: r.yoy,
  status: r.status as Indicator['status'], period: { label: r.period_label, from: r.period_from, to: r.period_to },
  evidence: r.evidence, span: { start: r.span_start, end: r.span_end, line: r.span_line }, amountYi: r.amount_yi,
});

const toProject = (r: ProjectRow): Project => ({
  zone: r.zone, name: r.name, stage: r.stage as Project['stage'],
  investment: r.inv_value !== null && r.inv_unit !== null && r.inv_yi !== null
    ? { value: r.inv_value, unit: r.inv_unit, approx: r.inv_approx === 1, amountYi: r.inv_yi }
    : null,
  status: r.status as Project['status'], evidence: r.evidence, span: { start: r.span_start, end: r.span_end, line: r.span_line },
});
