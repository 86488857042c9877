// A small zone registry for figure tests: a few zones and the zone name pattern.
import type { ZoneEntry } from '../../src/types.js';
import type { ZoneMatch, ZoneRegistry } from '../../src/zones/registry.js';

const entry = (name: string, short: string, aliases: string[] = []): ZoneEntry => ({
  name, short, aliases, kind: '经开区', level: 'provincial', province: '山西省', city: '', county: null,
});

const ZONES: ZoneEntry[] = [
  entry('襄垣经济技术开发区', '襄垣经开区'),
  entry('交城经济开发区', '交城经开区'),
  entry('灵石经济技术开发区', '灵石经开区'),
  entry('津南经济技术开发区', '津南经开区'),
  entry('山西转型综改示范区', '综改区', ['唐槐园区']),
];

const PATTERN = /[\u4e00-\u9fff]{2,6}?(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区|开发区)/g;

export const fakeRegistry: ZoneRegistry = {
  all: () => ZONES,
  resolve: (printed) => ZONES.find((z) => z.name === printed || z.short === printed || z.aliases.includes(printed)) ?? null,
  findAll(text: string): ZoneMatch[] {
    const out: ZoneMatch[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const printed = m[0];
      const e = this.resolve(printed);
      out.push({ start: m.index, end: m.index + printed.length, printed, entry: e, name: e ? e.name : printed });
    }
    return out;
  },
};
