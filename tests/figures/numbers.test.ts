import { describe, expect, it } from 'vitest';
import Nzh from 'nzh';
import { chineseNumber, findNumbers } from '../../src/figures/numbers.js';

const read = (s: string) => findNumbers(s).map((n) => `${n.value}${n.unit}${n.approx ? '~' : ''}`);

describe('findNumbers', () => {
  it('reads Arabic numbers with decimals, thousands separators and money multipliers', () => {
    expect(read('总投资2,350.5亿元,其中到位资金4000万元,补贴15元')).toEqual(['2350.5亿元', '4000万元', '15元']);
  });
  it('reads counts and percentages', () => {
    expect(read('签约项目12个,落地8项,新增企业5家、3户,增长7.5%')).toEqual(['12个', '8项', '5家', '3户', '7.5%']);
  });
  it('sets approx for 余/约/超/近/逾/多/突破/以上', () => {
    expect(read('总投资7000余万元')).toEqual(['7000万元~']);
    expect(read('约30亿元、超1000个、近50家、逾20项、突破100亿元、10个以上、百余家、二十多个'))
      .toEqual(['30亿元~', '1000个~', '50家~', '20项~', '100亿元~', '10个~', '100家~', '20个~']);
  });
  it('does not read the 约 of 签约 or the 近 of 最近 as a qualifier', () => {
    const [n] = findNumbers('总签约6.88亿元');
    expect(n).toMatchObject({ value: 6.88, unit: '亿元', approx: false, start: 3 });
    expect(read('最近5个')).toEqual(['5个']);
  });
  it('reads Chinese numerals through nzh, 两 included', () => {
    expect(read('谋划项目一百零六个,新增两家,引进十个')).toEqual(['106个', '2家', '10个']);
    expect(chineseNumber('两百')).toBe(200);
  });
  it('keeps 十亿元 as 10 亿元, as printed', () => {
    expect(read('投资十亿元')).toEqual(['10亿元']);
  });
  it('reads a bare 亿 as 亿元 (元 lost at a page break)', () => {
    expect(read('总签约3.5亿。')).toEqual(['3.5亿元']);
  });
  it('skips slogans, ordinals, ranges, capacities and areas', () => {
    expect(read('“三个一批”活动、一个专班、第二家、每亩增收500-800元、20万千瓦、15万吨、120亩、3个月、2个百分点')).toEqual([]);
  });
  it('skips sizes counted in ten-thousands (20万个 loaves)', () => {
    expect(read('周产量20万个')).toEqual([]);
  });
});

describe('chineseNumber', () => {
  it('reads every numeral of up to three characters as nzh does (the short forms skip nzh)', () => {
    const nzh = (s: string): number | null => {
      const n = Number(Nzh.cn.decodeS(s.replace(/两/g, '二').replace(/〇/g, '零')));
      return Number.isFinite(n) && n > 0 ? n : null;
    };
    const alphabet = [...'零〇一二两三四五六七八九十百千万亿'];
    const all = [''];
    for (let length = 1; length <= 3; length++) {
      for (const s of all.filter((x) => x.length === length - 1)) for (const c of alphabet) all.push(s + c);
    }
    for (const s of all.slice(1)) expect([s, chineseNumber(s)]).toEqual([s, nzh(s)]);
  });
});
