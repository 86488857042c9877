// The registry's search (findAll) against its implementation before it was made faster
// (registry-before.ts), on random texts of zone names, kind suffixes, places and noise.
import { describe, expect, it } from 'vitest';
import { loadZoneEntries } from '../../src/zones/load.js';
import { createRegistry } from '../../src/zones/registry.js';
import { SUFFIX_WORDS } from '../../src/zones/names.js';
import { random, randomText } from '../random.js';
import { createRegistryBefore } from './registry-before.js';

const entries = loadZoneEntries();
const now = createRegistry(entries);
const before = createRegistryBefore(entries);

const PIECES = [
  ...entries.slice(0, 40).flatMap((e) => [e.name, e.short, ...e.aliases]),
  ...SUFFIX_WORDS,
  '大同', '晋城市', '祁县', '太谷', '山西省', '国家级', '全市', '全县', '省级', '示范', '产业', '新',
  '区', '园', '城', '市', '县', '的', '在', '和', '、', ',', '。', '“', '”', ' ', '\n', '项目', '签约', '12个', 'A',
];

describe('registry search', () => {
  it('finds what the search before it found, on random texts', () => {
    const next = random(20250611);
    for (let n = 0; n < 4000; n++) {
      const text = randomText(next, PIECES, 12);
      expect(now.findAll(text), text).toEqual(before.findAll(text));
    }
  });

  it('finds the same on hand-written texts', () => {
    for (const text of [
      '', '开发区', '全市开发区', '大同市开发区和晋城经开区', '山西省太谷经济技术开发区签约项目12个',
      '国家级晋城经济技术开发区开发区', '城园区区园', '新大同开发区、祁县经济开发区综保区',
    ]) expect(now.findAll(text), text).toEqual(before.findAll(text));
  });
});
