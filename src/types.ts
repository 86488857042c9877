// The records that cross pipeline stages. Plain, JSON-serialisable data only;
// this module imports nothing so every stage can depend on it and on nothing else.
//
// Pipeline: read (bytes → SourceText) → split (→ Article skeletons) → figures (→ Indicator,
// Project) → zones (names → registry entries) → aggregate (→ Report) → render (PDF, XLSX).

// ---------------------------------------------------------------------------------------------
// Diagnostics: problems are data, returned by each stage; the CLI prints them on stderr.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable code, e.g. "read.binary", "zone.unknown", "date.year-inferred". */
  code: string;
  severity: Severity;
  message: string;
  /** Base name of the bulletin file (or the path given by the user for I/O errors). */
  file?: string;
  /** 1-based line in the decoded text. */
  line?: number;
}

// ---------------------------------------------------------------------------------------------
// Source positions: every fact carries the span of its evidence in the decoded input.

export interface Span {
  /** Offset (UTF-16 code units) into the decoded text, inclusive. */
  start: number;
  /** Offset, exclusive. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
}

// ---------------------------------------------------------------------------------------------
// Metric vocabulary (see ../shared/spec/EXTRACTION.md). Labels live in src/model/metrics.ts.

export type CoreMetric =
  | 'signed_projects' | 'signed_investment'
  | 'landed_projects' | 'landed_investment'
  | 'started_projects' | 'started_investment'
  | 'completed_projects' | 'completed_investment'
  | 'planned_projects' | 'planned_investment'
  | 'ongoing_projects' | 'ongoing_investment'
  | 'registered_projects' | 'registered_investment'
  | 'annual_planned_investment'
  | 'industrial_investment'
  | 'industrial_output';

export type ExtraMetric =
  | 'fixed_asset_investment'
  | 'funds_in_place'
  | 'import_export'
  | 'enterprises_above_scale'
  | 'high_tech_enterprises'
  | 'jobs';

export type Metric = CoreMetric | ExtraMetric;

export type Status = 'actual' | 'target';
export type Stage = 'signed' | 'started' | 'ongoing' | 'completed' | 'planned';

/** A period as printed, with its resolved bounds: `YYYY`, `YYYY-MM` or `YYYY-Qn`, or null. */
export interface Period {
  label: string | null;
  from: string | null;
  to: string | null;
}

export interface Amount {
  /** The number as printed (530.46 for "530.46亿元"). */
  value: number;
  /** The unit as printed: 亿元, 万元, 元, 个, 项, 家, 户, % … */
  unit: string;
  approx: boolean;
}

/** An aggregate figure about a zone. */
export interface Indicator extends Amount {
  /** Official full name of the zone where known (the article's zone unless the clause names another). */
  zone: string | null;
  metric: Metric;
  /** Year-on-year growth in percent when the same clause gives it. */
  yoy: number | null;
  status: Status;
  period: Period;
  /** Exact substring of the decoded input. */
  evidence: string;
  span: Span;
  /** Money normalised to 亿元 (null for counts), so later stages never re-parse units. */
  amountYi: number | null;
}

/** One named project. */
export interface Project {
  zone: string | null;
  name: string;
  stage: Stage;
  investment: (Amount & { amountYi: number }) | null;
  status: Status;
  evidence: string;
  span: Span;
}

// ---------------------------------------------------------------------------------------------
// Bulletins and articles.

export interface Article {
  /** Stable within a bulletin: `${bulletin.sha256.slice(0, 12)}:${index}`. */
  id: string;
  /** Official full name where known; null if none or several. */
  zone: string | null;
  /** The zone as printed in the text (alias, short form), for traceability. */
  zoneAsPrinted: string | null;
  title: string;
  kicker: string | null;
  /** MM-DD of the event as printed; null for 近日/近期 or none. */
  date: string | null;
  authors: string[];
  /** Where the article's text is (an article split by another has several spans). */
  spans: Span[];
  projects: Project[];
  indicators: Indicator[];
}

export interface Bulletin {
  /** Base name of the input file. */
  file: string;
  /** Hex SHA-256 of the raw bytes: the identity used to make ingest idempotent. */
  sha256: string;
  /** Encoding detected: utf-8, utf-16le, utf-16be, gb18030. */
  encoding: string;
  /** Issue date YYYY-MM-DD when known (--issued, or a date in the file name). */
  issued: string | null;
  /** Year the bulletin was published; null if unknown. */
  issueYear: number | null;
  articles: Article[];
  diagnostics: Diagnostic[];
}

/** What `extract --json` prints (../shared/spec/EXTRACTION.md). */
export interface ExtractionOutput {
  schemaVersion: 1;
  bulletins: Bulletin[];
}

// ---------------------------------------------------------------------------------------------
// Zone registry (data/zones.json).

export type ZoneKind = '经开区' | '高新区' | '综改区' | '农业示范区' | '开发区' | '其他';
export type ZoneLevel = 'national' | 'provincial' | 'other';

export interface ZoneEntry {
  /** Official full name, e.g. 襄垣经济技术开发区. */
  name: string;
  /** Short form used in headlines, e.g. 襄垣经开区. */
  short: string;
  /** Other names that mean this zone (older names, sub-parks that report as this zone). */
  aliases: string[];
  kind: ZoneKind;
  level: ZoneLevel;
  province: string;
  city: string;
  county: string | null;
  /** What is uncertain about this entry (official form of the name, level, merger), if anything. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Report model: the one plain structure every output (stats table, JSON, PDF, XLSX) renders.

export type ReportPeriodKind = 'month' | 'quarter' | 'year';

export interface ReportPeriod {
  kind: ReportPeriodKind;
  /** 2026-01, 2026-Q1 or 2025. */
  key: string;
  /** Inclusive first day, YYYY-MM-DD. */
  start: string;
  /** Inclusive last day, YYYY-MM-DD. */
  end: string;
  /** Chinese label: 2026年1月, 2026年第一季度, 2025年. */
  label: string;
}

/** Where a figure came from. `ref` is the reference number printed beside the figure. */
export interface SourceRef {
  ref: number;
  bulletin: string;
  bulletinSha256: string;
  articleId: string;
  articleTitle: string;
  evidence: string;
  span: Span;
}

/** One figure as the report prints it: an indicator after de-duplication. */
export interface Figure {
  zone: string;
  metric: Metric;
  /** Chinese label of the metric, e.g. 签约项目. */
  metricLabel: string;
  value: number;
  unit: string;
  amountYi: number | null;
  approx: boolean;
  yoy: number | null;
  status: Status;
  period: Period;
  /** Every report of this same figure; the first is the primary one. Never empty. */
  sources: SourceRef[];
}

export interface ProjectRecord {
  zone: string;
  name: string;
  stage: Stage;
  status: Status;
  investment: (Amount & { amountYi: number }) | null;
  /** Month the project event belongs to (its article's month), YYYY-MM; YYYY in a year report when only the year is known. */
  month: string;
  sources: SourceRef[];
}

/** Project events of one stage in one zone for the report period, counted from project records. */
export interface ProjectEventCount {
  stage: Stage;
  count: number;
  /** Sum over the projects that give an amount; `withAmount` says how many did. */
  investmentYi: number;
  withAmount: number;
  /**
   * The zone's own aggregate figures for this stage over exactly the report period, when it
   * reports them (issue 4, rule 4): they win over the count above, which only covers the projects
   * named in the news. Null when the zone gives no such figure. (Added by the aggregation stage.)
   */
  reported?: { count: number | null; investmentYi: number | null; refs: number[] } | null;
}

export interface TargetVsActual {
  metric: Metric;
  metricLabel: string;
  period: Period;
  target: Figure;
  actual: Figure | null;
  /** actual / target when both are in the same unit family; null otherwise. */
  ratio: number | null;
}

export interface ArticleRef {
  id: string;
  bulletin: string;
  title: string;
  kicker: string | null;
  /** YYYY-MM-DD when the date is known, else null. */
  date: string | null;
  authors: string[];
}

export interface ZoneStats {
  zone: string;
  short: string;
  city: string | null;
  /** false when the zone is not in the registry (found by its name pattern only). */
  known: boolean;
  figures: Figure[];
  projects: ProjectRecord[];
  projectEvents: ProjectEventCount[];
  targets: TargetVsActual[];
  articles: ArticleRef[];
}

/** A sum across zones of comparable figures only: same metric, same period, same status. */
export interface Total {
  metric: Metric;
  metricLabel: string;
  period: Period;
  status: Status;
  unit: string;
  value: number;
  /** N: zones whose figure is summed. */
  zonesCovered: number;
  /** M: zones in the report. */
  zonesInReport: number;
  zones: string[];
  /** Reference numbers of the summed figures. */
  refs: number[];
  /** True when a summed figure is approximate (约, 超, 余 …), so the sum is too. (Added by aggregation.) */
  approx?: boolean;
}

export interface RankingRow {
  rank: number;
  zone: string;
  /** Signed investment in 亿元 for the period shown in `period`. */
  valueYi: number;
  period: Period;
  refs: number[];
  /** True when the figure is approximate (约, 超, 余 …). (Added by aggregation.) */
  approx?: boolean;
}

export interface Report {
  schemaVersion: 1;
  period: ReportPeriod;
  /** Deterministic "as of" date derived from the input (latest issue date), YYYY-MM-DD. */
  asOf: string | null;
  organisation: string;
  bulletins: { file: string; sha256: string; issued: string | null; issueYear: number | null }[];
  zones: ZoneStats[];
  totals: Total[];
  ranking: RankingRow[];
  /** Every reference number used in the report, in order: the sources appendix. */
  sources: SourceRef[];
  diagnostics: Diagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Between split and figures: an article as the splitter finds it.

/** An article before its figures are read and its zone is resolved against the registry. */
export interface ArticleDraft {
  index: number;
  zoneAsPrinted: string | null;
  title: string;
  kicker: string | null;
  date: string | null;
  authors: string[];
  /** Everything that belongs to the article (zone line, headlines, body, byline). */
  spans: Span[];
  /** Only the running text (lead and body paragraphs): where figures are read from. */
  body: Span[];
}
