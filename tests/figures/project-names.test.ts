import { describe, expect, it } from 'vitest';
import { cleanName, cleanStart, genericStem, lineEnd, runNameStart, scanRun, validName, validNameAt } from '../../src/figures/project-names.js';
import { below, random, randomRange, randomText } from '../random.js';

// Test oracles: cleanName and validName as they were, with the regexes the word lists replaced.
const DESIGNATION = /^.*(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|示范区|示范园|园区)/;
const LEAD_WORDS = '(?:其中|包括|例如|特别是|尤其是|赴|在|对|针对|到|于|把|为|是|位于|察看|考察|参观|调研|走访|视察|推动|加快|加速|抓好|启动|开展|搭建|打造|新建|签约|签订|落户|引进|共建|建成|完成)';
const LEADS = [new RegExp(`^.*${LEAD_WORDS}`), new RegExp(`^.*?${LEAD_WORDS}`)];
const NOT_PROJECT = /示范基地$|种植基地$|养殖基地$|教育基地$|实践基地$|培训基地$|服务中心$|党群|政务/;
const SIZE = /^(?:万|亿)?(?:元|平方米|平米|亩|吨|千瓦|兆瓦|MW|GW|个|项|家|栋|条|座|台|余)+/;
const GENERIC_STEM = new RegExp('^(?:该|本|此|各|全|新|大|好|这些|这个|重点|重大|优质|产业|工业|招商引资|签约|开工|在建|续建|新建|谋划|储备|前期|' +
  '基础设施|配套|相关|上下游|更多|一批|其他|其余|民生|新能源|新材料|新基建|示范|特色|现代|绿色|数字|科技|创新|孵化|服务|政务服务|' +
  '党群服务|人才|研发|公共|共享|综合|标准化|一站式|线上|网上|数字化|建设|投资|合作|发展|转型|省级|市级|国家级|省|市|县|区|看|抓|建|' +
  '一期|二期|三期|其中|在|类|产业类|基础设施类|当年|今年|省外|省内|市外|境外|外资|内资|落地|投产|竣工|入库|在库|' +
  '关联|每个|所有|全部|有关|降水|雨水|排污|道路|管网|制造业|产业类|工业类|省市|省级重点|市级重点|年度|本年度|计划|打包|' +
  '第[一二三四五六七八九十]+批|首批|新一批)+$');
const VERB = new RegExp('要|安排|强化|推动|推进|倒排|聚焦|讨论|紧盯|保障|确保|加快|加大|加速|抓|实行|落实|建立|健全|组织|梳理|围绕|服务|' +
  '解决|协调|认识|压缩|助力|破解|助推|突出|做到|吸引|协助|对接|提升|优化|深化|培育|支持|坚持|制定|运行|参与|叮嘱|缩短|显著|' +
  '全力|全面|持续|不断|进一步|积极|大力|着力|重点抓|凝心聚力|千方百计|靶向|关键|还在|一是|二是|三是|四是|五是|为|把|对|以|从|到|' +
  '召开|举行|举办|主持|出席');
const NOT_A_STEM = new RegExp(`^[和及与的年月日号]|[和及与的]$|季度|上半年|下半年|年度|[一二三四五六七八九十]月|开发区|经开区|高新区|示范区|${VERB.source}`);
const NOT_A_NAME = new RegExp(`等|该|这些|\\d|${NOT_PROJECT.source}`);
const NAME_SUFFIXES = ['项目', '基地', '产业园', '科技园', '创业园', '工业园', '主题园', '工程', '平台', '中心', '电站'];

function oldValidName(name: string): boolean {
  let stem = name;
  for (const suffix of NAME_SUFFIXES) {
    if (name.endsWith(suffix)) { stem = name.slice(0, -suffix.length); break; }
  }
  if (stem.length < 2 || stem.length > 30) return false;
  return !NOT_A_STEM.test(stem) && !NOT_A_NAME.test(name) && !GENERIC_STEM.test(stem);
}

function oldCleanName(run: string): string {
  let name = run.replace(/^[“"‘]+|[”"’]+$/g, '');
  const d = DESIGNATION.exec(name);
  if (d && oldValidName(name.slice(d[0].length))) name = name.slice(d[0].length);
  for (const lead of LEADS) {
    const l = lead.exec(name);
    if (l && oldValidName(name.slice(l[0].length))) { name = name.slice(l[0].length); break; }
  }
  return name.replace(SIZE, '').replace(/^(?:该|本|此)/, '');
}

/** The walk back from a suffix word as it was: over name characters, to 的/了/等, or 和/及/与 between two names. */
const isNameChar = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  || c === 40 || c === 41 || c === 0xff08 || c === 0xff09;
function oldRunStart(t: string, from: number, at: number): number {
  const isStop = (i: number): boolean => '的了等'.includes(t[i]!) || ('和及与'.includes(t[i]!)
    && /(?:项目|基地|产业园|科技园|园区|工程|平台|中心|电站|企业|公司|单位|部门)$/.test(t.slice(Math.max(from, i - 3), i)));
  let start = at;
  while (start > from && isNameChar(t.charCodeAt(start - 1)) && !isStop(start - 1)) start--;
  return start;
}

/** Pieces of names: words of every list, parts of them, ordinary name characters, marks and breaks. */
const PIECES = [
  '项目', '基地', '产业园', '工程', '平台', '中心', '电站', '园', '区', '项', '目',
  '经济技术开发区', '经济开发区', '高新技术产业开发区', '开发区', '经开区', '高新区', '示范区', '示范园', '园区', '经济', '高新', '示范',
  '在', '对', '到', '于', '为', '是', '把', '位于', '特别是', '推动', '加快', '加速', '签约', '签订', '新建', '建成', '其中', '针对', '赴',
  '万', '亿', '元', '平方米', '平米', '亩', '千瓦', 'MW', 'GW', '个', '台', '余', '该', '本', '此',
  '重点', '产业', '产业类', '新', '新能源', '新一批', '第', '三', '十', '批', '省级', '省级重点', '基础设施', '类', '年度', '本年度',
  '季度', '上半年', '五月', '月', '和', '及', '的', '年', '号', '服务', '服务中心', '示范基地', '党群', '这些', '等', '进一步', '凝心聚力',
  '智能', '装备', '制造', '光伏', '组件', '锂电', '材料', '精密', '铸造', '晶华', '云谷', 'A', 'x', '(', '）', '3', '0',
  '“', '”', '"', '‘', '’', '\n', '\u2028',
];

/** Pieces of generic stems, and near misses: most runs of these are generic or nearly so. */
const GENERIC_PIECES = ['重点', '重大', '产业', '产业类', '类', '新', '新一批', '第', '三', '十', '批', '省', '省级', '省级重点', '年度', '本年度',
  '基础设施', '基础设施类', '上下游', '一站式', '该', '本', '其中', '在', '在建', '新基建', '新能', '源', '建设', '设'];

describe('project name rules', () => {
  it('cut designations, lead words, sizes and pronouns off a name', () => {
    expect(cleanName('在晋南经济技术开发区光伏组件项目')).toBe('光伏组件项目');
    expect(cleanName('推动精工轴承')).toBe('精工轴承');
    expect(cleanName('6.5万平方米标准厂房建设工程'.slice(3))).toBe('标准厂房建设工程');
    expect(cleanName('“海盛科学谷”')).toBe('海盛科学谷');
    expect(validName('新能源电池材料项目')).toBe(true);
    expect(validName('重点产业项目')).toBe(false);
    expect(validName('第三批省级重点项目')).toBe(false);
    expect(validName('要强化项目')).toBe(false);
  });
  it('equal the regexes they replaced, on random names', () => {
    const next = random(17);
    /** How often each rule decided: the random names reach all of them. */
    let valid = 0;
    let cut = 0;
    let generic = 0;
    for (let round = 0; round < 20000; round++) {
      const run = randomText(next, next() < 0.3 ? GENERIC_PIECES : PIECES, 9) + (next() < 0.7 ? NAME_SUFFIXES[below(next, NAME_SUFFIXES.length)] : '');
      expect(validName(run), JSON.stringify(run)).toBe(oldValidName(run));
      expect(cleanName(run), JSON.stringify(run)).toBe(oldCleanName(run));
      expect(genericStem(run, 0, run.length), JSON.stringify(run)).toBe(GENERIC_STEM.test(run));
      if (oldValidName(run)) valid++;
      if (oldCleanName(run).length < run.length - 2) cut++;
      if (GENERIC_STEM.test(run)) generic++;
    }
    expect(Math.min(valid, cut, generic)).toBeGreaterThan(500);
  });
  it('read a range of a longer text as they read a copy of it', () => {
    const next = random(19);
    for (let round = 0; round < 20000; round++) {
      const t = randomText(next, PIECES, 14);
      const [from, to] = randomRange(next, t.length);
      const part = t.slice(from, to);
      const context = JSON.stringify({ t, from, to });
      expect(validNameAt(t, from, to), context).toBe(oldValidName(part));
      expect(genericStem(t, from, to), context).toBe(GENERIC_STEM.test(part));
      if (/^[“"‘]|[”"’]$/.test(part)) continue; // cleanStart is cleanName once quotes are off
      expect(t.slice(cleanStart(t, from, to, lineEnd(t, from, to)), to), context).toBe(oldCleanName(part));
    }
  });
  it('read a name run before a suffix word as the walk back, cleanName and validName did', () => {
    const next = random(23);
    const pieces = [...PIECES.filter((p) => !/[“”"‘’\n\u2028]/.test(p)), '企业', '公司', '，', '、', '。', ' ',
      '产业园和', '科技园及', '工程与', '万和', '园区和', '单位及'];
    let named = 0;
    for (let round = 0; round < 20000; round++) {
      const suffix = NAME_SUFFIXES[below(next, NAME_SUFFIXES.length)]!;
      const before = randomText(next, pieces, 12);
      const t = before + suffix + randomText(next, pieces, 3);
      const at = before.length;
      const end = at + suffix.length;
      const from = below(next, at + 1);
      const context = JSON.stringify({ t, from, at });
      const start = oldRunStart(t, from, at);
      const run = scanRun(t, from, at, end);
      expect(run.start, context).toBe(start);
      if (end - start < suffix.length + 2) continue;
      const name = oldCleanName(t.slice(start, end));
      const expected = oldValidName(name) ? end - name.length : -1;
      expect(runNameStart(t, run, at, end), context).toBe(expected);
      if (expected >= 0) named++;
    }
    expect(named).toBeGreaterThan(1000);
  });
  it('find generic stems within a range of a longer text', () => {
    const t = '推动第十二批重点项目';
    expect(genericStem(t, 2, 8)).toBe(true); // 第十二批重点
    expect(genericStem(t, 2, 9)).toBe(false); // …项
    expect(genericStem(t, 0, 0)).toBe(false);
  });
});
