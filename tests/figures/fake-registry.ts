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

const PATTERN = /[\u4e00-\u9fff]{2,6}?(?:经济技术开发区|经济开发区|高新技术产业开发区|现代农业产业示范区|经开区|高新区|开发区|示范区)/g;

export const fakeRegistry: ZoneRegistry = {
  all: () => ZONES,
  resolve: (printed) => ZONES.find((z) => z.name === printed || z.short === printed || z.aliases.includes(printed)) ?? null,
  findAll(text: string): ZoneMatch[] {
    const out: ZoneMatch[] = [];
    const taken = new Uint8Array(text.length);
    const add = (start: number, printed: string, e: ZoneEntry | null): void => {
      if (taken.subarray(start, start + printed.length).some((x) => x)) return;
      taken.fill(1, start, start + printed.length);
      out.push({ start, end: start + printed.length, printed, entry: e, name: e ? e.name : printed });
    };
    for (const z of ZONES) {
      for (const form of [z.name, z.short, ...z.aliases]) {
        for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) add(i, form, z);
      }
    }
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      if (!/^(?:全|各|本|该|我|其中)/.test(m[0])) add(m.index, m[0], null);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
