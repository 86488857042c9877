// Segment → ArticleDraft: the roles of the headline lines (zone line, kicker, headline,
// subtitle), the zone as printed, the event date and the bylines.
import type { ArticleDraft, Diagnostic, Span } from '../types.js';
import type { ZoneMatch, ZoneRegistry } from '../zones/registry.js';
import { isCityWide } from '../zones/names.js';
import { isSpace } from '../read/lines.js';
import { charCodeSet } from '../read/char-codes.js';
import { elementText, headingText, type Element } from './elements.js';
import { withoutHashMarks } from './line-kinds.js';
import { CLAUSE_VERB, LEAD_REPORTER, MONTH_DAY, NOT_NAMES, SOURCE_MARKER, VAGUE_TIME, isDash } from './lexicon.js';
import type { Segment } from './segment.js';

const LOCATION_PREFIX = /^(?:山西省?)?(?:[\u4e00-\u9fff]{2,3}市)?$/;

const WHITE_SPACE = /\s/;

/** The text without white space (as replace(/\s+/g, '')), itself when it has none: most headline lines. */
const withoutSpaces = (text: string): string => (WHITE_SPACE.test(text) ? text.replace(/\s+/g, '') : text);

const OPENING_BRACKETS = charCodeSet('【[「〔');
const CLOSING_BRACKETS = charCodeSet('】]」〕');

/**
 * One opening bracket at the start and one closing bracket at the end cut off, as
 * replace(/^[【\[「〔]|[】\]」〕]$/g, '') does (a lone closing bracket is cut too), by char codes.
 */
function withoutBrackets(t: string): string {
  const start = OPENING_BRACKETS.has(t.charCodeAt(0)) ? 1 : 0;
  const end = t.length - 1 >= start && CLOSING_BRACKETS.has(t.charCodeAt(t.length - 1)) ? t.length - 1 : t.length;
  return start === 0 && end === t.length ? t : t.slice(start, end);
}

/** The zone named at the start of a line (after a province/city prefix), or null. */
export function leadingZone(text: string, registry: ZoneRegistry): string | null {
  return zoneAtStart(text, (t) => registry.findAll(t)[0] ?? null);
}

/** leadingZone with the registry's first match of a text given (remembered by HeadlineZones). */
function zoneAtStart(text: string, firstZone: (t: string) => ZoneMatch | null): string | null {
  const t = withoutBrackets(withoutSpaces(text));
  const city = /^(?:山西省?)?([\u4e00-\u9fff]{2,4}市)(?:各)?(?:开发区|经开区|园区)/.exec(t);
  if (city && isCityWide(city[0].replace(/^山西省?/, ''))) return city[0].replace(/^山西省?/, '');
  const m = firstZone(t);
  if (!m || !LOCATION_PREFIX.test(t.slice(0, m.start))) return null;
  return m.printed;
}

/** A noun-phrase label naming a zone (zone, its bureau, sub-park, leader or project), not a clause. */
export function isZoneLabel(text: string, registry: ZoneRegistry): boolean {
  return zoneLabel(text, (t) => leadingZone(t, registry));
}

function zoneLabel(text: string, leading: (t: string) => string | null): boolean {
  const t = withoutBrackets(withoutSpaces(withoutHashMarks(text)));
  if (t.length > 32) return false;
  const zone = leading(t);
  if (!zone) return false;
  const rest = t.slice(t.indexOf(zone) + zone.length);
  return !CLAUSE_VERB.test(rest);
}

/**
 * Zone lookups of headline lines, remembered within one bulletin (made per splitArticles call,
 * never kept across bulletins): segmenting asks whether a line is a zone label or names a zone,
 * reading the headline's roles asks again, the zone line is looked up once more for its zone and
 * the headline for the zone it names: most lines were looked up in the registry two or three times.
 */
export interface HeadlineZones {
  readonly registry: ZoneRegistry;
  isZoneLabel(text: string): boolean;
  leadingZone(text: string): string | null;
  /** The registry's first zone mention in the text (registry.findAll(text)[0]), or null. */
  firstZone(text: string): ZoneMatch | null;
}

export function headlineZones(registry: ZoneRegistry): HeadlineZones {
  const zones: HeadlineZones = {
    registry,
    firstZone: remembered((text) => registry.findAll(text)[0] ?? null),
    isZoneLabel: remembered((text) => zoneLabel(text, zones.leadingZone)),
    leadingZone: remembered((text) => zoneAtStart(text, zones.firstZone)),
  };
  return zones;
}

/** `work` answering each text once (answers are never undefined: that marks "not yet asked"). */
function remembered<T>(work: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let answer = known.get(text);
    if (answer === undefined) {
      answer = work(text);
      known.set(text, answer);
    }
    return answer;
  };
}

interface HeadRoles {
  zoneLine: string | null;
  kicker: string | null;
  title: string;
}

/** Two short parallel phrases on two lines are one headline (凝心聚力抓项目 / 跑出建设加速度). */
const isCouplet = (a: string, b: string): boolean =>
  a.length <= 12 && b.length <= 12 && Math.abs(a.length - b.length) <= 2 && !/\s/.test(a) && !/\s/.test(b);

export function headRoles(lines: string[], registry: ZoneRegistry): HeadRoles {
  return rolesOf(lines, headlineZones(registry));
}

function rolesOf(lines: string[], zones: HeadlineZones): HeadRoles {
  let rest = [...lines];
  let zoneLine: string | null = null;
  if (rest.length >= 2 && zones.isZoneLabel(rest[0]!)) {
    zoneLine = rest[0]!;
    rest = rest.slice(1);
  } else if (rest.length >= 2 && zones.isZoneLabel(rest[rest.length - 1]!)) {
    // Some pages print the zone line under the headline.
    zoneLine = rest[rest.length - 1]!;
    rest = rest.slice(0, -1);
  }
  const subtitles = rest.filter(isDash);
  rest = rest.filter((l) => !isDash(l));
  let kicker: string | null = null;
  let title = '';
  if (rest.length === 0) {
    title = subtitles.shift() ?? zoneLine ?? '';
  } else if (rest.length === 1) {
    title = rest[0]!;
  } else if (rest.length === 2 && isCouplet(rest[0]!, rest[1]!)) {
    title = `${rest[0]} ${rest[1]}`;
  } else {
    kicker = rest[0]!;
    title = rest.slice(1).join(' ');
  }
  if (subtitles.length) kicker = kicker ? `${kicker} ${subtitles.join(' ')}` : subtitles.join(' ');
  return { zoneLine, kicker, title };
}

/** The zone an article is about, as printed: zone line, else headline/kicker, else its text. */
function zoneAsPrinted(roles: HeadRoles, texts: readonly Element[], zones: HeadlineZones): string | null {
  if (roles.zoneLine) return zones.leadingZone(roles.zoneLine);
  const registry = zones.registry;
  for (const t of [roles.title, roles.kicker ?? '']) {
    const m = zones.firstZone(withoutSpaces(t));
    if (m) return m.printed;
  }
  // The zone the text names most often (registry zones before pattern-only ones), first on ties.
  const counts = new Map<string, { n: number; first: number; known: boolean; printed: string }>();
  for (const m of registry.findAll(joinTexts(texts))) {
    const c = counts.get(m.name);
    if (c) c.n++;
    else counts.set(m.name, { n: 1, first: m.start, known: m.entry !== null, printed: m.printed });
  }
  const best = [...counts.values()].sort((a, b) => Number(b.known) - Number(a.known) || b.n - a.n || a.first - b.first)[0];
  return best ? best.printed : null;
}

/** The end of a sentence for leadDate: [。！？!?]. */
const SENTENCE_MARK = /[。！？!?]/g;
/** MONTH_DAY and VAGUE_TIME, searched for from a sentence's start in the lead's opening (lastIndex). */
const MONTH_DAY_FROM = new RegExp(MONTH_DAY.source, 'g');
const VAGUE_TIME_FROM = new RegExp(VAGUE_TIME.source, 'g');
const CUT_OFF = /截至|截止/;
/** How much of a lead leadDate reads: the date of the event is told at the start. */
const LEAD_DATE_CHARS = 400;

/** MM-DD of the event from the first two sentences of the lead; null for 近日 or none. */
export function leadDate(lead: string): string | null {
  // The date of the event is told at the start: the first few hundred characters suffice.
  const start = lead.length > LEAD_DATE_CHARS ? lead.slice(0, LEAD_DATE_CHARS) : lead;
  // Only the first two sentences are read: white space is taken out of them alone (sentence
  // marks are no white space, so they end the same sentences with it or without it).
  const two = sentenceEnd(start, sentenceEnd(start, 0));
  const t = withoutSpaces(two < start.length ? start.slice(0, two) : start);
  return openingDate(t, sentenceEnd(t, 0));
}

/**
 * leadDate of a lead's opening `t` (its first two sentences, white space taken out), whose first
 * sentence ends at `first` (t.length when it is the only one). The sentences are read in place in
 * t: the regexes are searched for from a sentence's start and a match must start before its end
 * (none of them can match across a sentence mark).
 */
function openingDate(t: string, first: number): string | null {
  if (first === t.length) return dateIn(t, 0, t.length) ?? null;
  const date = dateIn(t, 0, first);
  if (date !== undefined) return date;
  return dateIn(t, first, t.length) ?? null;
}

/** The index after the first sentence mark at or after `from`, or t.length when there is none. */
function sentenceEnd(t: string, from: number): number {
  SENTENCE_MARK.lastIndex = from;
  return SENTENCE_MARK.test(t) ? SENTENCE_MARK.lastIndex : t.length;
}

/** leadDate of the lead of `texts` (their first three run together), without joining them. */
export function textsDate(texts: readonly Element[]): string | null {
  const t = withoutSpaces(leadOpening(texts));
  return openingDate(t, sentenceEnd(t, 0));
}

/**
 * The opening of the lead of `texts` as leadDate reads it: the first two sentences within the
 * first LEAD_DATE_CHARS characters of the first three texts run together. The sentence marks
 * are searched for piece by piece: the lead was joined whole for it.
 */
function leadOpening(texts: readonly Element[]): string {
  let t = '';
  let raw = 0;
  let marks = 0;
  for (let i = 0; i < 3 && i < texts.length && raw < LEAD_DATE_CHARS; i++) {
    for (const p of texts[i]!.pieces) {
      const s = p.text;
      const limit = Math.min(s.length, LEAD_DATE_CHARS - raw);
      // A mark at index m < limit leaves lastIndex = m + 1.
      SENTENCE_MARK.lastIndex = 0;
      while (SENTENCE_MARK.test(s) && SENTENCE_MARK.lastIndex <= limit) {
        if (++marks === 2) return t + s.slice(0, SENTENCE_MARK.lastIndex);
      }
      t += limit < s.length ? s.slice(0, limit) : s;
      raw += limit;
      if (raw >= LEAD_DATE_CHARS) break;
    }
  }
  return t;
}

/**
 * The event date told in the sentence t[from, to): MM-DD; null when a vague time (近日) comes
 * before any date, which ends the search; undefined when the sentence tells neither.
 */
function dateIn(t: string, from: number, to: number): string | null | undefined {
  MONTH_DAY_FROM.lastIndex = from;
  const found = MONTH_DAY_FROM.exec(t);
  const m = found && found.index < to ? found : null;
  VAGUE_TIME_FROM.lastIndex = from;
  const vague = VAGUE_TIME_FROM.exec(t);
  if (vague && vague.index < to && (!m || vague.index < m.index)) return null;
  if (!m) return undefined;
  // 截至6月底 / 截至7月31日 is a cut-off of a figure, not the day of the event.
  if (CUT_OFF.test(t.slice(Math.max(from, m.index - 3), m.index))) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return undefined;
}

const TIME_WORDS = /(近日|日前|近期|今年|去年|本月|昨天|昨日|今天|上午|下午|\d.*)$/;

/** Reporters named in the lead: 科学导报 记者范琛 近日… → [范琛]. */
export function leadReporters(lead: string): string[] {
  const m = LEAD_REPORTER.exec(lead.trim());
  if (!m) return [];
  const out: string[] = [];
  for (const part of (m[1] ?? '').split(/记者|通讯员/)) {
    for (const raw of part.split(/[\s、,，]+/)) {
      const name = raw.replace(TIME_WORDS, '');
      if (name.length >= 2 && name.length <= 4 && !NOT_NAMES.has(name)) out.push(name);
    }
  }
  return out;
}

const spanOf = (p: { start: number; end: number; line: number }): Span => ({ start: p.start, end: p.end, line: p.line });

/** The span of a paragraph (line breaks inside a paragraph are kept in the span); null when empty. */
function paragraphSpan(e: Element): Span | null {
  const first = e.pieces[0];
  const last = e.pieces[e.pieces.length - 1];
  if (!first || !last || last.end <= first.start) return null;
  return { start: first.start, end: last.end, line: first.line };
}

/** The texts of elements run together. */
function joinTexts(els: readonly Element[], count = els.length): string {
  let t = '';
  for (let i = 0; i < count && i < els.length; i++) t += elementText(els[i]!);
  return t;
}

/**
 * Sorts spans by start, equal starts kept in order (as the stable sort did). They are nearly in
 * order (a headline printed under its text, the parts of a split article): an insertion sort
 * moves the few out of place, without a comparator call per comparison.
 */
function sortByStart(spans: Span[]): void {
  for (let i = 1; i < spans.length; i++) {
    const span = spans[i]!;
    let j = i;
    while (j > 0 && spans[j - 1]!.start > span.start) {
      spans[j] = spans[j - 1]!;
      j--;
    }
    spans[j] = span;
  }
}

/** 科 and 本: LEAD_REPORTER's source markers (科学导报…, 本刊讯, 本报讯) start with one of them. */
const REPORTER_MARKER_STARTS = new Set([0x79d1, 0x672c]);

/**
 * Can the paragraph name reporters in its lead (leadReporters)? Its first character after white
 * space must start a source marker: most paragraphs are told by it without being joined.
 */
function mayNameReporters(e: Element): boolean {
  for (const p of e.pieces) {
    const t = p.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (!isSpace(c)) return REPORTER_MARKER_STARTS.has(c);
    }
  }
  return false;
}

/** Adds the names not yet among the authors, in order. */
function addAuthors(authors: string[], names: readonly string[]): void {
  for (const n of names) if (!authors.includes(n)) authors.push(n);
}

export function toDraft(seg: Segment, index: number, zones: HeadlineZones, file: string): { draft: ArticleDraft; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const headLines: string[] = [];
  for (const e of seg.head) if (e.kind === 'heading') headLines.push(headingText(e));
  const texts: Element[] = [];
  for (const e of seg.body) if (e.kind === 'text') texts.push(e);

  let roles = rolesOf(headLines, zones);
  if (!roles.title) {
    const first = joinTexts(texts, 3).replace(SOURCE_MARKER, '').trim().split(/[。！？!?]/)[0] ?? '';
    roles = { zoneLine: null, kicker: null, title: first.slice(0, 30) };
    const line = texts[0]?.pieces[0]?.line;
    diagnostics.push({ code: 'split.no-headline', severity: 'warning', message: `an article without a headline; its first words stand in for one: «${roles.title}»`, file, ...(line ? { line } : {}) });
  }

  const authors: string[] = [];
  if (texts[0] && mayNameReporters(texts[0])) addAuthors(authors, leadReporters(elementText(texts[0])));
  const spans: Span[] = [];
  for (const part of [seg.head, seg.body]) {
    for (const e of part) {
      if (e.kind === 'byline' || e.kind === 'text') addAuthors(authors, e.authors);
      const span = paragraphSpan(e);
      if (span) spans.push(span);
      if (e.bylinePiece) spans.push(spanOf(e.bylinePiece));
    }
  }
  // Spans come in reading order but for the parts of an article another one split.
  sortByStart(spans);

  const body: Span[] = [];
  for (const e of texts) {
    const span = paragraphSpan(e);
    if (span) body.push(span);
  }

  const draft: ArticleDraft = {
    index,
    zoneAsPrinted: zoneAsPrinted(roles, texts, zones),
    title: roles.title,
    kicker: roles.kicker,
    date: textsDate(texts),
    authors,
    spans,
    body,
  };
  return { draft, diagnostics };
}
