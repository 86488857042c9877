import { describe, expect, it } from 'vitest';
import type { ZoneEntry } from '../../src/types.js';
import { createRegistry } from '../../src/zones/registry.js';
import { loadDefaultRegistry, parseZoneEntries } from '../../src/zones/load.js';
import { expandName, isCityWide, zoneKey } from '../../src/zones/names.js';
import { resolveZone } from '../../src/zones/resolve.js';

const entry = (name: string, short: string, aliases: string[] = [], kind: ZoneEntry['kind'] = '经开区'): ZoneEntry => ({
  name, short, aliases, kind, level: 'provincial', province: '山西省', city: '测试市', county: null,
});

const registry = createRegistry([
  entry('侯马经济开发区', '侯马经开区'),
  entry('晋城经济技术开发区', '晋城经开区'),
  entry('长治高新技术产业开发区', '长治高新区', [], '高新区'),
  entry('山西转型综改示范区', '综改区', ['唐槐园区', '潇河产业园区'], '综改区'),
]);

describe('zone names', () => {
  it('gives short and full forms the same key', () => {
    expect(zoneKey('晋城经开区')).toBe(zoneKey('晋城经济技术开发区'));
    expect(zoneKey('侯马经济开发区')).toBe(zoneKey('侯马经开区'));
    expect(zoneKey('山西省晋中市祁县经济开发区')).toBe(zoneKey('祁县经开区'));
    expect(zoneKey('长治高新区')).not.toBe(zoneKey('长治经开区'));
  });
  it('expands short forms and recognises city-wide names', () => {
    expect(expandName('鹤壁经开区')).toBe('鹤壁经济技术开发区');
    expect(expandName('阳泉高新区')).toBe('阳泉高新技术产业开发区');
    expect(isCityWide('忻州市开发区')).toBe(true);
    expect(isCityWide('忻州经济开发区')).toBe(false);
  });
});

describe('createRegistry', () => {
  it('resolves full names, short forms, the other 经开区 form and sub-parks', () => {
    expect(registry.resolve('侯马经开区')?.name).toBe('侯马经济开发区');
    expect(registry.resolve('侯马经济技术开发区')?.name).toBe('侯马经济开发区');
    expect(registry.resolve('晋城经济开发区')?.name).toBe('晋城经济技术开发区');
    expect(registry.resolve('长治高新技术开发区')?.name).toBe('长治高新技术产业开发区');
    expect(registry.resolve('潇河产业园区')?.name).toBe('山西转型综改示范区');
    expect(registry.resolve('忻州市开发区')).toBeNull();
    expect(registry.resolve('鹤壁经开区')).toBeNull();
  });

  it('finds known zones and zones that only match the name pattern', () => {
    const text = '晋城经开区与河南鹤壁经开区、国家级经济技术开发区代表在唐槐园区座谈。';
    expect(registry.findAll(text).map((m) => [m.printed, m.name, m.entry !== null])).toEqual([
      ['晋城经开区', '晋城经济技术开发区', true],
      ['鹤壁经开区', '鹤壁经济技术开发区', false],
      ['唐槐园区', '山西转型综改示范区', true],
    ]);
  });

  it('takes the leftmost name, the longest one starting there, then goes on after it', () => {
    const nested = createRegistry([
      entry('侯马经济开发区', '侯马经开区'),
      entry('马村经济开发区', '马村经开区', ['开发区东园区']),
    ]);
    // 开发区东园区 would start inside the name found first; a name starting earlier wins over a longer one.
    expect(nested.findAll('侯马经济开发区东园区').map((m) => m.printed)).toEqual(['侯马经济开发区']);
    expect(nested.findAll('在马村经济开发区东园区').map((m) => m.printed)).toEqual(['马村经济开发区']);
    expect(nested.findAll('甲开发区东园区与马村经开区').map((m) => [m.printed, m.start])).toEqual([['开发区东园区', 1], ['马村经开区', 8]]);
  });

  it('reports positions that slice back to the printed name', () => {
    const text = '近日,山西省晋中市侯马经济开发区召开会议';
    const [m] = registry.findAll(text);
    expect(m && text.slice(m.start, m.end)).toBe('侯马经济开发区');
  });
});

describe('resolveZone', () => {
  it('keeps an unknown zone by its full name and says so', () => {
    expect(resolveZone('鹤壁经开区', registry)).toEqual({
      name: '鹤壁经济技术开发区', known: false,
      diagnostic: expect.objectContaining({ code: 'zone.unknown', severity: 'warning' }),
    });
    expect(resolveZone('忻州市开发区', registry)).toEqual({ name: null, known: false, diagnostic: null });
    expect(resolveZone('晋城经开区', registry)).toEqual({ name: '晋城经济技术开发区', known: true, diagnostic: null });
  });
});

describe('data/zones.json', () => {
  const real = loadDefaultRegistry();
  it('holds the Shanxi zones, each resolving its own name and short form to itself', () => {
    expect(real.all().length).toBeGreaterThanOrEqual(90);
    for (const e of real.all()) {
      expect(real.resolve(e.name)?.name, e.name).toBe(e.name);
      expect(real.resolve(e.short)?.name, e.short).toBe(e.name);
      for (const a of e.aliases) expect(real.resolve(a)?.name, a).toBe(e.name);
    }
  });
  it('has no two entries with the same place and kind', () => {
    const keys = real.all().map((e) => zoneKey(e.name));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
  it('rejects malformed data with the file and entry named', () => {
    expect(() => parseZoneEntries({ zones: [{ name: 'X经开区' }] }, 'z.json')).toThrow(/z\.json: zones\[0\] \(X经开区\): missing "short"/);
    expect(() => parseZoneEntries({}, 'z.json')).toThrow(/z\.json/);
  });
});
