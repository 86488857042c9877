// Column layout: text copied out of narrow columns or wrapped at a fixed width, where one paragraph
// spans many lines. The page's line lengths give the wrap width and the column width; a block of
// lines is cut into paragraphs where a headline, a lead, a caption or a byline stands out.
import type { SourceLine } from '../read/lines.js';
import { isMetaLine, startsWithSourceMarker } from './lexicon.js';
import { bylineNames, endMayBeByline, endsWithSetOffByline, isSignedByline, trailingByline, trailingBylineAfter } from './bylines.js';
import { endsSentence, isCaption, isHeadingLine, isPageHeader, isPageHeaderAfter, joinTexts, linesAreCaption, opensCaption, startsWithHash } from './line-kinds.js';

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
export function cutWidth(inside: LineLengths): number | null {
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

export function readPage(lines: readonly SourceLine[]): Page {
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

/** Most lines short: text copied out of narrow columns, or wrapped at a fixed width. */
export function isColumnLayout(page: Page): boolean {
  // The 75th percentile of line lengths is at most 32 when more than three lines in four are.
  const n = page.nonBlank;
  if (n < 10) return false;
  return page.short >= Math.floor(n * 0.75) + 1;
}

/** Typical length of a line inside a paragraph (the column width). */
export function columnWidth(inside: LineLengths): number {
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
export function splitColumnBlock(into: SourceLine[][], block: SourceLine[], width: number | null, column: number): void {
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
