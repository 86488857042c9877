// Lines → elements. A block is a run of non-blank lines; each block becomes a text paragraph,
// a heading (short standalone lines without sentence punctuation), a byline or a photo caption.
// Column layouts are cut into paragraphs first (columns.ts); the line tests are in line-kinds.ts
// and bylines.ts.
import type { SourceLine } from '../read/lines.js';
import { INLINE_MARKER, CharClass, isMetaLine, startsWithSourceMarker } from './lexicon.js';
import { TAIL, bylineNames, endMayBeByline, trailingByline } from './bylines.js';
import { endsSentence, endsWithCredit, hashLevel, isHeadingLine, isPageHeader, mayEndWithCredit, opensCaption, startsWithHash, withoutHashMarks } from './line-kinds.js';
import { columnWidth, cutWidth, isColumnLayout, readPage, splitColumnBlock } from './columns.js';

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
  for (const p of e.pieces) t += withoutHashMarks(p.text);
  return t.trim();
}

/** Running text of an element (pieces joined without the line breaks). */
export function elementText(e: Element): string {
  return joinPieces(e.pieces);
}
