// The lines → elements step reads lines by character codes and reads a paragraph's end in place
// where it ran patterns over whole lines and joined texts: these tests compare it with the step as
// it was (elements-reference.ts) on random lines and random pages, and test the lexicon's guards
// against the patterns they stand before.
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/read/lines.js';
import { bylineNames, trailingByline } from '../../src/split/bylines.js';
import { wrapWidth } from '../../src/split/columns.js';
import { headingText, toElements } from '../../src/split/elements.js';
import { endsSentence, isCaption, isHeadingLine, isPageHeader } from '../../src/split/line-kinds.js';
import { CharClass, META_LINE, SOURCE_MARKER, isMetaLine, startsWithSourceMarker } from '../../src/split/lexicon.js';
import * as reference from './elements-reference.js';
import { below, random, randomText } from '../random.js';

/** Pieces of zone-news lines: words, names, markers, credits, dates and the marks between them. */
const WORDS = [
  '园区', '召开', '推进会', '项目', '集中签约', '总投资', '亿元', '企业', '产值', '增长', '开发区', '综改区', '高新区',
  '近日', '会议强调', '要抓好落实', '稳步推进', '加快建设', '经开区', '审批局', '长治县', '招商引资', '下转第二版', '上接',
];
const NAMES = ['王波', '李小明', '张伟', '何志明', '欧阳晓东', '赵云', '孙丽', '他强', '高新区', '近年', '陈', '王'];
const MARKS = [
  '，', '。', '、', '；', ';', '：', ':', ',', '！', '!', '？', '?', '…', '“', '”', '"', '’', '(', ')', '（', '）',
  ' ', '  ', '\u3000', '·', '■', '▲', '#', '## ', '/', '1', '12', '2026', 'A3', '\u2028',
];
const FIXED = [
  '本刊讯', '本报讯', '科学导报讯', '科学导报', '本台讯', '本刊', '讯', '记者', '通讯员', '文/图', '本报记者', '特约记者',
  '供图', '摄', '摄影', '提供', '图为', '上图', '责任编辑：', '编辑:', '(完)', '（上接第一版）', '第3版', '第 12 期', 'B2版',
  '2026年1月20日', '2026 年 3 月 5 日', '星期二', '周三', '综改区供图', '(记者 王波 摄)',
];
const ALL = [...WORDS, ...NAMES, ...MARKS, ...FIXED, ...NAMES, ...MARKS];

/** A random line: up to `pieces` pieces drawn from the vocabulary above. */
const randomLine = (next: () => number, pieces: number): string => randomText(next, ALL, pieces);

describe('the rewritten line tests against the old patterns', () => {
  it('trailingByline and bylineNames give what they gave, on random lines', () => {
    const next = random(7);
    for (let n = 0; n < 40_000; n++) {
      const text = randomLine(next, 9);
      expect(trailingByline(text), text).toEqual(reference.trailingByline(text));
      expect(bylineNames(text), text).toEqual(reference.bylineNames(text));
      expect(isPageHeader(text), text).toBe(reference.isPageHeader(text));
      expect(isCaption(text), text).toBe(reference.isCaption(text));
    }
  });

  it('and on hand-written ends of paragraphs', () => {
    const cases = [
      '项目建设稳步推进。 （王波）', '项目建设稳步推进。(本报记者王小波)', '项目建设稳步推进。王波', '项目建设稳步推进。他强',
      '项目建设稳步推进。 王波 李小明', '项目建设稳步推进。■ 何志明', '项目建设稳步推进。■何志明', '会议强调，要加快建设。 高新区',
      '园区召开推进会。 王波、李小明、张伟、赵云', '园区召开推进会。 王波、李小明、张伟、赵云、孙丽', '园区。王波 近年',
      '”王波', '。王波         ', '。王波  ', '。(记者 王波)', '。 （文/图 韩东）', '王波', '。', '', '（王波）', '企业产值增长。 欧阳晓东',
      '企业产值增长。王小波丽', '企业产值增长，王波', '企业产值增长。 王波，李阳', '企业产值增长。 王波,,李阳', '■ 王波', '记者 王波', '(王波 李阳)',
    ];
    const credits = ['现场。综改区供图', '现场。 王波摄', '现场。王波摄影  ', '现场。园区提供', '(记者 王波 摄)', '（王波 供图）', '（王波摄影）', '发展蓝图', '（王波 提供）', '（王波 图）', '提', '■ 王瑞瑞摄', '现场。综改区供图   '];
    for (const text of [...cases, ...credits]) {
      expect(isCaption(text), text).toBe(reference.isCaption(text));
      expect(trailingByline(text), text).toEqual(reference.trailingByline(text));
      expect(bylineNames(text), text).toEqual(reference.bylineNames(text));
    }
  });

  it('isHeadingLine and endsSentence answer as the old tests did', () => {
    // The pattern endsSentence reads by character codes.
    const SENTENCE_END = /(?:[。！？!?…][”"’)）]?|[(（][\u4e00-\u9fff·\s、]{2,16}[)）])$/;
    const next = random(13);
    for (let n = 0; n < 40_000; n++) {
      const text = randomLine(next, 7);
      expect(isHeadingLine(text), text).toBe(reference.isHeadingLine(text));
      expect(isHeadingLine(text, true), text).toBe(reference.isHeadingLine(text, true));
      expect(endsSentence(text), text).toBe(SENTENCE_END.test(text));
      // Read in place across two lines, as the last two lines of a paragraph.
      const head = randomLine(next, 3);
      expect(endsSentence(text, head), head + '|' + text).toBe(SENTENCE_END.test(head + text));
    }
    for (const text of ['（王波）', '(王波 李)', '（王）', '(王波波波波波波波波波波波波波波波波)', '(王波波波波波波波波波波波波波波波波波)', '好。”', '好!)', '）', '']) {
      expect(endsSentence(text), text).toBe(SENTENCE_END.test(text));
    }
  });

  it('wrapWidth finds the width it found', () => {
    const next = random(11);
    for (let n = 0; n < 2_000; n++) {
      const lines = toLines(Array.from({ length: below(next, 30) }, () => randomLine(next, 6)).join('\n'));
      const blocks: (typeof lines)[] = [];
      let cur: typeof lines = [];
      for (const l of lines) {
        if (l.text === '') { if (cur.length) blocks.push(cur); cur = []; } else cur.push(l);
      }
      if (cur.length) blocks.push(cur);
      expect(wrapWidth(blocks)).toBe(reference.wrapWidth(blocks));
    }
  });
});

/** A page of random lines: blank lines or none, sometimes text cut at a fixed width (a column). */
function randomPage(next: () => number): string {
  const lines: string[] = [];
  const count = 1 + below(next, 40);
  const blanks = below(next, 3);
  for (let i = 0; i < count; i++) {
    lines.push(randomLine(next, below(next, 4) === 0 ? 30 : 8));
    if (blanks > 0 && below(next, blanks + 1) === 0) lines.push('');
  }
  const text = lines.join('\n');
  if (below(next, 3) > 0) return text;
  // Cut every line at a width, as text copied out of a narrow column.
  const width = 8 + below(next, 14);
  return text.split('\n').flatMap((l) => {
    const parts: string[] = [];
    for (let at = 0; at < l.length; at += width) parts.push(l.slice(at, at + width));
    return parts.length ? parts : [''];
  }).join('\n');
}

describe('toElements against the old step', () => {
  it('gives the same elements on random pages', () => {
    const next = random(3);
    for (let n = 0; n < 3_000; n++) {
      const page = randomPage(next);
      const lines = toLines(page);
      const got = toElements(lines);
      expect(got, page).toEqual(reference.toElements(lines));
      for (const e of got) if (e.kind === 'heading') expect(headingText(e)).toBe(reference.headingText(e));
    }
  });

  it('gives the same elements on hand-written pages', () => {
    const pages = [
      '开发区召开推进会\n\n本刊讯 近日，开发区召开项目推进会。\n会议强调，要抓好落实。 （王波）\n\n图为项目现场。综改区供图',
      '园区项目集中签约路径本刊讯 近日，园区召开推进会，\n项目建设稳步推进。\n王波',
      '园区项目集中签约路径本刊\n讯 近日，园区召开推进会。',
      '# 园区召开推进会\n## 项目集中签约\n科学导报讯 近日，企业产值\n增长，项目建设稳步推进，\n加快建设。 李小明\n■ 何志明\n2026年1月20日 星期二 第3版\n责任编辑：赵云',
      Array.from({ length: 14 }, (_, i) => (i % 5 === 4 ? '园区召开推进会' : '企业产值增长，项目建设稳步推')).join('\n'),
    ];
    for (const page of pages) {
      const lines = toLines(page);
      expect(toElements(lines), page).toEqual(reference.toElements(lines));
    }
  });
});

describe('the lexicon guards', () => {
  it('startsWithSourceMarker and isMetaLine answer as their patterns do', () => {
    const next = random(5);
    const starts = [...FIXED, ...WORDS.slice(0, 4), '本', '科学', '第', 'A', 'z9版', '地址：', '电话:123'];
    for (let n = 0; n < 30_000; n++) {
      const text = randomText(next, starts, 2) + randomLine(next, 4);
      expect(startsWithSourceMarker(text), text).toBe(SOURCE_MARKER.test(text));
      expect(isMetaLine(text), text).toBe(META_LINE.test(text));
    }
  });

  it('CharClass holds its characters and no others', () => {
    const cls = new CharClass('图(A');
    expect([..."图(A"].every((c) => cls.has(c.charCodeAt(0)))).toBe(true);
    expect(cls.has('摄'.charCodeAt(0)) || cls.has(0x61) || cls.has(Number.NaN) || cls.has(-1)).toBe(false);
  });
});
