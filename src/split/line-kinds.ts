// What a line (or a few lines run together) is by its text: a headline line (markdown marks
// included), a finished sentence, a photo caption or credit, a page header with the issue date.
import { isSpace, type SourceLine } from '../read/lines.js';
import { CAPTION, PAGE_DATE, PAGE_HEADER_WORDS, CharClass, startsWithSourceMarker } from './lexicon.js';
import { TAIL, codeAt, contentEnd, isCloseBracket, isNameChar, isOpenBracket } from './bylines.js';

/** '#': a markdown headline mark (tested by its code: most lines do not start with one). */
const HASH = 0x23;
export const startsWithHash = (text: string): boolean => text.charCodeAt(0) === HASH;

/** The markdown level of a headline line: its leading '#', at most six (0 without). */
export function hashLevel(text: string): number {
  let i = 0;
  while (i < 6 && text.charCodeAt(i) === HASH) i++;
  return i;
}

/** Where the text after markdown marks starts: the end of ^#{1,6}\s* (0 without marks). */
export function afterHashMarks(text: string): number {
  let i = hashLevel(text);
  if (i === 0) return 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The text without its markdown marks (what replacing ^#{1,6}\s* by nothing leaves), not copied when it has none. */
export const withoutHashMarks = (text: string): string => (startsWithHash(text) ? text.slice(afterHashMarks(text)) : text);

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

/** A credit ends in 供图/摄/摄影/提供, maybe inside brackets: check the last character first. */
const CAPTION_OPENING = /^(?:图为|上图|下图|左图|右图|▲|△|↑)/;
const CAPTION_FIRSTS = new CharClass('图上下左右▲△↑');
/** CAPTION_OPENING.test(text), the first character tested by its code first. */
export const opensCaption = (text: string): boolean => CAPTION_FIRSTS.has(text.charCodeAt(0)) && CAPTION_OPENING.test(text);
const CREDIT_LAST = new CharClass('图摄影供)）');
export const isCaption = (joined: string): boolean => opensCaption(joined) || endsWithCredit(joined);
/** The credit test of isCaption: it reads the last TAIL characters only. */
export const endsWithCredit = (text: string): boolean =>
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
export function mayEndWithCredit(text: string): boolean {
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
export function linesAreCaption(lines: readonly SourceLine[]): boolean {
  // Lines in a block are trimmed and not empty: the opening is read from the first line when it
  // holds two characters (the longest opening), the end from the last line.
  const first = lines[0]!.text;
  if (first.length < 2) return isCaption(joinTexts(lines));
  const lastLine = lines[lines.length - 1]!.text;
  return opensCaption(first) || (CREDIT_LAST.has(lastLine.charCodeAt(lastLine.length - 1)) && isCaption(joinTexts(lines)));
}

/** The lines' texts run together. */
export function joinTexts(lines: readonly SourceLine[]): string {
  let t = '';
  for (const l of lines) t += l.text;
  return t;
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

/** A page header line with the issue date (2026年1月20日 星期二 第3版), not a headline. */
export function isPageHeader(text: string): boolean {
  return text.length <= 40 && text.includes('年') && PAGE_DATE.test(text) && PAGE_HEADER_WORDS.test(text) && !NO_PAGE_HEADER.test(text);
}
const NO_PAGE_HEADER = /[,，。]/;

/** isPageHeader of head + text, joined only when the two could be one. */
export function isPageHeaderAfter(head: string, text: string): boolean {
  return head.length + text.length <= 40 && isPageHeader(head + text);
}
