// Bylines: the names under or at the end of a paragraph (…发展。 王波, (记者 王波), a line that is only
// a byline), the checks of their shape read back from a paragraph's end before the patterns run, and
// the in-place reading of `head + text` those checks (and the sentence-end test) share.
import { isSpace } from '../read/lines.js';
import { BYLINE_LINE, NOT_NAMES, SURNAMES, TRAILING_BYLINE, CharClass } from './lexicon.js';

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
export function codeAt(head: string, text: string, i: number): number {
  return i < head.length ? head.charCodeAt(i) : text.charCodeAt(i - head.length);
}

/** Index after the last character of head + text that is not white space (0 when there is none). */
export function contentEnd(text: string, head = ''): number {
  let end = head.length + text.length;
  while (end > 0 && isSpace(codeAt(head, text, end - 1))) end--;
  return end;
}

/** A character of a personal name in a byline: [\u4e00-\u9fff·]. */
export const isNameChar = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || c === 0xb7;
/** What sets two names of a byline apart: [\s、,，]. */
const isNameSeparator = (c: number): boolean => isSpace(c) || c === 0x3001 || c === 0x2c || c === 0xff0c;
/** The sentence ends TRAILING_BYLINE's byline follows: [。！？!?”"…]. */
const BYLINE_AFTER = new CharClass('。！？!?”"…');
export const isCloseBracket = (c: number): boolean => c === 0x29 || c === 0xff09;
export const isOpenBracket = (c: number): boolean => c === 0x28 || c === 0xff08;
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
export function endMayBeByline(text: string, head = ''): boolean {
  const end = contentEnd(text, head);
  if (end === 0 || head.length + text.length - end > 7) return false;
  const last = codeAt(head, text, end - 1);
  if (isCloseBracket(last)) return true;
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
export function trailingBylineAfter(head: string, text: string): { names: string[]; cut: number } | null {
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

/** Bylines and photo credits sit at the end of a paragraph: only this many characters are searched. */
export const TAIL = 64;

/** A line that is a byline by its form (■, 记者, brackets) or whose names all start with a surname. */
export function isSignedByline(text: string): boolean {
  const names = bylineNames(text);
  return !!names && (SIGNED_FORM.test(text) || names.every((n) => SURNAMES.has(n[0] ?? '')));
}
const SIGNED_FORM = /^[■(（]|记者|通讯员/;

/** …。 李阳 / …。 (王波): a byline that cannot be the start of a sentence cut at the line end. */
export function endsWithSetOffByline(text: string): boolean {
  if (!mayEndWithByline(text)) return false;
  const m = TRAILING_BYLINE.exec(text);
  return !!m && (m[3] !== undefined || (m[2] ?? '').length > 0) && trailingByline(text) !== null;
}
