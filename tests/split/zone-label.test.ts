// isZoneLabel and leadingZone take white space and brackets off by char codes (the regexes ran
// on every headline line), and the split stage remembers their answers per bulletin; both must
// answer as the regex versions (kept here) do.
import { describe, expect, it } from 'vitest';
import { headlineZones, isZoneLabel, leadingZone } from '../../src/split/fields.js';
import { CLAUSE_VERB } from '../../src/split/lexicon.js';
import { isCityWide } from '../../src/zones/names.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import type { ZoneRegistry } from '../../src/zones/registry.js';
import { random, randomText } from '../random.js';

const registry = loadDefaultRegistry();

function oldLeadingZone(text: string, reg: ZoneRegistry): string | null {
  const t = text.replace(/\s+/g, '').replace(/^[【\[「〔]|[】\]」〕]$/g, '');
  const city = /^(?:山西省?)?([\u4e00-\u9fff]{2,4}市)(?:各)?(?:开发区|经开区|园区)/.exec(t);
  if (city && isCityWide(city[0].replace(/^山西省?/, ''))) return city[0].replace(/^山西省?/, '');
  const m = reg.findAll(t)[0];
  if (!m || !/^(?:山西省?)?(?:[\u4e00-\u9fff]{2,3}市)?$/.test(t.slice(0, m.start))) return null;
  return m.printed;
}

function oldIsZoneLabel(text: string, reg: ZoneRegistry): boolean {
  const t = text.replace(/^#{1,6}\s*/, '').replace(/\s+/g, '').replace(/^[【\[「〔]|[】\]」〕]$/g, '');
  if (t.length > 32) return false;
  const zone = oldLeadingZone(t, reg);
  if (!zone) return false;
  const rest = t.slice(t.indexOf(zone) + zone.length);
  return !CLAUSE_VERB.test(rest);
}

const PIECES = ['【', '】', '[', ']', '「', '」', '〔', '〕', '#', '##', ' ', '\u3000', '\t', '山西', '省', '晋城', '市', '各', '开发区', '经开区',
  '高新区', '园区', '运城', '行政审批局', '召开', '会议', '项目', '忻州', '阳泉', '综改区', '太原', '示范区', '的'];

describe('zone labels read by char codes against the regex versions', () => {
  it('agree on random headline lines', () => {
    const next = random(90210);
    const zones = headlineZones(registry);
    let labels = 0;
    for (let i = 0; i < 6000; i++) {
      const text = randomText(next, PIECES, 9);
      const label = oldIsZoneLabel(text, registry);
      expect(isZoneLabel(text, registry), JSON.stringify(text)).toBe(label);
      expect(zones.isZoneLabel(text), JSON.stringify(text)).toBe(label);
      expect(leadingZone(text, registry), JSON.stringify(text)).toBe(oldLeadingZone(text, registry));
      expect(zones.leadingZone(text), JSON.stringify(text)).toBe(oldLeadingZone(text, registry));
      if (label) labels++;
    }
    expect(labels).toBeGreaterThan(300);
  });

  it('agree on hand-written lines', () => {
    const lines = ['', '【', '】', '【】', '[]', '】晋城经开区', '【晋城经开区】', '【【晋城经开区】】', '# 晋城经开区', '#晋城经开区 ', ' 山西省 晋城经开区 管委会 ',
      '忻州市开发区', '山西省忻州市各开发区', '晋城经开区召开会议', '「运城经开区行政审批局」'];
    for (const text of lines) {
      expect(isZoneLabel(text, registry), JSON.stringify(text)).toBe(oldIsZoneLabel(text, registry));
      expect(leadingZone(text, registry), JSON.stringify(text)).toBe(oldLeadingZone(text, registry));
    }
  });
});
