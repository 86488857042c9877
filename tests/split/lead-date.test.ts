// leadDate reads the first two sentences in place (regexes searched from a sentence's start)
// instead of slicing them out; it must give what the slicing version gave (kept here).
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/split/elements.js';
import { leadDate, textsDate } from '../../src/split/fields.js';
import { MONTH_DAY, VAGUE_TIME } from '../../src/split/lexicon.js';
import { below, random, randomText } from '../random.js';

function oldLeadDate(lead: string): string | null {
  const t = lead.slice(0, 400).replace(/\s+/g, '');
  const first = t.search(/[。！？!?]/) + 1;
  const second = first > 0 ? t.slice(first).search(/[。！？!?]/) + 1 : 0;
  const sentences = first <= 0 ? [t] : [t.slice(0, first), second > 0 ? t.slice(first, first + second) : t.slice(first)].filter((x) => x !== '');
  for (const s of sentences) {
    MONTH_DAY.lastIndex = 0;
    const m = MONTH_DAY.exec(s);
    const vague = VAGUE_TIME.exec(s);
    if (vague && (!m || vague.index < m.index)) return null;
    if (m) {
      if (/截至|截止/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return null;
}

const PIECES = ['5月3日', '12月31号', '13月2日', '0月9日', '7 月 31 日', '6月', '3日', '1', '2', '3', '9', '0', '12', '31', '月', '日', '号', '。', '！', '？', '!', '?', ' ', '\n', '\u3000', ',', '截至', '截止', '截', '至',
  '近日', '近', '日前', '前不久', '不久前', '近段时间', '园区', '项目', '开工', '科学导报', '本刊讯'];

describe('leadDate read in place against the slicing version', () => {
  it('agrees on random leads', () => {
    const next = random(4417);
    let dated = 0;
    for (let i = 0; i < 10000; i++) {
      const lead = randomText(next, PIECES, i % 10 === 0 ? 400 : 40);
      const got = leadDate(lead);
      expect(got, JSON.stringify(lead)).toBe(oldLeadDate(lead));
      if (got) dated++;
    }
    expect(dated).toBeGreaterThan(1000);
  });

  it('agrees on hand-written leads', () => {
    const leads = [
      '', '。', '5月3日。', '。5月3日', '园区开工。截至5月3日,项目8个。6月1日,签约。', '截至 5 月 3 日。近日,5月4日。',
      '园区。项目。5月3日开工。', '13月2日,开工。4月1日。', '近日。5月3日。', `${'园'.repeat(398)}5月3日`,
      `${' '.repeat(30)}${'园'.repeat(380)}5月3日`, '1 2月3 1日,开工', '截至12月3日', '截5月3日', '近日5月3日', '5月3日近日',
    ];
    for (const lead of leads) expect(leadDate(lead), JSON.stringify(lead)).toBe(oldLeadDate(lead));
  });
});

describe('textsDate reads the opening of the lead from the pieces', () => {
  const piece = (text: string) => ({ line: 1, start: 0, end: text.length, text, rawLength: text.length });
  const text = (...parts: string[]): Element => ({ kind: 'text', pieces: parts.map(piece), level: 0, lead: false, authors: [], bylinePiece: null });

  it('agrees with leadDate on the first three texts joined', () => {
    const next = random(777);
    for (let i = 0; i < 5000; i++) {
      const texts: Element[] = [];
      const count = below(next, 5);
      for (let k = 0; k < count; k++) {
        const parts: string[] = [];
        const n = 1 + below(next, 4);
        for (let j = 0; j < n; j++) parts.push(randomText(next, PIECES, i % 7 === 0 ? 200 : 25));
        texts.push(text(...parts));
      }
      const joined = texts.slice(0, 3).map((e) => e.pieces.map((p) => p.text).join('')).join('');
      expect(textsDate(texts), JSON.stringify(joined)).toBe(leadDate(joined));
    }
  });

  it('agrees at the 400-character limit and at the second mark', () => {
    const cases = [
      [text('园'.repeat(396), '5月3日')], [text('园'.repeat(395), '5月3日')], [text('园'.repeat(200)), text('园'.repeat(196) + '5月3日')],
      [text('近日,开工。', '5月3日,签约。6月1日')], [text('开工。'), text('签约。'), text('5月3日')], [text('园区'), text('开工!5月3'), text('日。')],
    ];
    for (const texts of cases) {
      const joined = texts.map((e) => e.pieces.map((p) => p.text).join('')).join('');
      expect(textsDate(texts), joined).toBe(leadDate(joined));
    }
  });
});
