// Whose figure it is: the article's zone, another zone the text names, or a city, county or
// province total that is no zone's figure at all.
import { WIDER_AREA, WIDER_COMPARISON } from './cues.js';
import type { FigureContext } from './index.js';
import type { IndicatorDraft } from './indicators.js';
import type { ArticleText, Sentence } from './text.js';
import type { ZoneMatch } from '../zones/registry.js';

type ZoneContext = Pick<FigureContext, 'zone' | 'registry'>;

/** Marks a figure of a city, county or province. */
export const WIDER = Symbol('wider area');

/** "经开区", "该区", "本开发区": the article's own zone said generically. */
const GENERIC_ZONE = /^(?:本|该|全|我|此)?(?:区|开发区|经开区|高新区|示范区|示范园|园区|综改区|产业园)$/;

/**
 * The zone reading of one article: its zone, the registry, and the answers worked out once per
 * sentence (every figure of a paragraph asks about every earlier sentence of it, and the registry
 * search is the costly part). One lives for one findFigures call: nothing is kept across articles.
 */
export class ArticleZones {
  /** By sentence index: the zones named in the sentence's opening, once searched. */
  private readonly openings: (readonly ZoneMatch[] | undefined)[] = [];
  /** By sentence index: what the sentence's opening says of the subject (see openingSubject). */
  private readonly subjects: (boolean | null | undefined)[] = [];

  constructor(private readonly ctx: ZoneContext, private readonly text: ArticleText) {}

  /**
   * The zone of an indicator, or WIDER when it is a city, county or province figure: its own
   * statement says so ("全市开发区共签约…"), the sentence opens with the wider area ("全市开发区
   * 今年以来,…"), or a city is the subject of its paragraph ("大同市“三个一批”活动…。其中…").
   * A zone named in the statement wins: "其中交城经济开发区签约项目6个".
   */
  whoseFigure(d: IndicatorDraft): string | null | typeof WIDER {
    const ctx = this.ctx;
    const t = this.text.view.text;
    // The statement's own text: for "项目9个,总投资15.6亿元" the amount is the count's zone's.
    const statementStart = Math.min(d.clause.start, d.evidenceStart);
    const statementText = t.slice(statementStart, d.token.start);
    // The registry search is the costly part: a text the same as one already searched (no
    // comparison was cut out of it) reuses that search.
    const statementZones = ctx.registry.findAll(statementText);
    const named = lastNamedIn(ctx, statementZones)?.name ?? null;
    if (named) return named;
    const statement = withoutComparisons(statementText);
    if (wider(ctx, statement, statement === statementText ? statementZones : null)) return WIDER;
    // "其中,交城经开区签约项目21个,签约额80亿元": a zone named earlier in the sentence, after any
    // wider area, is the subject of its later clauses too.
    const before = t.slice(d.sentence.start, d.token.start);
    // A statement that starts the sentence is `before` itself, searched above and naming no zone.
    const earlier = statementStart === d.sentence.start ? null : lastNamedIn(ctx, ctx.registry.findAll(before));
    if (earlier && earlier.start >= widerSubjectEnd(before)) return earlier.name;
    const k = this.indexOf(d.sentence);
    const rawOpening = openingOf(t, d.sentence);
    const opening = withoutComparisons(rawOpening);
    if (wider(ctx, opening, opening === rawOpening && k >= 0 ? this.openingZones(k) : null)
      || widerEarlier(ctx, before) || this.citySubject(k)) return WIDER;
    return ctx.zone;
  }

  /** The article's zone unless the clause before the figure names another one. */
  zoneOf(clause: string): string | null {
    return lastNamedIn(this.ctx, this.ctx.registry.findAll(clause))?.name ?? this.ctx.zone;
  }

  /**
   * Index of a sentence of the article: sentences are in text order, so found by its start
   * (lastIndexOf read every earlier sentence for every figure).
   */
  private indexOf(s: Sentence): number {
    const sentences = this.text.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = sentences[mid]!;
      if (at === s) return mid;
      if (at.start < s.start) lo = mid + 1;
      else hi = mid - 1;
    }
    return sentences.lastIndexOf(s);
  }

  /** The zones named in the opening of sentence k, searched once. */
  private openingZones(k: number): readonly ZoneMatch[] {
    let found = this.openings[k];
    if (found === undefined) {
      found = this.ctx.registry.findAll(openingOf(this.text.view.text, this.text.sentences[k]!));
      this.openings[k] = found;
    }
    return found;
  }

  /**
   * Whether sentence k speaks of a city or county: its own opening names one, or an earlier
   * sentence of its paragraph did and no zone was named since ("其中,签约项目19个…" after
   * "晋城市…共推进项目48个").
   */
  private citySubject(k: number): boolean {
    const sentences = this.text.sentences;
    if (k < 0) return false;
    const paragraph = sentences[k]!.paragraph;
    // Back through the earlier sentences of its paragraph (a paragraph's sentences are together).
    for (let j = k; j >= 0 && sentences[j]!.paragraph === paragraph; j--) {
      const said = this.openingSubject(j);
      if (said !== null) return said;
    }
    return false;
  }

  /**
   * What the opening of sentence k says of the subject: true for a city or county, false for a
   * zone (named or said generically), null for neither. Worked out once per sentence.
   */
  private openingSubject(k: number): boolean | null {
    let said = this.subjects[k];
    if (said === undefined) {
      said = readOpeningSubject(openingOf(this.text.view.text, this.text.sentences[k]!), this.openingZones(k));
      this.subjects[k] = said;
    }
    return said;
  }
}

/** A sentence's first clause (all of it when the sentence has no clauses). */
const openingOf = (t: string, s: Sentence): string => t.slice(s.start, s.clauses[0]?.end ?? s.start);

/** Whether `s` names a wider area (`zones`: the registry's search of `s`, if done already). */
function wider(ctx: ZoneContext, s: string, zones: readonly ZoneMatch[] | null): boolean {
  return WIDER_AREA.test(s) || (zones ?? ctx.registry.findAll(s)).some((m) => CITY_ZONES.test(m.printed));
}

const WIDER_SUBJECT = /(?:全市|全县|全省|全国|我市|我县|我省|全州|全盟)(?:各)?(?:开发区|园区)?/g;
const ZONE_SUBJECT = /该区|全区|本区|我区|开发区|经开区|高新区|示范区|园区/;

/**
 * "全市签约项目158个,签约额632亿元": the wider area stays the subject of the later clauses of its
 * sentence until a zone is named ("…。其中,某经开区签约项目34个").
 */
function widerEarlier(ctx: ZoneContext, before: string): boolean {
  const end = widerSubjectEnd(before);
  if (end < 0) return false;
  const after = before.slice(end);
  return !ZONE_SUBJECT.test(after) && !ctx.registry.findAll(after).some((m) => !CITY_ZONES.test(m.printed));
}

/** Every comparison with a wider area names it with 全 (全市, 全省 …): most texts have none. */
const withoutComparisons = (text: string): string => (text.includes('全') ? text.replace(WIDER_COMPARISON, '') : text);

/** Where the last wider area named as a subject in `text` ends (comparisons aside), or -1. */
function widerSubjectEnd(text: string): number {
  // Every wider subject starts with 全 or 我.
  if (!text.includes('全') && !text.includes('我')) return -1;
  const s = text.replace(WIDER_COMPARISON, (m) => ' '.repeat(m.length));
  let end = -1;
  WIDER_SUBJECT.lastIndex = 0;
  for (let m = WIDER_SUBJECT.exec(s); m; m = WIDER_SUBJECT.exec(s)) end = m.index + m[0].length;
  return end;
}

/** The last of the zones found that names a zone other than the article's own. */
function lastNamedIn(ctx: ZoneContext, found: readonly ZoneMatch[]): ZoneMatch | null {
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k]!;
    if (!GENERIC_ZONE.test(m.printed) && !CITY_ZONES.test(m.printed) && !sameZone(m.name, ctx.zone)) return m;
  }
  return null;
}

const KIND = /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|现代农业产业示范区|现代农业产业示范园|经开区|高新区|开发区|示范区|园区)$/;
/** 太谷经开区 and 太谷经济开发区 are one zone: same place before the kind of zone. */
function sameZone(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a === b) return true;
  const pa = a.replace(KIND, '');
  const pb = b.replace(KIND, '');
  return pa.length >= 2 && pa === pb;
}

/** "忻州市开发区", "全县开发区": every zone of a city or county, not one zone. */
const CITY_ZONES = /^[\u4e00-\u9fff]{0,4}(?:市|县|省)(?:各)?(?:开发区|园区)$/;

/** "大同市“三个一批”活动…", "阳泉市各开发区…": a city or county as the subject of a sentence. */
const CITY_OPENING = /^[^,。;]{0,12}?[\u4e00-\u9fff]{2,3}[市县](?=[“"]|三个一批|各|开发区|共|集中|全年|今年|累计)/;

/**
 * What a sentence's opening says of the subject: true for a city or county, false for a zone
 * (named or said generically), null for neither (`found`: the zones named in the opening).
 */
function readOpeningSubject(opening: string, found: readonly ZoneMatch[]): boolean | null {
  if (found.some((m) => !GENERIC_ZONE.test(m.printed) && !CITY_ZONES.test(m.printed))) return false;
  if (CITY_OPENING.test(opening) || found.some((m) => CITY_ZONES.test(m.printed))) return true;
  // "开发区今年签约项目10个": the zone itself, said generically, is the subject again.
  if (/^[^,。;]{0,8}?(?:该区|全区|本区|我区|开发区|经开区|高新区|示范区|园区)/.test(opening) && !/全市|全县|全省/.test(opening)) return false;
  return null;
}
