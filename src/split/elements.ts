// Lines → elements. A block is a run of non-blank lines; each block becomes a text paragraph,
// a heading (short standalone lines without sentence punctuation), a byline or a photo caption.
import { isSpace, type SourceLine } from '../read/lines.js';
import { BYLINE_LINE, CAPTION, INLINE_MARKER, NOT_NAMES, PAGE_DATE, PAGE_HEADER_WORDS, SURNAMES, TRAILING_BYLINE, CharClass, isMetaLine, startsWithSourceMarker } from './lexicon.js';

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

/** '#': a markdown headline mark (tested by its code: most lines do not start with one). */
const HASH = 0x23;
const startsWithHash = (text: string): boolean => text.charCodeAt(0) === HASH;

/** Where the text after markdown marks starts: the end of ^#{1,6}\s* (0 without marks). */
function afterHashMarks(text: string): number {
  let i = 0;
  while (i < 6 && text.charCodeAt(i) === HASH) i++;
  if (i === 0) return 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The markdown level of a headline line: its leading '#', at most six (0 without). */
function hashLevel(text: string): number {
  let i = 0;
  while (i < 6 && text.charCodeAt(i) === HASH) i++;
  return i;
}

// Patterns are module constants: a literal inside a function makes a new RegExp at every call.
const NAME_SEPARATORS = /[\s、,，]+/;
const PLACE_OR_BODY_END = /[区园县市省局委部处村镇厂站司队]$/;
const PAGE_JUMP = /^(?:下转|上接|转第|接第|续第|接上)/;
const SPACE_RUNS = /\s+/g;

/** Names of a byline; a word ending like a place or an organisation (综改区, 长治县, 审批局) is none. */
function splitNames(s: string): string[] {
  const names: string[] = [];
  // Most bylines hold one name: the pattern splits only where a separator is.
  for (const x of HAS_NAME_SEPARATOR.test(s) ? s.split(NAME_SEPARATORS) : [s]) {
    if (x.length >= 2 && !NOT_NAMES.has(x) && !PLACE_OR_BODY_END.test(x) && !PAGE_JUMP.test(x)) names.push(x);
  }
  return names;
}
const HAS_NAME_SEPARATOR = /[\s、,，]/;

// The end of a paragraph is read in place as `head + text`: in a column the paragraph so far ends
// with its last two lines, and joining them for every line would copy both (codeAt reads across).

/** Code of character i of head + text (NaN outside). */
function codeAt(head: string, text: string, i: number): number {
  return i < head.length ? head.charCodeAt(i) : text.charCodeAt(i - head.length);
}

/** Index after the last character of head + text that is not white space (0 when there is none). */
function contentEnd(text: string, head = ''): number {
  let end = head.length + text.length;
  while (end > 0 && isSpace(codeAt(head, text, end - 1))) end--;
  return end;
}

/** A character of a personal name in a byline: [\u4e00-\u9fff·]. */
const isNameChar = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0xb7;
/** What sets two names of a byline apart: [\s、,，]. */
const isNameSeparator = (c: number): boolean => isSpace(c) || c === 0x3001 || c === 0x2c || c === 0xff0c;
/** The sentence ends TRAILING_BYLINE's byline follows: [。！？!?”"…]. */
const BYLINE_AFTER = new CharClass('。！？!?”"…');
const isCloseBracket = (c: number): boolean => c === 0x29 || c === 0xff09;
const isOpenBracket = (c: number): boolean => c === 0x28 || c === 0xff08;
/** Characters inside the brackets of a byline: names, prefixes (CJK, 文/图), [\s、,，:：/]. */
const isBracketedBylineChar = (c: number): boolean => isNameChar(c) || isNameSeparator(c) || c === 0x3a || c === 0xff1a || c === 0x2f;
/** A byline after a sentence holds at most this many names (TRAILING_BYLINE's NAMES). */
const MAX_NAMES = 4;

/**
 * A byline follows the end of a sentence and ends with a closing bracket or with a name of two to
 * four characters set off from what precedes it (a longer run of CJK characters at the end is a
 * sentence cut by the line end): cheap tests of head + text before the pattern, which is tried at
 * every position.
 */
function mayEndWithByline(text: string, head = ''): boolean {
  return endMayBeByline(text, head) && bylineShapeAtEnd(text, head);
}

/**
 * Whether trailingByline could find a byline at the end of head + text, read back from the end:
 * brackets holding names (and their prefix), white space before them, then a sentence end
 * ([。！？!?”"…]); or up to four names of two to four name characters set apart by [\s、,，],
 * white space and a ■ before them, then a sentence end — and names glued to the sentence end
 * must start with a surname (trailingByline's plausibility), so one of them at least does.
 * A necessary condition only, read in a few characters: most lines of a column end with a few
 * characters after a comma, and many with the first characters of a sentence (…。近年).
 */
function bylineShapeAtEnd(text: string, head = ''): boolean {
  let i = contentEnd(text, head) - 1;
  if (isCloseBracket(codeAt(head, text, i))) {
    // (记者 王波): a prefix may run into the name (本报记者王小波), so only the characters are read.
    i--;
    while (i >= 0 && isBracketedBylineChar(codeAt(head, text, i))) i--;
    if (!isOpenBracket(codeAt(head, text, i))) return false;
    i--;
    while (i >= 0 && isSpace(codeAt(head, text, i))) i--;
    return BYLINE_AFTER.has(codeAt(head, text, i));
  }
  // Names from the last: a run of name characters is one name, whole (nothing between a sentence
  // end and the end of the text is a name character but the names).
  let surname = false;
  for (let names = 1; ; names++) {
    const nameEnd = i;
    // (A fifth name character already rules the run out: no need to read it to its start.)
    while (i >= 0 && nameEnd - i <= 4 && isNameChar(codeAt(head, text, i))) i--;
    if (nameEnd - i < 2 || nameEnd - i > 4) return false;
    if (SURNAME_CHARS.has(codeAt(head, text, i + 1))) surname = true;
    const separatorEnd = i;
    let spacesOnly = true;
    while (i >= 0 && isNameSeparator(codeAt(head, text, i))) {
      if (!isSpace(codeAt(head, text, i))) spacesOnly = false;
      i--;
    }
    if (i < separatorEnd && isNameChar(codeAt(head, text, i))) {
      if (names === MAX_NAMES) return false;
      continue;
    }
    // Before the first name: white space only, maybe a ■ and white space before it.
    if (!spacesOnly) return false;
    // Names right after the sentence end: one must start with a surname.
    if (i === separatorEnd && !surname && BYLINE_AFTER.has(codeAt(head, text, i))) return false;
    break;
  }
  if (codeAt(head, text, i) === 0x25a0) {
    i--;
    while (i >= 0 && isSpace(codeAt(head, text, i))) i--;
  }
  return BYLINE_AFTER.has(codeAt(head, text, i));
}
/** First characters of a name glued to a sentence end (trailingByline asks for a surname). */
const SURNAME_CHARS = new CharClass([...SURNAMES].join(''));

/** The test of mayEndWithByline on the end of head + text: it reads at most 12 characters from the end. */
function endMayBeByline(text: string, head = ''): boolean {
  const end = contentEnd(text, head);
  if (end === 0 || head.length + text.length - end > 7) return false;
  const last = codeAt(head, text, end - 1);
  if (last === 0x29 || last === 0xff09) return true;
  if (!isNameChar(last)) return false;
  let start = end - 1;
  while (start > 0 && end - start <= 4 && isNameChar(codeAt(head, text, start - 1))) start--;
  return end - start >= 2 && end - start <= 4;
}

/** The byline at the end of a paragraph, if one is there: its names and where it starts. */
export function trailingByline(joined: string): { names: string[]; cut: number } | null {
  return trailingBylineAfter('', joined);
}

/** trailingByline of head + text, joining the two only when the end may be a byline. */
function trailingBylineAfter(head: string, text: string): { names: string[]; cut: number } | null {
  if (!mayEndWithByline(text, head)) return null;
  const joined = head + text;
  // The pattern is anchored at the end: matching only the tail keeps long paragraphs cheap.
  const skip = Math.max(0, joined.length - TAIL);
  const m = TRAILING_BYLINE.exec(skip ? joined.slice(skip) : joined);
  if (!m) return null;
  const names = splitNames(m[3] ?? m[4] ?? '');
  const bracketed = m[3] !== undefined;
  const spaced = (m[2] ?? '').length > 0 || m[0].includes('■');
  // A bare name glued to the full stop could be the start of a cut sentence: ask for a surname.
  const plausible = names.length > 0 && (bracketed || spaced || names.every((n) => SURNAMES.has(n[0] ?? '')));
  return plausible ? { names, cut: skip + m.index + (m[1] ?? '').length } : null;
}

/** Characters of a byline line (BYLINE_LINE) besides name characters (its prefixes are CJK too) and white space. */
const BYLINE_MARKS = new CharClass('■:：/(（)）、,，');

/** Names of a line that is only a byline, or null. */
export function bylineNames(text: string): string[] | null {
  if (text.length > 40) return null;
  // One scan before the pattern: nine name characters in a row are more than a byline holds (four
  // characters of a name after at most four of a prefix, 本报记者王小波), so a headline shows it at
  // once; and a character a byline is not made of (a digit, a full stop) rules the line out.
  let run = 0;
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isNameChar(c)) {
      if (++run === 9) return null;
      continue;
    }
    run = 0;
    if (isSpace(c)) spaced = true;
    else if (!BYLINE_MARKS.has(c)) return null;
  }
  const m = BYLINE_LINE.exec(spaced ? text.replace(SPACE_RUNS, ' ') : text);
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
  // The text after markdown marks, read in place.
  const from = afterHashMarks(text);
  const length = text.length - from;
  // Long headlines name a leader and a whole event; a line standing alone may be longer still.
  if (length === 0 || length > (standalone ? 60 : 45)) return false;
  const opensLead = from === 0 ? startsWithSourceMarker(text) : startsWithSourceMarker(text.slice(from));
  // Inside a column any sentence punctuation rules a line out, and so does a ! or ? before the
  // end: one native search (markdown marks are none of these).
  if (!standalone) return !COLUMN_HEADING_BREAK.test(text) && !opensLead;
  // A line standing alone without any of the marks (most headlines) needs no count.
  if (!HEADING_MARKS.test(text)) return !opensLead;
  // One scan for the punctuation: [,，:：] counted, [。;；] noted, [!！?？] only last.
  let commas = 0;
  let stops = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are CJK ideographs, none of the marks.
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a) commas++;
    else if (c === 0x3002 || c === 0x3b || c === 0xff1b) stops = true;
    else if (isExclamation(c) && i + 1 < text.length && !isLineTerminator(text.charCodeAt(i + 1))) return false;
  }
  if (opensLead) return false;
  if (commas === 0 && !stops) return true;
  return length <= 40 && !stops && !HEADING_BAD_LAST.has(text.charCodeAt(text.length - 1)) && commas <= 2;
}

/** The marks the headline tests read: [,，:：] [。;；] [!！?？]. */
const HEADING_MARKS = /[,，:：。;；!！?？]/;
/** What rules a line inside a column out as a headline line. */
const COLUMN_HEADING_BREAK = /[,，。;；:：]|[!！?？]./;
const isExclamation = (c: number): boolean => c === 0x21 || c === 0xff01 || c === 0x3f || c === 0xff1f;
/** What a regex '.' does not match. */
const isLineTerminator = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** A standalone headline does not end like a cut sentence: [,，:：、]. */
const HEADING_BAD_LAST = new CharClass(',，:：、');

/**
 * The width a wrapped file was cut at: when most non-final lines of multi-line paragraphs have
 * the same raw length, lines of that length continue on the next line (headlines too).
 */
export function wrapWidth(blocks: readonly SourceLine[][]): number | null {
  const inside = new LineLengths();
  for (const b of blocks) for (let i = 0; i + 1 < b.length; i++) inside.add(b[i]!.raw.length);
  return cutWidth(inside);
}

/** wrapWidth from the raw lengths of the lines inside blocks (every line of a block but its last). */
function cutWidth(inside: LineLengths): number | null {
  const { counts, order, total } = inside;
  let best = 0;
  let width = 0;
  for (const len of order) if (counts[len]! > best) { best = counts[len]!; width = len; }
  if (total < 5 || width < 8) return null;
  if (best >= total * 0.6) return width;
  // A short page without blank lines has many headline and byline lines: a cut width still shows
  // as a common length that almost no line exceeds (only lines just over it are left whole).
  let longer = 0;
  for (const len of order) if (len > width + 2) longer += counts[len]!;
  return best >= total * 0.35 && longer <= total * 0.02 ? width : null;
}

/** Raw lengths of lines counted by length (line lengths are small integers). */
class LineLengths {
  /** counts[len]: how many lines have that raw length. */
  readonly counts: number[] = [];
  /** The lengths in the order they first appear: of equally common lengths the first wins. */
  readonly order: number[] = [];
  total = 0;

  add(len: number): void {
    const n = this.counts[len];
    if (n === undefined) this.order.push(len);
    this.counts[len] = (n ?? 0) + 1;
    this.total++;
  }
}

/**
 * A page read in one pass over its lines (it was four): its blocks (runs of non-blank lines), the
 * raw lengths of the lines inside them (each but a block's last), and how many non-blank lines
 * there are and how many of them are short.
 */
interface Page {
  blocks: SourceLine[][];
  inside: LineLengths;
  nonBlank: number;
  short: number;
}

function readPage(lines: readonly SourceLine[]): Page {
  const blocks: SourceLine[][] = [];
  const inside = new LineLengths();
  let nonBlank = 0;
  let short = 0;
  let cur: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
      continue;
    }
    nonBlank++;
    if (l.raw.length <= 32) short++;
    // The block's line before this one is not its last.
    if (cur.length) inside.add(cur[cur.length - 1]!.raw.length);
    cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return { blocks, inside, nonBlank, short };
}

function piece(l: SourceLine, from = 0, to = l.text.length): Piece {
  // The whole line is trimmed already.
  if (from === 0 && to === l.text.length) return { line: l.line, start: l.start, end: l.end, text: l.text, rawLength: l.raw.length };
  const text = l.text.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const t = text.trim();
  return { line: l.line, start: l.start + from + lead, end: l.start + from + lead + t.length, text: t, rawLength: l.raw.length };
}

/**
 * Where a source marker starts a new lead after a headline on the same line (“…路径本刊讯 广灵…”):
 * the line is cut there; -1 when it stays whole.
 */
function inlineMarkerCut(l: SourceLine, next: SourceLine | undefined): number {
  const text = l.text;
  // Every marker ends with 讯, and one after the start of the line (the only ones asked about)
  // ends at index 3 or later: most lines hold none, and a lead's own marker (本刊讯 …) is not
  // searched for again through the whole paragraph. A marker cut by the line end needs a
  // marker's first character last.
  const inside = text.indexOf('讯', 3) >= 0;
  if (!inside && !MARKER_FIRSTS.has(text.charCodeAt(text.length - 1))) return -1;
  if (inside) {
    INLINE_MARKER.lastIndex = 0;
    for (let m = INLINE_MARKER.exec(text); m; m = INLINE_MARKER.exec(text)) {
      if (m.index === 0) continue;
      if (isHeadingLine(text.slice(0, m.index))) return m.index;
    }
  }
  // The wrap may cut the marker itself: “…路径本刊” / “讯 广灵…”.
  const head = next ? cutMarkerStart(text, next.text) : -1;
  if (head > 0 && isHeadingLine(text.slice(0, head))) return head;
  return -1;
}

const MARKERS = ['本刊讯', '本报讯', '科学导报讯'];
/** Characters a marker cut by the line end may end the line with. */
const MARKER_FIRSTS = new CharClass('本刊报科学导');
/** Characters the rest of a cut marker may open the next line with. */
const MARKER_RESTS = new CharClass('刊报讯学导');

/** Where a source marker cut by the line end starts in `text`, or -1. */
function cutMarkerStart(text: string, next: string): number {
  // The last character must start a marker and the next line's first continue one.
  if (!MARKER_FIRSTS.has(text.charCodeAt(text.length - 1)) || !MARKER_RESTS.has(next.charCodeAt(0))) return -1;
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
const CAPTION_FIRSTS = new CharClass('图上下左右▲△↑');
/** CAPTION_OPENING.test(text), the first character tested by its code first. */
const opensCaption = (text: string): boolean => CAPTION_FIRSTS.has(text.charCodeAt(0)) && CAPTION_OPENING.test(text);
const CREDIT_LAST = new CharClass('图摄影供)）');
export const isCaption = (joined: string): boolean => opensCaption(joined) || endsWithCredit(joined);
/** The credit test of isCaption: it reads the last TAIL characters only. */
const endsWithCredit = (text: string): boolean =>
  mayEndWithCredit(text) && CAPTION.test(text.length > TAIL ? text.slice(-TAIL) : text);

/** What CAPTION's credits end with: 供图, 摄, 摄影, 提供; inside brackets 供图, 摄, 摄影 before the bracket. */
const TU = 0x56fe; // 图
const GONG = 0x4f9b; // 供
const SHE = 0x6444; // 摄
const YING = 0x5f71; // 影
const TI = 0x63d0; // 提

/**
 * The end of a credit (after at most two spaces), read before CAPTION is tried at every position
 * of the tail: 供图, 摄, 摄影 or 提供, or in brackets 供图, 摄, 摄影 before the closing bracket. A
 * paragraph closing with a byline in brackets, (王波), or a word in 图 (蓝图) ends with no credit.
 */
function mayEndWithCredit(text: string): boolean {
  let end = contentEnd(text);
  if (end === 0 || text.length - end > 2) return false;
  const last = text.charCodeAt(end - 1);
  if (isCloseBracket(last)) end--;
  else if (last === GONG) return text.charCodeAt(end - 2) === TI;
  // 供图, 摄, 摄影 end at `end`.
  const word = text.charCodeAt(end - 1);
  return word === SHE || (word === TU && text.charCodeAt(end - 2) === GONG) || (word === YING && text.charCodeAt(end - 2) === SHE);
}

/** isCaption of the lines' texts run together, joining them only when the last character may end a credit. */
function linesAreCaption(lines: readonly SourceLine[]): boolean {
  // Lines in a block are trimmed and not empty: the opening is read from the first line when it
  // holds two characters (the longest opening), the end from the last line.
  const first = lines[0]!.text;
  if (first.length < 2) return isCaption(joinTexts(lines));
  const lastLine = lines[lines.length - 1]!.text;
  return opensCaption(first) || (CREDIT_LAST.has(lastLine.charCodeAt(lastLine.length - 1)) && isCaption(joinTexts(lines)));
}

/** The lines' texts run together. */
function joinTexts(lines: readonly SourceLine[]): string {
  let t = '';
  for (const l of lines) t += l.text;
  return t;
}

/** The pieces' text run together (one piece: its own text, no copy). */
function joinPieces(pieces: readonly Piece[]): string {
  if (pieces.length === 1) return pieces[0]!.text;
  let t = '';
  for (const p of pieces) t += p.text;
  return t;
}

const element = (kind: ElementKind, pieces: Piece[], authors: string[] = [], level = 0, lead = false): Element => ({
  kind, pieces, level, lead, authors, bylinePiece: null,
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

/**
 * The pieces are not joined whole to test how a paragraph of many lines opens and ends: the tests
 * of its start read at most six characters, those of its end the last TAIL characters.
 */
const OPENING = 6;

/** The start of the pieces' text run together: the first piece when it is long enough for the opening tests. */
function openingText(pieces: readonly Piece[]): string {
  return pieces[0]!.text.length >= OPENING ? pieces[0]!.text : joinPieces(pieces);
}

/** The end of the pieces' text run together: at least TAIL characters (all of it when shorter). */
function closingText(pieces: readonly Piece[]): string {
  let k = pieces.length - 1;
  let t = pieces[k]!.text;
  while (t.length < TAIL && k > 0) t = pieces[--k]!.text + t;
  return t;
}

/**
 * Whether the pieces' text ends with a photo credit: its last characters are read in the last
 * piece (trimmed, so two of them are enough) before the closing text is joined.
 */
function piecesEndWithCredit(pieces: readonly Piece[]): boolean {
  const last = pieces[pieces.length - 1]!.text;
  return (last.length < 2 || mayEndWithCredit(last)) && endsWithCredit(closingText(pieces));
}

/** A text paragraph, with a byline at its end split off. `lead`: the text opens with a source marker. */
function textElement(pieces: Piece[], lead: boolean): Element {
  // endMayBeByline reads at most six characters of a trimmed text: the last piece is asked first.
  const last = pieces[pieces.length - 1]!.text;
  if (last.length >= 6 && !endMayBeByline(last)) return element('text', pieces, [], 0, lead);
  const closing = closingText(pieces);
  const by = trailingByline(closing);
  if (!by) return element('text', pieces, [], 0, lead);
  const names = by.names;
  // Offsets in the closing text, and in the whole text (which ends with it).
  let length = 0;
  for (const p of pieces) length += p.text.length;
  const cut = length - closing.length + by.cut;
  const from = locate(pieces, cut);
  const kept = pieces.slice(0, from.index);
  const host = pieces[from.index]!;
  if (from.at > 0) kept.push({ ...host, text: host.text.slice(0, from.at), end: host.start + from.at });
  const bylinePiece: Piece = { ...host, start: host.start + from.at, text: closing.slice(by.cut).trim(), end: pieces[pieces.length - 1]!.end };
  return { kind: 'text', pieces: kept.length ? kept : pieces, level: 0, lead, authors: names, bylinePiece };
}

export function toElements(lines: readonly SourceLine[]): Element[] {
  const page = readPage(lines);
  const blocks = page.blocks;
  const width = cutWidth(page.inside);
  const column = width !== null || isColumnLayout(page);
  const paragraphs: SourceLine[][] = [];
  if (column) {
    const colWidth = columnWidth(page.inside);
    for (const b of blocks) splitColumnBlock(paragraphs, b, width, colWidth);
  } else {
    for (const b of blocks) for (const l of b) paragraphs.push([l]);
  }
  const standalone = !column;

  const out: Element[] = [];
  // The start of a marker cut by the line end (…路径本刊 / 讯 …) opens the next paragraph.
  let carry: Piece | null = null;
  for (let k = 0; k < paragraphs.length; k++) {
    const block = paragraphs[k]!;
    const following = k + 1 < paragraphs.length ? paragraphs[k + 1]![0] : undefined;
    // A headline run into the next lead on one line ends the group of pieces there.
    let group: Piece[] = carry ? [carry] : [];
    carry = null;
    for (let i = 0; i < block.length; i++) {
      const l = block[i]!;
      // lines[l.line] is the source line after l (line numbers are 1-based).
      const next = l.line < lines.length ? lines[l.line] : undefined;
      const cut = inlineMarkerCut(l, next);
      if (cut < 0) {
        group.push(piece(l));
        continue;
      }
      group.push(piece(l, 0, cut));
      const rest = piece(l, cut);
      if (i === block.length - 1 && cutMarkerStart(l.text, next?.text ?? '') >= 0 && following === next) {
        carry = rest;
      } else {
        classifyBlock(out, group, width, standalone, column && startsWithSourceMarker(rest.text));
        group = [rest];
      }
    }
    // In a column, the lines right above a lead stand apart as its headline: commas allowed.
    classifyBlock(out, group, width, standalone, column && following !== undefined && startsWithSourceMarker(following.text));
  }
  return out;
}

/** Most lines short: text copied out of narrow columns, or wrapped at a fixed width. */
function isColumnLayout(page: Page): boolean {
  // The 75th percentile of line lengths is at most 32 when more than three lines in four are.
  const n = page.nonBlank;
  if (n < 10) return false;
  return page.short >= Math.floor(n * 0.75) + 1;
}

/** [。！？!?…]: a finished sentence. */
const SENTENCE_MARKS = new CharClass('。！？!?…');
/** [”"’)）]: what may close a finished sentence. */
const SENTENCE_CLOSERS = new CharClass('”"’)）');
/** Characters inside the brackets of a byline closing a sentence: [\u4e00-\u9fff·\s、]. */
const isBracketNameChar = (c: number): boolean => isNameChar(c) || isSpace(c) || c === 0x3001;

/**
 * A finished sentence, or a bracketed byline, at the end of a line: the pattern
 * /(?:[。！？!?…][”"’)）]?|[(（][\u4e00-\u9fff·\s、]{2,16}[)）])$/, read back from the end (a
 * pattern anchored at the end is tried at every position of the line).
 */
export function endsSentence(text: string, head = ''): boolean {
  const n = head.length + text.length;
  const last = codeAt(head, text, n - 1);
  if (SENTENCE_MARKS.has(last)) return true;
  if (SENTENCE_CLOSERS.has(last) && SENTENCE_MARKS.has(codeAt(head, text, n - 2))) return true;
  if (!isCloseBracket(last)) return false;
  // A run of 2–16 bracket characters right before the closing bracket, opened by a bracket.
  let start = n - 1;
  while (start > 0 && n - 1 - start <= 16 && isBracketNameChar(codeAt(head, text, start - 1))) start--;
  const run = n - 1 - start;
  return run >= 2 && run <= 16 && isOpenBracket(codeAt(head, text, start - 1));
}

/** Typical length of a line inside a paragraph (the column width). */
function columnWidth(inside: LineLengths): number {
  // The median by counting: line lengths are small integers, and this runs on every column file.
  const { counts, total } = inside;
  let rank = Math.floor(total / 2);
  for (let len = 0; len < counts.length; len++) {
    rank -= counts[len] ?? 0;
    if (rank < 0) return len;
  }
  return 0;
}

/** A line cut at the wrap width (it continues on the next line). */
const cutAtWidth = (l: SourceLine, width: number | null): boolean => width !== null && l.raw.length === width;

/**
 * In a column layout one paragraph spans many lines, so blank lines are the main separators;
 * without them a headline still stands out: it follows a finished sentence (or a byline) and
 * has no sentence punctuation, it is shorter or longer than a column line, or a line opening
 * with a source marker follows it. A line cut at the exact wrap width always continues.
 * The block's paragraphs are added to `into`.
 */
function splitColumnBlock(into: SourceLine[][], block: SourceLine[], width: number | null, column: number): void {
  // A caption paragraph stays whole; a block holding a lead or a markdown headline (a file
  // without blank lines) is more than a caption, even when it ends with a photo credit.
  if (block.length <= 8 && !block.some((l) => startsWithSourceMarker(l.text) || startsWithHash(l.text)) && linesAreCaption(block)) {
    into.push(block);
    return;
  }
  const paragraphs: SourceLine[][] = [];
  let cur: SourceLine[] = [];
  // How many lines at the start of the current paragraph look like headline lines.
  let headingLines = 0;
  // One record of facts for every line, filled anew (one per line showed in the collector's time).
  const facts: LineFacts = { cut: false, full: false, wholeParagraph: false, heading: false, allHeadings: false, yearInTail: false };
  // Whether the last two lines hold 年 (a page header's date): each line is asked once, not as
  // the previous line and again as the one before it.
  let yearInPrev = false;
  let yearInBefore = false;
  for (let i = 0; i < block.length; i++) {
    const l = block[i]!;
    const heading = isHeadingLine(l.text);
    const year = l.text.includes('年');
    // (An array read at -1 is a slow property lookup: the index is checked first.)
    const prev = i > 0 ? block[i - 1]! : undefined;
    if (prev) {
      const len = prev.raw.length;
      facts.cut = cutAtWidth(prev, width);
      // As long as a column line: cut at the width, or as long as the typical line (a page may
      // hold natural column lines beside lines cut at a width close to theirs).
      facts.full = (width !== null && len === width) || (len >= column * 0.8 && len <= column * 1.15);
      // A line far longer than the column is a paragraph of its own (a file mixing both layouts).
      facts.wholeParagraph = len > (width ?? column) * 1.5 + 2;
      facts.heading = heading;
      facts.allHeadings = headingLines === cur.length;
      // The line before prev is the paragraph's last but one when the paragraph has two lines.
      facts.yearInTail = yearInPrev || (cur.length > 1 && yearInBefore);
      if (breaksBefore(l, prev, cur, facts)) {
        paragraphs.push(cur);
        cur = [];
        headingLines = 0;
      }
    }
    if (heading && headingLines === cur.length) headingLines++;
    cur.push(l);
    yearInBefore = yearInPrev;
    yearInPrev = year;
  }
  paragraphs.push(cur);
  const headed: SourceLine[][] = [];
  for (let k = 0; k < paragraphs.length; k++) headlineBeforeLead(headed, paragraphs[k]!, k + 1 < paragraphs.length ? paragraphs[k + 1] : undefined, width);
  for (let k = 0; k < headed.length; k++) headlineAboveCaption(into, headed[k]!, k + 1 < headed.length ? headed[k + 1] : undefined);
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
  /** The tail of the paragraph (its last line or two, as breaksBefore reads it) holds 年. */
  yearInTail: boolean;
}

/** Does line `l` open a new paragraph after `prev` (the last line of paragraph `cur`)? */
function breaksBefore(l: SourceLine, prev: SourceLine, cur: readonly SourceLine[], f: Readonly<LineFacts>): boolean {
  const text = l.text;
  // Markdown headings, photo captions and leads stand apart even where no blank line sets them
  // off: no sentence runs on into "本刊讯".
  if (startsWithHash(text) || opensCaption(text) || startsWithSourceMarker(text)) return true;
  // "■ 卫思远" under a subtitle of exactly the wrap width; "■ 王瑞瑞摄" ends a caption instead.
  if (text.charCodeAt(0) === 0x25a0 && isSignedByline(text) && !isCaption(text)) return true;
  const prevText = prev.text;
  if (f.cut) {
    // A line cut at the wrap width runs on, unless it ends with a byline set off by a space or
    // brackets (…。 叶芝 / 花 is a name cut by the wrap, …。 襄垣经开 / 区供图 a credit cut by it).
    return f.heading && endsWithSetOffByline(prevText)
      && trailingByline(prevText + text) === null && !isCaption(prevText + text);
  }
  // A line ending in a source marker runs on into the next one.
  const prevLast = prevText.charCodeAt(prevText.length - 1);
  if ((prevLast === 0x8baf || prevLast === 0x62a5) && ENDS_WITH_MARKER.test(prevText)) return false;
  // The end of the paragraph so far: a closing bracket may have been cut onto a line of its own.
  // It is joined only where a test reads it whole: a test of the end reads the last line alone.
  // Tests of the tail read `before` and `prevText` in place (see codeAt).
  const before = cur.length > 1 ? cur[cur.length - 2]!.text : '';
  if (startsWithHash(prevText) || isCaption(prevText) || (f.yearInTail && isPageHeaderAfter(before, prevText)) || isMetaLine(prevText)) return true;
  // A trimmed line of six characters or more ends as the tail does for endMayBeByline: that cheap
  // test of the last line alone comes first.
  const byline = prevText.length < 6 || endMayBeByline(prevText) ? trailingBylineAfter(before, prevText) : null;
  if (byline !== null && endsWithSetOffByline(before + prevText)) return true;
  if (f.wholeParagraph && endsSentence(prevText)) return true;
  const afterSentence = f.heading && (endsSentence(prevText, before) || byline !== null || bylineNames(prevText) !== null);
  const afterHeadline = f.allHeadings && !f.full && (!f.heading || isSignedByline(text));
  return afterSentence || afterHeadline;
}
const ENDS_WITH_MARKER = /(?:本刊讯|本报讯|科学导报讯?)$/;

/**
 * The lines between the last finished sentence of a paragraph and the lead that follows it are
 * that lead's headline group (zone line, headline — commas allowed — lines cut at the width
 * joined), when they look like one: a few short lines without full stops. The block, or its two
 * parts, are added to `into`.
 */
function headlineBeforeLead(into: SourceLine[][], block: SourceLine[], next: SourceLine[] | undefined, width: number | null): void {
  const at = headlineStart(block, next, width);
  if (at <= 0 || at >= block.length) into.push(block);
  else into.push(block.slice(0, at), block.slice(at));
}

/** Where the headline group before a lead starts in `block`: 0 or block.length when there is none to split off. */
function headlineStart(block: SourceLine[], next: SourceLine[] | undefined, width: number | null): number {
  if (!next?.[0] || !startsWithSourceMarker(next[0].text) || block.length < 2) return 0;
  let from = block.length;
  let logical = 0;
  while (from > 0) {
    // One logical line: a line, with the lines cut at the width before it.
    let start = from - 1;
    // A cut line that ends a sentence (…早开工。 at exactly the width) is no headline's start.
    while (start > 0 && cutAtWidth(block[start - 1]!, width) && !endsSentence(block[start - 1]!.text)) start--;
    const text = joinTexts(block.slice(start, from));
    const before = start > 0 ? block[start - 1]! : undefined;
    if (isPageHeader(text) || isMetaLine(text) || isCaption(text)) return from;
    if (!isHeadingLine(text, true) || ++logical > 4) break;
    from = start;
    if (!before || endsSentence(before.text) || endsWithSetOffByline(before.text) || bylineNames(before.text) !== null || isCaption(before.text) || isPageHeader(before.text) || isMetaLine(before.text)) {
      return from;
    }
  }
  return 0;
}

/** A line that is a byline by its form (■, 记者, brackets) or whose names all start with a surname. */
function isSignedByline(text: string): boolean {
  const names = bylineNames(text);
  return !!names && (SIGNED_FORM.test(text) || names.every((n) => SURNAMES.has(n[0] ?? '')));
}
const SIGNED_FORM = /^[■(（]|记者|通讯员/;

/** …。 李阳 / …。 (王波): a byline that cannot be the start of a sentence cut at the line end. */
function endsWithSetOffByline(text: string): boolean {
  if (!mayEndWithByline(text)) return false;
  const m = TRAILING_BYLINE.exec(text);
  return !!m && (m[3] !== undefined || (m[2] ?? '').length > 0) && trailingByline(text) !== null;
}

/**
 * A headline group and a short photo caption with no line between them: when a lead follows,
 * the lines above the caption are the headline of that lead, not the caption's first words.
 * The block, or its two parts, are added to `into`.
 */
function headlineAboveCaption(into: SourceLine[][], block: SourceLine[], next: SourceLine[] | undefined): void {
  if (block.length >= 2 && next?.[0] && startsWithSourceMarker(next[0].text)) {
    // The caption is the last line or two (…现场。 / 综改区供图); every line above it a headline line.
    for (let k = 1; k <= 2 && k < block.length; k++) {
      const above = block.slice(0, -k);
      const caption = block.slice(-k);
      if (isCaption(joinTexts(caption)) && above.every((l) => isHeadingLine(l.text))) {
        into.push(above, caption);
        return;
      }
    }
  }
  into.push(block);
}

/** A page header line with the issue date (2026年1月20日 星期二 第3版), not a headline. */
export function isPageHeader(text: string): boolean {
  return text.length <= 40 && text.includes('年') && PAGE_DATE.test(text) && PAGE_HEADER_WORDS.test(text) && !NO_PAGE_HEADER.test(text);
}
const NO_PAGE_HEADER = /[,，。]/;

/** isPageHeader of head + text, joined only when the two could be one. */
function isPageHeaderAfter(head: string, text: string): boolean {
  return head.length + text.length <= 40 && isPageHeader(head + text);
}

/** The elements of a paragraph (a group of pieces), added to `out`. */
function classifyBlock(out: Element[], pieces: Piece[], width: number | null, standalone: boolean, beforeLead: boolean): void {
  const single = pieces.length === 1;
  // A page header or an editor credit may be cut in two by the wrap width.
  const cutOnce = pieces.length === 2 && width !== null && pieces[0]!.rawLength === width;
  if (single || cutOnce) {
    const joined = joinPieces(pieces);
    if (isMetaLine(joined) || isPageHeader(joined)) {
      out.push(element('caption', pieces));
      return;
    }
  }
  const opening = openingText(pieces);
  const lead = startsWithSourceMarker(opening);
  if (!lead && (opensCaption(opening) || piecesEndWithCredit(pieces))) {
    out.push(element('caption', pieces));
    return;
  }

  if (single) {
    const names = bylineNames(pieces[0]!.text);
    if (names) {
      out.push(element('byline', pieces, names));
      return;
    }
  }

  // A block opening with a source marker is a lead, even one cut into short lines (本刊 / 讯 …).
  if (pieces.length <= 4 && !lead && isHeadlineGroup(out, pieces, width, standalone, beforeLead)) return;

  // The last line alone may be a byline under a paragraph: …发展。 / 王波
  const last = pieces[pieces.length - 1]!;
  const prev = pieces.length > 1 ? pieces[pieces.length - 2]! : undefined;
  if (prev && endsSentence(prev.text)) {
    const names = bylineNames(last.text);
    if (names) {
      const above = pieces.slice(0, -1);
      out.push(textElement(above, startsWithSourceMarker(openingText(above))), element('byline', [last], names));
      return;
    }
  }
  out.push(textElement(pieces, lead));
}

/**
 * Headings, when every logical headline of the pieces (a line cut at the wrap width continues on
 * the next one) looks like one: they are added to `out`. False, adding nothing, otherwise.
 */
function isHeadlineGroup(out: Element[], pieces: Piece[], width: number | null, standalone: boolean, beforeLead: boolean): boolean {
  if (pieces.length === 1) {
    if (!isHeadingLine(pieces[0]!.text, beforeLead || standalone)) return false;
    out.push(element('heading', pieces, [], hashLevel(pieces[0]!.text)));
    return true;
  }
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    run.push(p);
    const continues = width !== null && p.rawLength === width && i + 1 < pieces.length && !startsWithHash(pieces[i + 1]!.text);
    if (!continues) {
      runs.push(run);
      run = [];
    }
  }
  const commasAllowed = beforeLead || (standalone && runs.length === 1);
  for (const r of runs) if (!isHeadingLine(joinPieces(r), commasAllowed)) return false;
  for (const r of runs) out.push(element('heading', r, [], hashLevel(r[0]!.text)));
  return true;
}

/** Plain text of a heading element, markdown marks removed, wrapped pieces joined. */
export function headingText(e: Element): string {
  let t = '';
  for (const p of e.pieces) t += startsWithHash(p.text) ? p.text.slice(afterHashMarks(p.text)) : p.text;
  return t.trim();
}

/** Running text of an element (pieces joined without the line breaks). */
export function elementText(e: Element): string {
  return joinPieces(e.pieces);
}
