// The splitter's lines → elements step as it was before it was rewritten for speed (commit 8f076dd):
// kept unchanged as the reference the differential tests compare the rewrite with.
// Lines → elements. A block is a run of non-blank lines; each block becomes a text paragraph,
// a heading (short standalone lines without sentence punctuation), a byline or a photo caption.
import { isSpace, type SourceLine } from '../../src/read/lines.js';
import { BYLINE_LINE, CAPTION, INLINE_MARKER, META_LINE, NOT_NAMES, PAGE_DATE, PAGE_HEADER_WORDS, SOURCE_MARKER, SURNAMES, TRAILING_BYLINE } from '../../src/split/lexicon.js';
import { charCodeSet } from '../../src/read/char-codes.js';

/** caption: photo captions and page furniture (editor credits, page headers), read by no one. */
export type ElementKind = 'text' | 'heading' | 'byline' | 'caption';

/** A piece of a source line: [start, end) offsets into the decoded input. */
export interface Piece {
  line: number;
  start: number;
  end: number;
  /** Width-folded text of the piece. */
  text: string;
  /** Characters of the raw line before the piece: wrapped lines are cut by raw length. */
  rawLength: number;
}

export interface Element {
  kind: ElementKind;
  pieces: Piece[];
  /** Heading: markdown level (# = 1), 0 without markdown. */
  level: number;
  /** Text: starts with a source marker (科学导报, 本刊讯 …). */
  lead: boolean;
  /** Byline names (byline elements, and text paragraphs that end with one). */
  authors: string[];
  /** Text: the byline at its end, as a piece of the last line (not running text). */
  bylinePiece: Piece | null;
}

const PUNCT_SENTENCE = /[,，。;；:：]/;
/** '#': a markdown headline mark (tested by its code: most lines do not start with one). */
const HASH = 0x23;
const startsWithHash = (text: string): boolean => text.charCodeAt(0) === HASH;

/** Names of a byline; a word ending like a place or an organisation (综改区, 长治县, 审批局) is none. */
function splitNames(s: string): string[] {
  return s.split(/[\s、,，]+/).filter((x) => x.length >= 2 && !NOT_NAMES.has(x) && !/[区园县市省局委部处村镇厂站司队]$/.test(x) && !/^(?:下转|上接|转第|接第|续第|接上)/.test(x));
}

/** Index after the last character that is not white space (0 when there is none). */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The last character before at most `spaces` white space characters, by code; -1 when none is. */
function lastCode(text: string, spaces: number): number {
  const end = contentEnd(text);
  return end > 0 && text.length - end <= spaces ? text.charCodeAt(end - 1) : -1;
}

/** A character of a personal name in a byline: [\u4e00-\u9fff·]. */
const isNameChar = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0xb7;
const SENTENCE_MARK = /[。！？!?”"…]/;

/**
 * A byline follows the end of a sentence and ends with a closing bracket or with a name of two to
 * four characters set off from what precedes it (a longer run of CJK characters at the end is a
 * sentence cut by the line end): cheap tests before the pattern, which is tried at every position.
 */
function mayEndWithByline(text: string): boolean {
  return endMayBeByline(text) && SENTENCE_MARK.test(text);
}

/** The test of mayEndWithByline on the end of the text: it reads at most 12 characters from the end. */
function endMayBeByline(text: string): boolean {
  const end = contentEnd(text);
  if (end === 0 || text.length - end > 7) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 0x29 || last === 0xff09) return true;
  if (!isNameChar(last)) return false;
  let start = end - 1;
  while (start > 0 && end - start <= 4 && isNameChar(text.charCodeAt(start - 1))) start--;
  return end - start >= 2 && end - start <= 4;
}

/** The byline at the end of a paragraph, if one is there: its names and where it starts. */

export function trailingByline(joined: string): { names: string[]; cut: number } | null {
  if (!mayEndWithByline(joined)) return null;
  // The pattern is anchored at the end: matching only the tail keeps long paragraphs cheap.
  const skip = Math.max(0, joined.length - TAIL);
  const m = TRAILING_BYLINE.exec(skip ? joined.slice(skip) : joined);
  if (!m) return null;
  const names = splitNames(m[3] ?? m[4] ?? '');
  const bracketed = m[3] !== undefined;
  const spaced = (m[2] ?? '').length > 0 || /■/.test(m[0]);
  // A bare name glued to the full stop could be the start of a cut sentence: ask for a surname.
  const plausible = names.length > 0 && (bracketed || spaced || names.every((n) => SURNAMES.has(n[0] ?? '')));
  return plausible ? { names, cut: skip + m.index + (m[1] ?? '').length } : null;
}

/**
 * Nine name characters in a row: more than a byline holds (four characters of a name after at
 * most four of a prefix, 本报记者王小波), so a headline shows it at once.
 */
const LONG_NAME_RUN = /[\u4e00-\u9fff·]{9}/;

/** Names of a line that is only a byline, or null. */
export function bylineNames(text: string): string[] | null {
  if (text.length > 40 || LONG_NAME_RUN.test(text)) return null;
  const m = BYLINE_LINE.exec(text.replace(/\s+/g, ' '));
  if (!m) return null;
  const names = splitNames(m[1] ?? m[2] ?? '');
  if (names.length === 0) return null;
  // Four characters alone on a line are more often a phrase (招商引资) than a name.
  if (names.some((n) => n.length === 4 && !SURNAMES.has(n[0] ?? ''))) return null;
  return names;
}

/**
 * Headlines do not carry full stops and rarely commas; an exclamation/question mark only at the
 * end. `standalone`: a line that stands alone (not inside a column of text) may carry a comma or
 * a colon (陶瓷产业园5个项目集中签约，总投资28亿元) as long as it does not end like a cut sentence.
 */
export function isHeadingLine(text: string, standalone = false): boolean {
  const t = text.charCodeAt(0) === HASH ? text.replace(/^#{1,6}\s*/, '') : text;
  // Long headlines name a leader and a whole event; a line standing alone may be longer still.
  if (!t || t.length > (standalone ? 60 : 45)) return false;
  // Inside a column any sentence punctuation rules a line out: the test most lines fail comes first.
  const punctuated = PUNCT_SENTENCE.test(t);
  if (punctuated && !standalone) return false;
  if (SOURCE_MARKER.test(t)) return false;
  if (/[!！?？]./.test(t)) return false;
  if (!punctuated) return true;
  if (t.length > 40 || /[。;；]/.test(t) || /[,，:：、]$/.test(t)) return false;
  return (t.match(/[,，:：]/g) ?? []).length <= 2;
}

/**
 * The width a wrapped file was cut at: when most non-final lines of multi-line paragraphs have
 * the same raw length, lines of that length continue on the next line (headlines too).
 */
export function wrapWidth(blocks: readonly SourceLine[][]): number | null {
  const counts = new Map<number, number>();
  let total = 0;
  for (const b of blocks) {
    for (let i = 0; i + 1 < b.length; i++) {
      const len = (b[i]?.raw ?? '').length;
      counts.set(len, (counts.get(len) ?? 0) + 1);
      total++;
    }
  }
  let best = 0;
  let width = 0;
  for (const [len, n] of counts) if (n > best) { best = n; width = len; }
  if (total < 5 || width < 8) return null;
  if (best >= total * 0.6) return width;
  // A short page without blank lines has many headline and byline lines: a cut width still shows
  // as a common length that almost no line exceeds (only lines just over it are left whole).
  let longer = 0;
  for (const [len, n] of counts) if (len > width + 2) longer += n;
  return best >= total * 0.35 && longer <= total * 0.02 ? width : null;
}

function piece(l: SourceLine, from = 0, to = l.text.length): Piece {
  // The whole line is trimmed already.
  if (from === 0 && to === l.text.length) return { line: l.line, start: l.start, end: l.end, text: l.text, rawLength: l.raw.length };
  const text = l.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  return { line: l.line, start: l.start + from + lead, end: l.start + from + lead + t.length, text: t, rawLength: l.raw.length };
}

/** Splits a line where a source marker starts a new lead after a headline (“…路径本刊讯 广灵…”). */
function splitAtInlineMarker(l: SourceLine, next: SourceLine | undefined): Piece[] {
  // Every marker ends with 讯; most lines hold none, and a marker cut by the line end needs a marker's first character last.
  if (!l.text.includes('讯') && !MARKER_FIRSTS.includes(l.text[l.text.length - 1] ?? '\n')) return [piece(l)];
  INLINE_MARKER.lastIndex = 0;
  for (let m = INLINE_MARKER.exec(l.text); m; m = INLINE_MARKER.exec(l.text)) {
    if (m.index === 0) continue;
    const before = l.text.slice(0, m.index);
    if (isHeadingLine(before)) return [piece(l, 0, m.index), piece(l, m.index)];
  }
  // The wrap may cut the marker itself: “…路径本刊” / “讯 广灵…”.
  const head = next ? cutMarkerStart(l.text, next.text) : -1;
  if (head > 0 && isHeadingLine(l.text.slice(0, head))) return [piece(l, 0, head), piece(l, head)];
  return [piece(l)];
}

const MARKERS = ['本刊讯', '本报讯', '科学导报讯'];
/** Characters a marker cut by the line end may end the line with. */
const MARKER_FIRSTS = '本刊报科学导';

/** Where a source marker cut by the line end starts in `text`, or -1. */
function cutMarkerStart(text: string, next: string): number {
  // The last character must start a marker and the next line's first continue one.
  if (!/[本刊报科学导]$/.test(text) || !/^[刊报讯学导]/.test(next)) return -1;
  for (const marker of MARKERS) {
    for (let k = 1; k < marker.length; k++) {
      if (text.endsWith(marker.slice(0, k)) && next.startsWith(marker.slice(k))) return text.length - k;
    }
  }
  return -1;
}

/** Bylines and photo credits sit at the end of a paragraph: only this many characters are searched. */
const TAIL = 64;
/** A credit ends in 供图/摄/摄影/提供, maybe inside brackets: check the last character first. */
const CAPTION_OPENING = /^(?:图为|上图|下图|左图|右图|▲|△|↑)/;
const CREDIT_LAST = charCodeSet('图摄影供)）');
export const isCaption = (joined: string): boolean =>
  CAPTION_OPENING.test(joined)
  || (CREDIT_LAST.has(lastCode(joined, 2)) && CAPTION.test(joined.length > TAIL ? joined.slice(-TAIL) : joined));

/** The pieces' text run together (one piece: its own text, no copy). */
function joinPieces(pieces: readonly Piece[]): string {
  if (pieces.length === 1) return pieces[0]!.text;
  let t = '';
  for (const p of pieces) t += p.text;
  return t;
}

const el = (kind: ElementKind, pieces: Piece[], extra: { level?: number; lead?: boolean; authors?: string[] } = {}): Element => ({
  kind, pieces, level: extra.level ?? 0, lead: extra.lead ?? false, authors: extra.authors ?? [], bylinePiece: null,
});

/** Offsets of character i of the concatenation of pieces. */
function locate(pieces: readonly Piece[], i: number): { index: number; at: number } {
  let rest = i;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k]!;
    if (rest < p.text.length) return { index: k, at: rest };
    rest -= p.text.length;
  }
  const last = pieces.length - 1;
  return { index: last, at: pieces[last]?.text.length ?? 0 };
}

/** A text paragraph, with a byline at its end split off. */
function textElement(pieces: Piece[], joined = joinPieces(pieces)): Element[] {
  const e = el('text', pieces, { lead: SOURCE_MARKER.test(joined) });
  const by = trailingByline(joined);
  if (by) {
    const { names, cut } = by;
    const from = locate(pieces, cut);
    const kept = pieces.slice(0, from.index);
    const host = pieces[from.index]!;
    if (from.at > 0) kept.push({ ...host, text: host.text.slice(0, from.at), end: host.start + from.at });
    const bylinePiece: Piece = { ...host, start: host.start + from.at, text: joined.slice(cut).trim(), end: pieces[pieces.length - 1]!.end };
    return [{ ...e, pieces: kept.length ? kept : pieces, authors: names, bylinePiece }];
  }
  return [e];
}

export function toElements(lines: readonly SourceLine[]): Element[] {
  const blocks: SourceLine[][] = [];
  let cur: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else {
      cur.push(l);
    }
  }
  if (cur.length) blocks.push(cur);
  const width = wrapWidth(blocks);
  const column = width !== null || isColumnLayout(lines);
  const colWidth = column ? columnWidth(blocks) : 0;
  const paragraphs: SourceLine[][] = [];
  for (const b of blocks) {
    if (column) paragraphs.push(...splitColumnBlock(b, width, colWidth));
    else for (const l of b) paragraphs.push([l]);
  }
  const standalone = !column;

  const out: Element[] = [];
  // The start of a marker cut by the line end (…路径本刊 / 讯 …) opens the next paragraph.
  let carry: Piece | null = null;
  paragraphs.forEach((block, k) => {
    // A headline run into the next lead on one line ends the block there.
    const groups: Piece[][] = [carry ? [carry] : []];
    carry = null;
    block.forEach((l, i) => {
      // lines[l.line] is the source line after l (line numbers are 1-based).
      const ps = splitAtInlineMarker(l, lines[l.line]);
      groups[groups.length - 1]!.push(ps[0]!);
      if (ps.length > 1) {
        if (i === block.length - 1 && cutMarkerStart(l.text, lines[l.line]?.text ?? '') >= 0 && paragraphs[k + 1]?.[0] === lines[l.line]) carry = ps[1]!;
        else groups.push([ps[1]!]);
      }
    });
    groups.forEach((g, j) => {
      // In a column, the lines right above a lead stand apart as its headline: commas allowed.
      const next = groups[j + 1]?.[0]?.text ?? paragraphs[k + 1]?.[0]?.text ?? '';
      out.push(...classifyBlock(g, width, standalone, column && SOURCE_MARKER.test(next)));
    });
  });
  return out;
}

/** Most lines short: text copied out of narrow columns, or wrapped at a fixed width. */
function isColumnLayout(lines: readonly SourceLine[]): boolean {
  // The 75th percentile of line lengths is at most 32 when more than three lines in four are.
  let n = 0;
  let short = 0;
  for (const l of lines) {
    if (!l.text) continue;
    n++;
    if (l.raw.length <= 32) short++;
  }
  if (n < 10) return false;
  return short >= Math.floor(n * 0.75) + 1;
}

/** A finished sentence, or a bracketed byline, at the end of a line. */
const SENTENCE_END = /(?:[。！？!?…][”"’)）]?|[(（][\u4e00-\u9fff·\s、]{2,16}[)）])$/;

/** Typical length of a line inside a paragraph (the column width). */
function columnWidth(blocks: readonly SourceLine[][]): number {
  // The median by counting: line lengths are small integers, and this runs on every column file.
  const counts: number[] = [];
  let n = 0;
  for (const b of blocks) {
    for (let i = 0; i + 1 < b.length; i++) {
      const len = b[i]!.raw.length;
      counts[len] = (counts[len] ?? 0) + 1;
      n++;
    }
  }
  let rank = Math.floor(n / 2);
  for (let len = 0; len < counts.length; len++) {
    rank -= counts[len] ?? 0;
    if (rank < 0) return len;
  }
  return 0;
}

/**
 * In a column layout one paragraph spans many lines, so blank lines are the main separators;
 * without them a headline still stands out: it follows a finished sentence (or a byline) and
 * has no sentence punctuation, it is shorter or longer than a column line, or a line opening
 * with a source marker follows it. A line cut at the exact wrap width always continues.
 */
function splitColumnBlock(block: SourceLine[], width: number | null, column: number): SourceLine[][] {
  // A caption paragraph stays whole; a block holding a lead or a markdown headline (a file
  // without blank lines) is more than a caption, even when it ends with a photo credit.
  if (block.length <= 8 && !block.some((l) => SOURCE_MARKER.test(l.text) || startsWithHash(l.text)) && isCaption(block.map((l) => l.text).join(''))) return [block];
  const cut = (l: SourceLine): boolean => width !== null && l.raw.length === width;
  // Each line is asked about as the next line and then as the previous one: ask once.
  const heading = block.map((l) => isHeadingLine(l.text));
  const out: SourceLine[][] = [[]];
  // How many lines at the start of the current paragraph look like headline lines.
  let headingLines = 0;
  for (let i = 0; i < block.length; i++) {
    const l = block[i]!;
    const prev = block[i - 1];
    const cur = out[out.length - 1]!;
    if (prev) {
      const len = prev.raw.length;
      // As long as a column line: cut at the width, or as long as the typical line (a page may
      // hold natural column lines beside lines cut at a width close to theirs).
      const full = (width !== null && len === width) || (len >= column * 0.8 && len <= column * 1.15);
      // A line far longer than the column is a paragraph of its own (a file mixing both layouts).
      const wholeParagraph = len > (width ?? column) * 1.5 + 2;
      const allHeadings = headingLines === cur.length;
      if (breaksBefore(l, prev, cur, { cut: cut(prev), full, wholeParagraph, heading: heading[i]!, allHeadings })) {
        out.push([]);
        headingLines = 0;
      }
    }
    const into = out[out.length - 1]!;
    if (heading[i] && headingLines === into.length) headingLines++;
    into.push(l);
  }
  const paragraphs = out.filter((b) => b.length > 0);
  const headed: SourceLine[][] = [];
  for (let k = 0; k < paragraphs.length; k++) headed.push(...headlineBeforeLead(paragraphs[k]!, paragraphs[k + 1], cut));
  const result: SourceLine[][] = [];
  for (let k = 0; k < headed.length; k++) result.push(...headlineAboveCaption(headed[k]!, headed[k + 1]));
  return result;
}

interface LineFacts {
  /** The previous line is cut at the wrap width. */
  cut: boolean;
  /** The previous line is as long as a column line. */
  full: boolean;
  /** The previous line is far longer than a column line. */
  wholeParagraph: boolean;
  /** The line looks like a headline line. */
  heading: boolean;
  /** Every line of the paragraph so far looks like a headline line. */
  allHeadings: boolean;
}

/** Does line `l` open a new paragraph after `prev` (the last line of paragraph `cur`)? */
function breaksBefore(l: SourceLine, prev: SourceLine, cur: readonly SourceLine[], f: LineFacts): boolean {
  // Markdown headings, photo captions and leads stand apart even where no blank line sets them
  // off: no sentence runs on into "本刊讯".
  if (startsWithHash(l.text) || CAPTION_OPENING.test(l.text) || SOURCE_MARKER.test(l.text)) return true;
  // "■ 卫思远" under a subtitle of exactly the wrap width; "■ 王瑞瑞摄" ends a caption instead.
  if (l.text.charCodeAt(0) === 0x25a0 && isSignedByline(l.text) && !isCaption(l.text)) return true;
  if (f.cut) {
    // A line cut at the wrap width runs on, unless it ends with a byline set off by a space or
    // brackets (…。 叶芝 / 花 is a name cut by the wrap, …。 襄垣经开 / 区供图 a credit cut by it).
    return f.heading && endsWithSetOffByline(prev.text)
      && trailingByline(prev.text + l.text) === null && !isCaption(prev.text + l.text);
  }
  // A line ending in a source marker runs on into the next one.
  const prevLast = prev.text.charCodeAt(prev.text.length - 1);
  if ((prevLast === 0x8baf || prevLast === 0x62a5) && /(?:本刊讯|本报讯|科学导报讯?)$/.test(prev.text)) return false;
  // The end of the paragraph so far: a closing bracket may have been cut onto a line of its own.
  const tail = cur.length > 1 ? cur[cur.length - 2]!.text + prev.text : prev.text;
  if (startsWithHash(prev.text) || isCaption(prev.text) || isPageHeader(tail) || META_LINE.test(prev.text)) return true;
  // The tail ends as the last line does (a trimmed line long enough for the end test): the two
  // lines are joined only when that end could be a byline's.
  const byline = prev.text.length < 6 || endMayBeByline(prev.text) ? trailingByline(tail) : null;
  if (byline !== null && endsWithSetOffByline(tail)) return true;
  if (f.wholeParagraph && SENTENCE_END.test(prev.text)) return true;
  const afterSentence = f.heading && (SENTENCE_END.test(tail) || byline !== null || bylineNames(prev.text) !== null);
  const afterHeadline = f.allHeadings && !f.full && (!f.heading || isSignedByline(l.text));
  return afterSentence || afterHeadline;
}

/**
 * The lines between the last finished sentence of a paragraph and the lead that follows it are
 * that lead's headline group (zone line, headline — commas allowed — lines cut at the width
 * joined), when they look like one: a few short lines without full stops.
 */
function headlineBeforeLead(block: SourceLine[], next: SourceLine[] | undefined, cut: (l: SourceLine) => boolean): SourceLine[][] {
  if (!next?.[0] || !SOURCE_MARKER.test(next[0].text) || block.length < 2) return [block];
  let from = block.length;
  let logical = 0;
  while (from > 0) {
    // One logical line: a line, with the lines cut at the width before it.
    let start = from - 1;
    // A cut line that ends a sentence (…早开工。 at exactly the width) is no headline's start.
    while (start > 0 && cut(block[start - 1]!) && !SENTENCE_END.test(block[start - 1]!.text)) start--;
    const text = block.slice(start, from).map((l) => l.text).join('');
    const before = block[start - 1];
    if (isPageHeader(text) || META_LINE.test(text) || isCaption(text)) return from === block.length ? [block] : [block.slice(0, from), block.slice(from)];
    if (!isHeadingLine(text, true) || ++logical > 4) break;
    from = start;
    if (!before || SENTENCE_END.test(before.text) || endsWithSetOffByline(before.text) || bylineNames(before.text) !== null || isCaption(before.text) || isPageHeader(before.text) || META_LINE.test(before.text)) {
      return from === 0 ? [block] : [block.slice(0, from), block.slice(from)];
    }
  }
  return [block];
}

/** A line that is a byline by its form (■, 记者, brackets) or whose names all start with a surname. */
function isSignedByline(text: string): boolean {
  const names = bylineNames(text);
  return !!names && (/^[■(（]|记者|通讯员/.test(text) || names.every((n) => SURNAMES.has(n[0] ?? '')));
}

/** …。 李阳 / …。 (王波): a byline that cannot be the start of a sentence cut at the line end. */
function endsWithSetOffByline(text: string): boolean {
  if (!mayEndWithByline(text)) return false;
  const m = TRAILING_BYLINE.exec(text);
  return !!m && (m[3] !== undefined || (m[2] ?? '').length > 0) && trailingByline(text) !== null;
}

/**
 * A headline group and a short photo caption with no line between them: when a lead follows,
 * the lines above the caption are the headline of that lead, not the caption's first words.
 */
function headlineAboveCaption(block: SourceLine[], next: SourceLine[] | undefined): SourceLine[][] {
  if (block.length < 2 || !next?.[0] || !SOURCE_MARKER.test(next[0].text)) return [block];
  // The caption is the last line or two (…现场。 / 综改区供图); every line above it a headline line.
  for (let k = 1; k <= 2 && k < block.length; k++) {
    const above = block.slice(0, -k);
    const caption = block.slice(-k);
    if (isCaption(caption.map((l) => l.text).join('')) && above.every((l) => isHeadingLine(l.text))) return [above, caption];
  }
  return [block];
}

/** A page header line with the issue date (2026年1月20日 星期二 第3版), not a headline. */
export function isPageHeader(text: string): boolean {
  return text.length <= 40 && text.includes('年') && PAGE_DATE.test(text) && PAGE_HEADER_WORDS.test(text) && !/[,，。]/.test(text);
}

function classifyBlock(pieces: Piece[], width: number | null, standalone: boolean, beforeLead = false): Element[] {
  const joined = joinPieces(pieces);
  // A page header or an editor credit may be cut in two by the wrap width.
  const cutOnce = pieces.length === 2 && width !== null && pieces[0]!.rawLength === width;
  if ((pieces.length === 1 || cutOnce) && (META_LINE.test(joined) || isPageHeader(joined))) return [el('caption', pieces)];
  if (isCaption(joined) && !SOURCE_MARKER.test(joined)) return [el('caption', pieces)];

  if (pieces.length === 1) {
    const names = bylineNames(pieces[0]!.text);
    if (names) return [el('byline', pieces, { authors: names })];
  }

  // Logical headlines: a line cut at the wrap width continues on the next one.
  const runs: Piece[][] = [];
  if (pieces.length === 1) {
    runs.push(pieces);
  } else {
    let run: Piece[] = [];
    pieces.forEach((p, i) => {
      run.push(p);
      const continues = width !== null && p.rawLength === width && i + 1 < pieces.length && !startsWithHash(pieces[i + 1]!.text);
      if (!continues) { runs.push(run); run = []; }
    });
  }
  const commasAllowed = beforeLead || (standalone && runs.length === 1);
  // A block opening with a source marker is a lead, even one cut into short lines (本刊 / 讯 …).
  if (pieces.length <= 4 && !SOURCE_MARKER.test(joined) && runs.every((r) => isHeadingLine(joinPieces(r), commasAllowed))) {
    return runs.map((r) => el('heading', r, { level: /^(#{1,6})/.exec(r[0]!.text)?.[1]?.length ?? 0 }));
  }

  // The last line alone may be a byline under a paragraph: …发展。 / 王波
  const last = pieces[pieces.length - 1]!;
  const prev = pieces[pieces.length - 2];
  if (prev && SENTENCE_END.test(prev.text)) {
    const names = bylineNames(last.text);
    if (names) return [...textElement(pieces.slice(0, -1)), el('byline', [last], { authors: names })];
  }
  return textElement(pieces, joined);
}

/** Plain text of a heading element, markdown marks removed, wrapped pieces joined. */
export function headingText(e: Element): string {
  let t = '';
  for (const p of e.pieces) t += startsWithHash(p.text) ? p.text.replace(/^#{1,6}\s*/, '') : p.text;
  return t.trim();
}

/** Running text of an element (pieces joined without the line breaks). */
export function elementText(e: Element): string {
  return joinPieces(e.pieces);
}
