// Elements → article segments. A segment is a headline group (zone line, kicker, headline,
// subtitle, byline) with its running text. Headlines usually come first; in text copied out of
// a PDF they may follow the body (decided per file: see isBodyFirst). Parts of an article that
// another one interrupted are joined under the headline that comes last.
import type { Element } from './elements.js';
import { elementText, headingText } from './elements.js';
import { isDash } from './lexicon.js';
import { charCodeSet } from '../read/char-codes.js';

export interface Segment {
  /** The headline group: heading elements and byline elements inside it. */
  head: Element[];
  /** Running text, subheadings and bylines, in order. */
  body: Element[];
  /** A byline has ended it: running text after this belongs to some other article. */
  closed: boolean;
}

export interface SegmentHints {
  /** True when a heading line is a zone label (朔州经济开发区, 运城经开区行政审批局 …). */
  isZoneLabel: (text: string) => boolean;
  /** True when a text names a development zone. */
  mentionsZone: (text: string) => boolean;
}

/** A lead without a source marker still opens with the time of the event. */
const LEAD_OPENING = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|近来|今年以来|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/;


function headingRuns(els: readonly Element[]): HeadingRun[] {
  const runs: HeadingRun[] = [];
  for (let i = 0; i < els.length; i++) {
    if (els[i]!.kind !== 'heading') continue;
    const from = i;
    const run: Element[] = [];
    // Captions between a headline and its lead are skipped; a byline right after a headline belongs to it.
    while (i < els.length && (els[i]!.kind === 'heading' || els[i]!.kind === 'caption' || (els[i]!.kind === 'byline' && run.length > 0))) {
      if (els[i]!.kind !== 'caption') run.push(els[i]!);
      i++;
    }
    runs.push({ run, from, to: i });
    i--;
  }
  return runs;
}

function nextText(els: readonly Element[], from: number): Element | null {
  for (let i = from; i < els.length; i++) {
    const e = els[i]!;
    if (e.kind === 'text') return e;
    if (e.kind === 'heading') return null;
  }
  return null;
}

function prevContent(els: readonly Element[], before: number): Element | null {
  for (let i = before - 1; i >= 0; i--) if (els[i]!.kind !== 'caption') return els[i]!;
  return null;
}

const IS_HEAD = 2;

/**
 * Does a run of headings look like an article's headline group (vs a subheading)? A score of
 * signs, at least IS_HEAD. The zone lookups are made only when the other signs leave the outcome
 * open: they can only add to the score.
 */
function isHeadGroup(run: Element[], els: readonly Element[], from: number, to: number, hints: SegmentHints): boolean {
  const heads = run.filter((e) => e.kind === 'heading');
  let score = 0;
  if (heads.length >= 2) score += 1;
  if (run.some((e) => e.kind === 'byline')) score += 2;
  if (heads.some((h) => isDash(headingText(h)))) score += 1;
  const next = nextText(els, to);
  if (next?.lead) score += 2;
  else if (next && LEAD_OPENING.test(next.pieces[0]?.text ?? '')) score += 1;
  const prev = prevContent(els, from);
  if (!prev || prev.kind === 'byline' || (prev.kind === 'text' && prev.authors.length > 0)) score += 2;
  if (heads.every((h) => h.level >= 3)) score -= 2;
  // A zone label opening a group of two or more lines: +2; a headline naming a zone: +1.
  const labelled = heads.length >= 2 ? 2 : 0;
  if (score >= IS_HEAD) return true;
  if (score + labelled + 1 < IS_HEAD) return false;
  if (labelled && hints.isZoneLabel(headingText(heads[0]!))) score += 2;
  if (score >= IS_HEAD) return true;
  return score + 1 >= IS_HEAD && heads.some((h) => hints.mentionsZone(headingText(h)));
}

/** Characters that end a sentence or a quoted one: [。！？!?…”"’)）:：]. */
const SENTENCE_END = charCodeSet('。！？!?…”"’)）:：');
/** Does the text end with a sentence end? (by the last char code: the test ran a regex over the whole line) */
const closesClause = (text: string): boolean => text.length > 0 && SENTENCE_END.has(text.charCodeAt(text.length - 1));

/**
 * A run that is no article's headline: a subheading, or — when the text before it stops
 * mid-sentence — a fragment of that sentence cut off by blank lines (read as text then).
 */
function inBody(run: Element[], els: readonly Element[], from: number): Element[] {
  const prev = prevContent(els, from);
  const midSentence = prev?.kind === 'text' && !closesClause(prev.pieces[prev.pieces.length - 1]?.text ?? '');
  return midSentence ? run.map((e) => (e.kind === 'heading' ? { ...e, kind: 'text' as const, level: 0 } : e)) : run;
}

/** Head-first layout: each headline group opens a segment. `runs`: the heading runs of els. */
function headFirst(els: readonly Element[], runs: readonly HeadingRun[], hints: SegmentHints): Segment[] {
  const segments: Segment[] = [];
  let nextRun = 0;
  let cur: Segment | null = null;
  for (let i = 0; i < els.length; i++) {
    const e = els[i]!;
    // Runs come in order and the loop skips over each one: the next run starts here or later.
    const r = nextRun < runs.length && runs[nextRun]!.from === i ? runs[nextRun++]! : null;
    if (r) {
      const opens = !cur || cur.closed || isHeadGroup(r.run, els, r.from, r.to, hints);
      if (opens) {
        // A long run of headlines (a table of contents above the first article) keeps only the
        // article's own group: from its zone label on, else its last three lines.
        const heads = r.run.filter((e) => e.kind === 'heading');
        let cut = 0;
        if (heads.length > 3) {
          const labels = r.run.map((e, k) => (e.kind === 'heading' && k + 1 < r.run.length && hints.isZoneLabel(headingText(e)) ? k : -1)).filter((k) => k >= 0);
          cut = labels.length ? labels[labels.length - 1]! : r.run.indexOf(heads[heads.length - 3]!);
        }
        if (cut > 0) segments.push({ head: r.run.slice(0, cut), body: [], closed: true });
        cur = { head: r.run.slice(cut), body: [], closed: false };
        segments.push(cur);
      } else {
        cur!.body.push(...inBody(r.run, els, r.from));
      }
      i = r.to - 1;
      continue;
    }
    if (e.kind === 'caption') continue;
    if (e.kind === 'byline') {
      if (cur) { cur.body.push(e); cur.closed = true; }
      continue;
    }
    // Running text after a closed article (or at the top) is an article without a headline:
    // usually the part of an article that another one split.
    const startsNew = !cur || cur.closed || (e.lead && cur.body.some((b) => b.kind === 'text'));
    if (startsNew) {
      cur = { head: [], body: [], closed: false };
      segments.push(cur);
    }
    cur!.body.push(e);
    if (e.authors.length) cur!.closed = true;
  }
  return segments;
}

/** Body-first layout: text, byline, then the headline group of that text. `runs`: the heading runs of els. */
function bodyFirst(els: readonly Element[], runs: readonly HeadingRun[], hints: SegmentHints): Segment[] {
  const segments: Segment[] = [];
  // Only captions after this index: a run reaching past it closes the page.
  let lastContent = els.length - 1;
  while (lastContent >= 0 && els[lastContent]!.kind === 'caption') lastContent--;
  let nextRun = 0;
  let pending: Element[] = [];
  for (let i = 0; i < els.length; i++) {
    const e = els[i]!;
    const r = nextRun < runs.length && runs[nextRun]!.from === i ? runs[nextRun++]! : null;
    if (r) {
      const atEnd = r.to > lastContent;
      const closes = atEnd || isHeadGroup(r.run, els, r.from, r.to, hints);
      if (closes && pending.some((p) => p.kind === 'text')) {
        segments.push({ head: r.run, body: pending, closed: true });
        pending = [];
      } else {
        pending.push(...inBody(r.run, els, r.from));
      }
      i = r.to - 1;
      continue;
    }
    if (e.kind === 'caption') continue;
    pending.push(e);
  }
  if (pending.some((p) => p.kind === 'text')) segments.push({ head: [], body: pending, closed: false });
  return segments;
}

/** A character that the pair comparison reads: CJK, U+3400–U+9FFF (others are skipped over). */
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** The start of an article's text: where its zone and subject are named. */
const LEAD_CHARS = 300;

/**
 * Two CJK characters as one number: their offsets from U+3400 take 15 bits each, plus one so that
 * no pair is 0 (an empty slot). Below 2^30, the number stays a small integer in V8 (a code with
 * the first character in the high 16 bits would be a boxed double for most characters).
 */
const pairCode = (a: number, b: number): number => (((a - 0x3400) << 15) | (b - 0x3400)) + 1;

/**
 * The distinct CJK character pairs of one headline group, as an open-addressing hash set of pair
 * codes; a lead is matched against it in one pass over the lead's pairs (each headline pair was
 * searched for in the lead string). Most characters of a lead start no pair of the headline: a
 * bit per CJK character (3.4 KB: small enough to stay in cache, where a table of 32-bit entries
 * per character measured slower in the whole extraction) rules those out before any hashing. One set serves every group:
 * it is cleared, not reallocated.
 */
class PairSet {
  private keys = new Int32Array(64);
  /** marks[slot] === round: the pair in that slot was already counted in this lead. */
  private marks = new Int32Array(64);
  private round = 0;
  private shift = 32 - 6;
  private mask = 63;
  /** Bit c − 0x3400: some pair of the set starts with character c. */
  private readonly starts = new Int32Array((0xa000 - 0x3400) >> 5);
  /** The first characters whose bits are set, to clear them on reset. */
  private firsts: number[] = [];
  /** Distinct pairs of the set seen in the current lead. */
  private seen = 0;
  size = 0;

  /** Empties the set, sized for at most `pairs` pairs (kept at most half full). */
  reset(pairs: number): void {
    let bits = 6;
    while (1 << bits < pairs * 2) bits++;
    const slots = 1 << bits;
    if (slots > this.keys.length) {
      this.keys = new Int32Array(slots);
      this.marks = new Int32Array(slots);
    } else {
      this.keys.fill(0, 0, slots);
      this.marks.fill(0, 0, slots);
    }
    this.shift = 32 - bits;
    this.mask = slots - 1;
    this.round = 0;
    this.size = 0;
    for (const k of this.firsts) this.starts[k >> 5] = 0;
    this.firsts.length = 0;
  }

  /** Adds the pair of CJK characters a, b. */
  add(a: number, b: number): void {
    const k = a - 0x3400;
    const word = this.starts[k >> 5]!;
    const bit = 1 << (k & 31);
    if ((word & bit) === 0) {
      this.starts[k >> 5] = word | bit;
      this.firsts.push(k);
    }
    const code = pairCode(a, b);
    const keys = this.keys;
    const mask = this.mask;
    for (let s = Math.imul(code, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const key = keys[s]!;
      if (key === code) return;
      if (key === 0) { keys[s] = code; this.size++; return; }
    }
  }

  /** Starts counting the set's pairs in a new lead. */
  beginLead(): void {
    this.round++;
    this.seen = 0;
  }

  /** Counts the pair of CJK characters a, b if it is one of the set's and not yet seen in this lead. */
  see(a: number, b: number): void {
    const k = a - 0x3400;
    if ((this.starts[k >> 5]! & (1 << (k & 31))) === 0) return;
    const code = pairCode(a, b);
    const { keys, marks, mask } = this;
    for (let s = Math.imul(code, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      const key = keys[s]!;
      if (key === 0) return;
      if (key === code) {
        if (marks[s] !== this.round) { marks[s] = this.round; this.seen++; }
        return;
      }
    }
  }

  /** Share of the set's pairs seen in the current lead (0 for a set without pairs). */
  share(): number {
    return this.size === 0 ? 0 : this.seen / this.size;
  }
}

/**
 * The distinct CJK character pairs of a headline group (what it shares with its own article)
 * into `set`: the CJK characters of its headings run together, markdown marks and spaces skipped.
 */
function headPairs(run: readonly Element[], set: PairSet): void {
  let length = 0;
  for (const e of run) if (e.kind === 'heading') for (const p of e.pieces) length += p.text.length;
  set.reset(length);
  let prev = 0;
  for (const e of run) {
    if (e.kind !== 'heading') continue;
    for (const p of e.pieces) {
      const t = p.text;
      for (let j = 0; j < t.length; j++) {
        const c = t.charCodeAt(j);
        if (!isCjk(c)) continue;
        if (prev !== 0) set.add(prev, c);
        prev = c;
      }
    }
  }
}

/**
 * Reads the lead of the text in els[a, b) — the CJK characters of the first LEAD_CHARS characters
 * of its text elements run together — by char codes, and counts its pairs in the pair sets of
 * the headline groups on either side of it (a lead is read once for both).
 */
function scanLead(els: readonly Element[], a: number, b: number, before: PairSet | null, after: PairSet | null): void {
  before?.beginLead();
  after?.beginLead();
  let raw = 0;
  let prev = 0;
  for (let i = a; i < b && raw < LEAD_CHARS; i++) {
    const e = els[i]!;
    if (e.kind !== 'text') continue;
    for (const p of e.pieces) {
      const t = p.text;
      const end = Math.min(t.length, LEAD_CHARS - raw);
      for (let j = 0; j < end; j++) {
        const c = t.charCodeAt(j);
        if (!isCjk(c)) continue;
        if (prev !== 0) {
          before?.see(prev, c);
          after?.see(prev, c);
        }
        prev = c;
      }
      raw += end;
      if (raw >= LEAD_CHARS) break;
    }
  }
}

/**
 * Do headlines follow their bodies (text copied out of a PDF)? Each headline group is compared
 * with the lead of the text before it and of the text after it: a headline shares its words
 * (zone, subject) with its own article. When that does not decide, a file that opens with text
 * and closes with a headline is read body-first.
 */
export function isBodyFirst(els: readonly Element[], evidence: RunEvidence = runEvidence(els)): boolean {
  let backward = 0;
  let forward = 0;
  for (const e of evidence.runs) {
    backward += e.back;
    forward += e.fwd;
  }
  if (backward > forward * 1.5 + 0.3) return true;
  if (forward > backward * 1.5 + 0.3) return false;
  let first = 0;
  while (first < els.length && els[first]!.kind === 'caption') first++;
  let last = els.length - 1;
  while (last >= 0 && els[last]!.kind === 'caption') last--;
  return first < els.length && els[first]!.kind === 'text' && els[last]!.kind === 'heading';
}

export interface RunEvidence {
  runs: HeadingRunEvidence[];
}

interface HeadingRun {
  run: Element[];
  from: number;
  to: number;
}

interface HeadingRunEvidence extends HeadingRun {
  /** Share of the headline's pairs in the lead of the text before it (from the gap's start). */
  back: number;
  /** … in the lead of the last text unit before it (the same unless the gap holds several). */
  backLast: number;
  /** … in the lead of the text after it. */
  fwd: number;
}

/** The pair sets of two neighbouring headline groups, reused by every call. */
const pairSets = [new PairSet(), new PairSet()];

/** How much each headline group shares with the texts on either side: computed once per file. */
export function runEvidence(els: readonly Element[]): RunEvidence {
  const runs = headingRuns(els);
  const out: HeadingRunEvidence[] = [];
  // Run k's pairs go to pairSets[k % 2]; the lead between runs k − 1 and k is read once, for
  // the forward share of the one and the backward share of the other.
  let prev: PairSet | null = null;
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k]!;
    const gapStart = k > 0 ? runs[k - 1]!.to : 0;
    const head = pairSets[k % 2]!;
    headPairs(r.run, head);
    scanLead(els, gapStart, r.from, prev, head);
    if (prev) out[k - 1]!.fwd = prev.share();
    const back = head.share();
    const lastUnit = lastOfSeveralUnits(els, gapStart, r.from);
    let backLast = back;
    if (lastUnit >= 0) {
      scanLead(els, lastUnit, r.from, null, head);
      backLast = head.share();
    }
    out.push({ run: r.run, from: r.from, to: r.to, back, backLast, fwd: 0 });
    prev = head;
  }
  if (prev) {
    scanLead(els, runs[runs.length - 1]!.to, els.length, prev, null);
    out[runs.length - 1]!.fwd = prev.share();
  }
  return { runs: out };
}

/** Article segments in reading order, parts of split articles joined. */
export function segment(els: readonly Element[], hints: SegmentHints): Segment[] {
  const evidence = runEvidence(els);
  const at = layoutSwitch(els, evidence);
  if (at === null) {
    const runs = evidence.runs;
    return joinSplitParts(isBodyFirst(els, evidence) ? bodyFirst(els, runs, hints) : headFirst(els, runs, hints));
  }
  const read = (part: readonly Element[], backward: boolean): Segment[] => (backward ? bodyFirst(part, headingRuns(part), hints) : headFirst(part, headingRuns(part), hints));
  return joinSplitParts([...read(els.slice(0, at.index), !at.toBodyFirst), ...read(els.slice(at.index), at.toBodyFirst)]);
}

/** Where a text unit starts in els[a, b): the first text, a lead, text after a byline. */
function unitStarts(els: readonly Element[], a: number, b: number): number[] {
  const out: number[] = [];
  let open = false;
  for (let i = a; i < b; i++) {
    const e = els[i]!;
    if (e.kind === 'byline') { open = false; continue; }
    if (e.kind !== 'text') continue;
    if (!open || e.lead) out.push(i);
    open = e.authors.length === 0;
  }
  return out;
}

/**
 * The last of the text units starting in els[a, b) (see unitStarts) when there are two or more;
 * -1 for one or none (runEvidence then reuses the lead of the whole gap).
 */
function lastOfSeveralUnits(els: readonly Element[], a: number, b: number): number {
  const starts = unitStarts(els, a, b);
  return starts.length > 1 ? starts[starts.length - 1]! : -1;
}

/**
 * A page pasted together from two layouts (headlines over their texts, then headlines under
 * them, or the other way round): each headline group is compared with the text unit just before
 * it and the one just after it. When at least two groups clearly point each way and the two kinds
 * form two runs, the page is read in two parts, split where the second layout starts.
 */
function layoutSwitch(els: readonly Element[], evidence: RunEvidence): { index: number; toBodyFirst: boolean } | null {
  const runs = evidence.runs;
  if (runs.length < 4) return null;
  const dirs: { k: number; back: boolean }[] = [];
  runs.forEach((r, k) => {
    if (r.backLast > r.fwd * 1.5 + 0.3) dirs.push({ k, back: true });
    else if (r.fwd > r.backLast * 1.5 + 0.3) dirs.push({ k, back: false });
  });
  const switches = dirs.filter((d, i) => i > 0 && d.back !== dirs[i - 1]!.back);
  if (switches.length !== 1) return null;
  const first = dirs.filter((d) => d.back === dirs[0]!.back).length;
  if (first < 2 || dirs.length - first < 2) return null;
  const sw = switches[0]!;
  const toBodyFirst = sw.back;
  if (!toBodyFirst) {
    // Body-first, then head-first: the second part opens with the first headline over its text
    // (groups before it that point nowhere clearly stay with the body-first part).
    return { index: runs[sw.k]!.from, toBodyFirst };
  }
  // Head-first, then body-first: after the last opening headline comes its own text, then the
  // text of the first body-first article (a second unit: after a byline, or a new lead).
  const last = dirs[dirs.indexOf(sw) - 1]!;
  const starts = unitStarts(els, runs[last.k]!.to, runs[sw.k]!.from);
  const start = starts[1];
  if (start === undefined) return null;
  return { index: start, toBodyFirst };
}

function startsAsContinuation(seg: Segment): boolean {
  const t = seg.body.find((b) => b.kind === 'text');
  return !!t && !t.lead;
}

/**
 * A segment without a headline that does not open with a source marker is the first part of an
 * article that another one interrupted: it joins the first later headed segment whose text does
 * not open with a lead of its own. Without such a segment it stays on its own.
 */
function joinSplitParts(segs: Segment[]): Segment[] {
  const out = joinJumps(segs);
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    if (s.head.length > 0) continue;
    const firstText = s.body.find((b) => b.kind === 'text');
    if (!firstText || firstText.lead) continue;
    const k = out.findIndex((t, j) => j > i && t.head.length > 0 && startsAsContinuation(t));
    if (k < 0) continue;
    const host = out[k]!;
    out[k] = { head: host.head, body: [...s.body, ...host.body], closed: host.closed };
    out.splice(i, 1);
    i--;
  }
  return out;
}

/** （下转第4版） at the end of a part, （上接第1版） at the start of its continuation. */
const JUMP_OUT = /[(（]\s*(?:下转|转第|转至|转下)[^()（）]{0,12}[)）]$/;
const JUMP_IN = /^[(（]\s*(?:上接|接上|接第|续第|承上)[^()（）]{0,12}[)）]/;

const lastText = (seg: Segment): Element | undefined => [...seg.body].reverse().find((b) => b.kind === 'text');

/**
 * A page that prints "（下转第4版）" under one article and "（上接第1版）" over a headless text
 * further on: the text finishes that article (the nearest earlier one still waiting for its end).
 */
function joinJumps(segs: Segment[]): Segment[] {
  const out = [...segs];
  for (let i = 0; i < out.length; i++) {
    const s = out[i]!;
    const first = s.body.find((b) => b.kind === 'text');
    if (s.head.length > 0 || !first || !JUMP_IN.test(first.pieces[0]?.text ?? '')) continue;
    let k = -1;
    for (let j = i - 1; j >= 0 && k < 0; j--) {
      const t = lastText(out[j]!);
      if (t && JUMP_OUT.test(elementText(t))) k = j;
    }
    if (k < 0) continue;
    const host = out[k]!;
    out[k] = { head: host.head, body: [...host.body, ...s.body], closed: s.closed };
    out.splice(i, 1);
    i--;
  }
  return out;
}
