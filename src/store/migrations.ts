// Versioned schema of the SQLite store. The version lives in PRAGMA user_version; each migration
// moves the schema from version i to i+1 and runs in its own transaction. Never edit a shipped
// migration: add the next one.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'bulletins, raw sources, articles, indicators, projects, diagnostics',
    sql: `
      -- Child rows refer to a bulletin by its integer id (compact keys, fast inserts);
      -- the SHA-256 of the raw bytes is the bulletin's identity.
      CREATE TABLE bulletins (
        id                INTEGER PRIMARY KEY,
        sha256            TEXT NOT NULL UNIQUE,
        file              TEXT NOT NULL,
        encoding          TEXT NOT NULL,
        issued            TEXT,
        issue_year        INTEGER,
        extractor_version TEXT NOT NULL,
        byte_length       INTEGER NOT NULL,
        article_count     INTEGER NOT NULL
      );
      CREATE INDEX bulletins_issue_year ON bulletins (issue_year);

      -- Raw bytes apart from the metadata so listing bulletins never reads them.
      CREATE TABLE sources (
        bulletin INTEGER PRIMARY KEY REFERENCES bulletins (id) ON DELETE CASCADE,
        bytes    BLOB NOT NULL
      );

      CREATE TABLE articles (
        bulletin        INTEGER NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
        idx             INTEGER NOT NULL,
        id              TEXT NOT NULL,
        zone            TEXT,
        zone_as_printed TEXT,
        title           TEXT NOT NULL,
        kicker          TEXT,
        date            TEXT,
        authors         TEXT NOT NULL, -- JSON array of strings
        spans           TEXT NOT NULL, -- JSON array of Span
        PRIMARY KEY (bulletin, idx)
      ) WITHOUT ROWID;

      CREATE TABLE indicators (
        bulletin     INTEGER NOT NULL,
        article      INTEGER NOT NULL,
        idx          INTEGER NOT NULL,
        zone         TEXT,
        metric       TEXT NOT NULL,
        value        REAL NOT NULL,
        unit         TEXT NOT NULL,
        approx       INTEGER NOT NULL,
        yoy          REAL,
        status       TEXT NOT NULL CHECK (status IN ('actual', 'target')),
        period_label TEXT,
        period_from  TEXT,
        period_to    TEXT,
        evidence     TEXT NOT NULL,
        span_start   INTEGER NOT NULL,
        span_end     INTEGER NOT NULL,
        span_line    INTEGER NOT NULL,
        amount_yi    REAL,
        PRIMARY KEY (bulletin, article, idx),
        FOREIGN KEY (bulletin, article) REFERENCES articles (bulletin, idx) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE projects (
        bulletin    INTEGER NOT NULL,
        article     INTEGER NOT NULL,
        idx         INTEGER NOT NULL,
        zone        TEXT,
        name        TEXT NOT NULL,
        stage       TEXT NOT NULL CHECK (stage IN ('signed', 'started', 'ongoing', 'completed', 'planned')),
        inv_value   REAL,
        inv_unit    TEXT,
        inv_approx  INTEGER,
        inv_yi      REAL,
        status      TEXT NOT NULL CHECK (status IN ('actual', 'target')),
        evidence    TEXT NOT NULL,
        span_start  INTEGER NOT NULL,
        span_end    INTEGER NOT NULL,
        span_line   INTEGER NOT NULL,
        PRIMARY KEY (bulletin, article, idx),
        FOREIGN KEY (bulletin, article) REFERENCES articles (bulletin, idx) ON DELETE CASCADE
      ) WITHOUT ROWID;

      CREATE TABLE diagnostics (
        bulletin INTEGER NOT NULL REFERENCES bulletins (id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        code     TEXT NOT NULL,
        severity TEXT NOT NULL,
        message  TEXT NOT NULL,
        file     TEXT,
        line     INTEGER,
        PRIMARY KEY (bulletin, idx)
      ) WITHOUT ROWID;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
