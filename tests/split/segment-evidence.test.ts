// runEvidence compares headline groups with the leads around them by char codes and a hash set
// of pairs; it must give exactly the shares the string version gave (kept here as the reference).
import { describe, expect, it } from 'vitest';
import type { Element, ElementKind } from '../../src/split/elements.js';
import { isBodyFirst, runEvidence } from '../../src/split/segment.js';
import { below, random, randomText } from '../random.js';

// ---- The string implementation this replaced -------------------------------------------------

function oldHeadingRuns(els: readonly Element[]): { run: Element[]; from: number; to: number }[] {
  const runs: { run: Element[]; from: number; to: number }[] = [];
  for (let i = 0; i < els.length; i++) {
    if (els[i]!.kind !== 'heading') continue;
    const from = i;
    const run: Element[] = [];
    while (i < els.length && (els[i]!.kind === 'heading' || els[i]!.kind === 'caption' || (els[i]!.kind === 'byline' && run.length > 0))) {
      if (els[i]!.kind !== 'caption') run.push(els[i]!);
      i++;
    }
    runs.push({ run, from, to: i });
    i--;
  }
  return runs;
}
const cjkOnly = (text: string): string => text.replace(/[^\u3400-\u9fff]+/g, '');
function oldHeadPairs(run: readonly Element[]): string[] {
  let text = '';
  for (const e of run) if (e.kind === 'heading') for (const p of e.pieces) text += p.text;
  const cjk = cjkOnly(text);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < cjk.length; i++) {
    const pair = cjk.slice(i, i + 2);
    if (cjk.indexOf(pair) === i) pairs.push(pair);
  }
  return pairs;
}
function oldOverlap(head: readonly string[], lead: string): number {
  if (head.length === 0 || lead.length < 2) return 0;
  let n = 0;
  for (const pair of head) if (lead.includes(pair)) n++;
  return n / head.length;
}
function oldUnitStarts(els: readonly Element[], a: number, b: number): number[] {
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
function oldLeadFrom(els: readonly Element[], a: number, b: number): string {
  let t = '';
  for (let i = a; i < b && t.length < 300; i++) if (els[i]!.kind === 'text') for (const p of els[i]!.pieces) t += p.text;
  return cjkOnly(t.length > 300 ? t.slice(0, 300) : t);
}
function oldRunEvidence(els: readonly Element[]) {
  const runs = oldHeadingRuns(els);
  const leads = runs.map((r, k) => oldLeadFrom(els, k > 0 ? runs[k - 1]!.to : 0, r.from));
  leads.push(oldLeadFrom(els, runs.length ? runs[runs.length - 1]!.to : 0, els.length));
  return runs.map((r, k) => {
    const head = oldHeadPairs(r.run);
    const back = oldOverlap(head, leads[k]!);
    const starts = oldUnitStarts(els, k > 0 ? runs[k - 1]!.to : 0, r.from);
    const backLast = starts.length > 1 ? oldOverlap(head, oldLeadFrom(els, starts[starts.length - 1]!, r.from)) : starts.length ? back : 0;
    return { from: r.from, to: r.to, back, backLast, fwd: oldOverlap(head, leads[k + 1]!) };
  });
}
function oldIsBodyFirst(els: readonly Element[]): boolean {
  let backward = 0;
  let forward = 0;
  for (const e of oldRunEvidence(els)) { backward += e.back; forward += e.fwd; }
  if (backward > forward * 1.5 + 0.3) return true;
  if (forward > backward * 1.5 + 0.3) return false;
  const content = els.filter((e) => e.kind !== 'caption');
  const first = content[0];
  const last = content[content.length - 1];
  return !!first && !!last && first.kind === 'text' && last.kind === 'heading';
}

// ---- Random elements -------------------------------------------------------------------------

// Few distinct characters, so that headlines and leads share many pairs; some are not CJK
// (spaces, digits, punctuation, a character just outside the range) and split no pair.
const WORDS = ['园区', '项目', '开工', '建设', '经开区', '招商', '签约', '企业', '产业', '服务', '发展', ' ', '，', '。', '2026', '#', '〇', '㐀', '鿿', 'A', '\u33ff', '\ua000', '——'];
const KINDS: ElementKind[] = ['text', 'text', 'text', 'heading', 'heading', 'byline', 'caption'];

function randomElement(next: () => number): Element {
  const kind = KINDS[below(next, KINDS.length)]!;
  const pieces = [];
  const count = 1 + below(next, kind === 'text' ? 6 : 2);
  for (let i = 0; i < count; i++) {
    const text = randomText(next, WORDS, kind === 'text' ? 60 : 12);
    pieces.push({ line: i + 1, start: 0, end: text.length, text, rawLength: text.length });
  }
  return {
    kind, pieces, level: 0,
    lead: kind === 'text' && below(next, 4) === 0,
    authors: kind !== 'heading' && below(next, 3) === 0 ? ['王波'] : [],
    bylinePiece: null,
  };
}

describe('runEvidence (char codes and a pair set) against the string version', () => {
  it('gives the same shares on random pages', () => {
    const next = random(20260117);
    let shared = 0;
    let severalUnits = 0;
    for (let round = 0; round < 1200; round++) {
      const els: Element[] = [];
      const n = below(next, 30);
      for (let i = 0; i < n; i++) els.push(randomElement(next));
      const got = runEvidence(els).runs.map((r) => ({ from: r.from, to: r.to, back: r.back, backLast: r.backLast, fwd: r.fwd }));
      expect(got).toEqual(oldRunEvidence(els));
      expect(isBodyFirst(els)).toBe(oldIsBodyFirst(els));
      for (const r of got) {
        if (r.back > 0 && r.back < 1) shared++;
        if (r.backLast !== r.back) severalUnits++;
      }
    }
    // The pages exercise partial overlaps and gaps holding several text units.
    expect(shared).toBeGreaterThan(100);
    expect(severalUnits).toBeGreaterThan(100);
  });

  it('counts a pair once however often it occurs, and pairs across spaces and lines', () => {
    const piece = (text: string) => ({ line: 1, start: 0, end: text.length, text, rawLength: text.length });
    const el = (kind: ElementKind, ...texts: string[]): Element => ({ kind, pieces: texts.map(piece), level: 0, lead: false, authors: [], bylinePiece: null });
    const cases: Element[][] = [
      [el('text', '园区园区园区项目'), el('heading', '园区园区'), el('text', '区园')],
      [el('heading', '# 招商 签约'), el('text', '招商签约，企业'), el('heading', '签', '约')],
      [el('text', 'A'.repeat(299), '园区'), el('heading', '园区')],
      [el('text', '园'), el('caption', '园区'), el('heading', '园区'), el('byline', '王波'), el('text', '区')],
      [el('heading', '')],
    ];
    for (const els of cases) {
      expect(runEvidence(els).runs.map((r) => ({ from: r.from, to: r.to, back: r.back, backLast: r.backLast, fwd: r.fwd }))).toEqual(oldRunEvidence(els));
    }
  });
});
