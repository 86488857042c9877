// The cue text the issue-year reasoning reads (runningText, below), the piece map that takes its
// offsets back to the source (RunningText), and the bounds of its sentences, inside which every
// rule of the reasoning reads. Pure.
import { foldWidths } from './lines.js';
import type { MappedText } from './mapped-text.js';
import { charCodeSet, isAsciiDigit as isDigit } from './char-codes.js';

// The running text the year reasoning reads. Its sentences are those of the whole text joined
// into one run per paragraph (a single line break is a cut inside a sentence — PDF columns cut
// anywhere, even inside 2023 —, a blank line ends a paragraph and is kept as one \n; widths
// folded; blanks next to digits and 年月日 dropped), but only the sentences that can hold a cue.
// Every rule of the reasoning reads inside one sentence, and most sentences of a bulletin name
// no year and no date: reading them all was most of the time this stage took.

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
export const NIAN = 0x5e74; // 年
const YUE = 0x6708; // 月
export const RI = 0x65e5; // 日
const JI = 0x5b63; // 季
const SHI = 0x5341; // 十
const WU = 0x4e94; // 五

/** Blanks (space, tab, ideographic and no-break space: blanks once folded) and line breaks. */
const isWhite = (c: number): boolean => (c <= SPACE && (c === SPACE || c === LF || c === CR || c === TAB)) || c === 0x3000 || c === 0xa0;
/** Full-width ASCII, which fold (and foldWidths) turn half-width. */
const isWide = (c: number): boolean => c >= 0xff01 && c <= 0xff5e;
/** Full-width ASCII to half-width, as foldWidths (blanks are the callers' business). */
const fold = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
/** A blank next to a digit or 年/月/日 goes (2023 年 → 2023年). Takes folded codes. */
const gluesBlanks = (c: number): boolean => isDigit(c) || c === NIAN || c === YUE || c === RI;
/** 。;!? and their full-width forms: the characters (besides a blank line) that end a sentence. */
const endsSentence = (c: number): boolean =>
  c === 0x3002 || c === 59 || c === 33 || c === 63 || c === 0xff1b || c === 0xff01 || c === 0xff1f;
/** 一 … 十, as in 前三个月. */
const NUMERALS = charCodeSet('一二三四五六七八九十');
const isNumeral = (c: number): boolean => NUMERALS.has(c);
/** 三 … 七, as in 十四五: the plan periods the rules know. */
const PLAN_NUMERALS = charCodeSet('三四五六七');

/** Line breaks in text[from, to): CR LF is one. */
function breaksIn(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR) {
      breaks++;
      if (text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
    }
  }
  return breaks;
}

/** Start and end of the run of blanks and line breaks around text[at]. */
function runStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isWhite(text.charCodeAt(i - 1))) i--;
  return i;
}
function runEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** 。;!? (either width) and line breaks, by code: one load per character of the backward scan. */
const MAY_END_SENTENCE: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const c of '。;；!！?？\n\r') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Where the sentence holding text[at] (not a blank) starts: after 。;!? or a blank line. */
function rawSentenceStart(text: string, at: number): number {
  for (let i = at; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (!MAY_END_SENTENCE[c]) continue;
    if (endsSentence(c)) return i;
    if (c === LF || c === CR) {
      const from = runStart(text, i - 1);
      const to = runEnd(text, i);
      if (breaksIn(text, from, to) >= 2) return to;
      i = from + 1;
    }
  }
  return 0;
}

/** What can end a sentence: 。;!? (either width) or a line break (if a blank line). */
const SENTENCE_STOP = /[。;；!！?？\n\r]/g;

/** Where the sentence holding text[at] (not a blank) ends: at 。;!? or a blank line, or the end. */
function rawSentenceEnd(text: string, at: number): number {
  const re = SENTENCE_STOP;
  re.lastIndex = at + 1;
  // test, not exec: no match object to allocate, and the native search skips the sentence fast.
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) return i;
    const from = runStart(text, i);
    const to = runEnd(text, i);
    if (breaksIn(text, from, to) >= 2) return from;
    re.lastIndex = to;
  }
  return text.length;
}

/** The non-blank character before text[at] (-1 at the start), blanks and line breaks skipped. */
function codeBefore(text: string, at: number): number {
  const i = runStart(text, at);
  return i > 0 ? fold(text.charCodeAt(i - 1)) : -1;
}

/** The position of the non-blank character after text[at], blanks and line breaks skipped. */
const nextAfter = (text: string, at: number): number => runEnd(text, at + 1);

/**
 * Whether the 年/月/季/十 at text[at] can be part of what a rule reads: a year (2023年, 20\n23年,
 * ２０２３年), 今年, 上半年, a date or a count of months (7月3日, 1-8月, 前三个月), a quarter, a plan
 * period (十四五). Blanks and line breaks are skipped, so this may say yes to more than the rules
 * match, never to less.
 */
function holdsCue(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === JI) return true;
  if (c === SHI) {
    const x = nextAfter(text, at);
    const period = text.charCodeAt(x);
    return PLAN_NUMERALS.has(period) && text.charCodeAt(nextAfter(text, x)) === WU;
  }
  const before = codeBefore(text, at);
  if (c === NIAN) return isDigit(before) || before === 0x4eca || before === 0x534a; // 今, 半
  return isDigit(before) || before === 0x4e2a || isNumeral(before); // 个
}

/** Blanks and line breaks (isWhite), for a native search; and full-width ASCII (isWide). */
const WHITE = /[\t\n\r \u00a0\u3000]/g;
const WHITE_OR_WIDE = /[\t\n\r \u00a0\u3000\uff01-\uff5e]/g;

/**
 * The running text (see runningText) and where its characters come from: it is made of pieces,
 * piece k starting at starts[k] in the running text and standing for the source from
 * sources[k] on, one code unit for one (a stretch copied as it is, or one character written for
 * a run of blanks or for the end of a sentence). A map of every character cost more than the
 * rest of the running text; the reasoning looks up only the few offsets it quotes.
 */
export class RunningText implements MappedText {
  constructor(
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly sources: readonly number[],
    private readonly sourceLength: number,
  ) {}

  /** The offset in the source of text[index]; at text.length, the source's length. */
  sourceOffset(index: number): number {
    if (index >= this.text.length) return this.sourceLength;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.sources[lo]! + index - this.starts[lo]!;
  }

  /** The offset of every character, as a MappedText has it (the tests compare it). */
  get map(): Int32Array {
    const map = new Int32Array(this.text.length + 1);
    for (let i = 0; i <= this.text.length; i++) map[i] = this.sourceOffset(i);
    return map;
  }
}

/** Builds a RunningText from pieces of the source, in order. */
class RunningTextWriter {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private length = 0;
  /** Whether a full-width character was written: then finish folds widths. */
  private wide = false;

  constructor(private readonly text: string) {}

  /**
   * Writes text[from, to) joined: a run of blanks and line breaks holding two breaks or more is
   * one \n, holding one break nothing; a run of blanks only goes next to a digit or 年月日.
   * Most sentences hold no blank at all: what lies between blanks is copied as a slice.
   */
  join(from: number, to: number): void {
    const text = this.text;
    // Searched in the sentence alone: a search in the text would run on past its end.
    const sentence = text.slice(from, to);
    // Until a full-width character is seen, the search looks for those too (the text is folded
    // at the end only if there is one: most have none, and then no search of the whole is needed).
    let re = this.wide ? WHITE : WHITE_OR_WIDE;
    re.lastIndex = 0;
    let i = from;
    while (i < to) {
      const white = re.test(sentence) ? from + re.lastIndex - 1 : to;
      if (white < to && !isWhite(text.charCodeAt(white))) {
        this.wide = true;
        WHITE.lastIndex = re.lastIndex;
        re = WHITE;
        continue;
      }
      if (white > i) this.copy(i, white);
      if (white === to) break;
      let j = white + 1;
      while (j < to && isWhite(text.charCodeAt(j))) j++;
      const breaks = breaksIn(text, white, j);
      if (breaks >= 2) {
        this.put(LF, white);
      } else if (breaks === 0 && !(white > from && gluesBlanks(fold(text.charCodeAt(white - 1)))) && !(j < to && gluesBlanks(fold(text.charCodeAt(j))))) {
        for (let k = white; k < j; k++) this.put(text.charCodeAt(k) === TAB ? TAB : SPACE, k);
      }
      i = j;
      re.lastIndex = j - from;
    }
  }

  /** One character standing for text[at] (widths are folded at the end). */
  put(code: number, at: number): void {
    if (isWide(code)) this.wide = true;
    this.parts.push(String.fromCharCode(code));
    this.starts.push(this.length);
    this.sources.push(at);
    this.length++;
  }

  /** Folds widths (one code unit for one, so the pieces stay). */
  finish(): RunningText {
    const joined = this.parts.join('');
    return new RunningText(this.wide ? foldWidths(joined) : joined, this.starts, this.sources, this.text.length);
  }

  private copy(from: number, to: number): void {
    this.parts.push(this.text.slice(from, to));
    this.starts.push(this.length);
    this.sources.push(from);
    this.length += to - from;
  }
}

/** Any of these starts what holdsCue looks at. */
const CUE_CHAR = /[年月季十]/g;

/** [start, end) of every sentence that can hold a cue, in order, flat. */
function cueSentences(text: string): number[] {
  const found: number[] = [];
  const re = CUE_CHAR;
  re.lastIndex = 0;
  // test, not exec: each match is one character, at lastIndex - 1, and needs no match object.
  while (re.test(text)) {
    const at = re.lastIndex - 1;
    if (!holdsCue(text, at)) continue;
    const end = rawSentenceEnd(text, at);
    found.push(rawSentenceStart(text, at), end);
    re.lastIndex = end;
  }
  return found;
}

/**
 * The running text (see above): every sentence when `every` is set, else only the sentences
 * that can hold a cue, each after the character that ends the sentence before it in the whole
 * running text (its 。;!? or \n), so that what a rule sees before a sentence's start is the same.
 * Offsets map back to `text`. tests/read/issue-date-text.test.ts checks the reasoning on both.
 */
export function runningText(text: string, every = false): RunningText {
  const sentences = every ? [0, text.length] : cueSentences(text);
  const out = new RunningTextWriter(text);
  // Sentences that follow one another are joined as one stretch, the 。;!? or blank line between
  // them written as join writes it, as it would be written before the second (fewer pieces).
  let from = 0;
  let to = -1;
  for (let k = 0; k < sentences.length; k += 2) {
    const start = sentences[k]!;
    const end = sentences[k + 1]!;
    if (every || start === 0) {
      from = start;
      to = end;
      continue;
    }
    const c = text.charCodeAt(start - 1);
    const boundary = endsSentence(c) ? start - 1 : runStart(text, start - 1);
    if (boundary === to) {
      to = end;
      continue;
    }
    if (to >= 0) out.join(from, to);
    out.put(endsSentence(c) ? c : LF, boundary);
    from = start;
    to = end;
  }
  if (to >= 0) out.join(from, to);
  return out.finish();
}

/** 。;!?\n in the running text (widths folded: ；！？ are ; ! ?; a blank line is kept as \n). */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 59 || c === 33 || c === 63 || c === LF;

export function sentenceStart(t: string, at: number): number {
  let i = at;
  while (i > 0 && !isSentenceEnd(t.charCodeAt(i - 1))) i--;
  return i;
}

const SENTENCE_END = /[。;!?\n]/g;

export function sentenceEnd(t: string, at: number): number {
  const re = SENTENCE_END;
  re.lastIndex = at;
  return re.test(t) ? re.lastIndex - 1 : t.length;
}
