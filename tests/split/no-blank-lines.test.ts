// Text copied out of narrow PDF columns: lines cut at a fixed width and no blank lines at all, so
// headlines, bylines and captions must be told from the running text by their own shape.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/read/lines.js';
import { splitArticles } from '../../src/split/index.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import type { ArticleDraft } from '../../src/types.js';
import { cutLines, dropBlankLines } from './layouts.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bulletins');
const registry = loadDefaultRegistry();
const split = (text: string) => splitArticles(toLines(text), registry, 'columns.txt');
const summary = (a: ArticleDraft) => ({ zone: a.zoneAsPrinted, title: a.title, kicker: a.kicker, date: a.date, authors: a.authors });
const bodyOf = (text: string, a: ArticleDraft) => a.body.map((s) => text.slice(s.start, s.end)).join('|');

describe('the sample bulletins cut into columns without blank lines', () => {
  const files = ['head-first.txt', 'columns.txt', 'split-article.txt', 'page-2024-05-20.txt', 'unknown-zone.txt'];
  const layouts = [
    { name: 'cut at 16, no blank lines', make: (t: string) => dropBlankLines(cutLines(t, 16)) },
    { name: 'cut at 16', make: (t: string) => cutLines(t, 16) },
    { name: 'cut at 20, no blank lines', make: (t: string) => dropBlankLines(cutLines(t, 20)) },
    { name: 'no blank lines', make: dropBlankLines },
  ];
  const cases = files.flatMap((file) => layouts.map((l) => ({ file, ...l })));
  it.each(cases)('$file, $name: the same articles as the original', ({ file, make }) => {
    const original = fs.readFileSync(path.join(fixtures, file), 'utf8');
    expect(split(make(original)).articles.map(summary)).toEqual(split(original).articles.map(summary));
  });
});

/** Paragraphs as a 16-character column prints them: cut every 16 characters, no blank lines. */
const column = (...paragraphs: string[]): string => dropBlankLines(cutLines(paragraphs.join('\n'), 16));

describe('column rules, one by one (own sentences, cut at 16)', () => {
  it('a whole page in one block still splits: the photo credit at its end is no caption of everything', () => {
    const text = column(
      '平遥经济技术开发区',
      '# 新签约项目4个',
      '科学导报 2月6日,平遥经济技术开发区举行春季项目签约会,现场签约项目4个,总投资12.4亿元,涵盖新材料、食品加工等领域。',
      '冯雅琴',
      '签约现场。 平遥经开区供图',
    );
    const r = split(text);
    expect(r.articles.map(summary)).toEqual([
      { zone: '平遥经济技术开发区', title: '新签约项目4个', kicker: null, date: '02-06', authors: ['冯雅琴'] },
    ]);
    expect(bodyOf(text, r.articles[0]!)).not.toContain('供图');
  });

  it('a byline at exactly the cut width ends its article before the next zone line', () => {
    const text = column(
      '榆社经济技术开发区',
      '# 召开安全生产会议',
      '科学导报 3月2日,榆社经济技术开发区召开安全生产会议,部署节后复工复产安全检查工作,会议要求各部门全面压实企业主体责任。 李阳',
      '介休经济技术开发区',
      '开展项目观摩活动',
      '科学导报 3月5日,介休经济技术开发区组织开展重点项目观摩活动,共观摩项目7个。',
    );
    expect(text.split('\n')).toContain('部门全面压实企业主体责任。 李阳');
    expect(split(text).articles.map((a) => [a.zoneAsPrinted, a.title, a.authors])).toEqual([
      ['榆社经济技术开发区', '召开安全生产会议', ['李阳']],
      ['介休经济技术开发区', '开展项目观摩活动', []],
    ]);
  });

  it('a name cut in two by the width stays one byline', () => {
    const text = column(
      '长治经开区',
      '# 召开企业用工座谈会',
      '科学导报 6月3日,长治经开区召开企业用工座谈会,帮助企业解决招工难题,现场达成用工意向120人,涉及岗位共三十余个类别。 叶芝花',
      '长治经开区',
      '# 走访园区企业',
      '科学导报 6月8日,长治经开区走访园区重点企业,了解企业生产经营情况。',
    );
    expect(text.split('\n')).toContain('花');
    expect(split(text).articles.map((a) => [a.title, a.authors])).toEqual([['召开企业用工座谈会', ['叶芝花']], ['走访园区企业', []]]);
  });

  it('a bracketed byline whose closing bracket fell onto the next line still ends the article', () => {
    const text = column(
      '河津经济技术开发区',
      '# 开展招商引资培训',
      '本刊讯 近日,河津经济技术开发区开展招商引资业务培训,参训人员共计60人,培训为期两天。(卫思远)',
      '稷山经济技术开发区',
      '# 举办企业服务日活动',
      '本刊讯 9月20日,稷山经济技术开发区举办企业服务日活动,为企业解决融资、用地等问题12个。(常乐)',
    );
    expect(text.split('\n')).toContain(')');
    const r = split(text);
    expect(r.articles.map((a) => [a.zoneAsPrinted, a.title, a.authors])).toEqual([
      ['河津经济技术开发区', '开展招商引资培训', ['卫思远']],
      ['稷山经济技术开发区', '举办企业服务日活动', ['常乐']],
    ]);
  });

  it('a headline with a comma right above a lead is a headline, even with a sentence ending at the width before it', () => {
    const text = column(
      '科学导报 近日,侯马经济开发区召开项目调度会,研究解决项目建设问题,推动项目早建成。',
      '赵明远',
      '侯马经济开发区',
      '新材料产业园3个项目签约,总投资9亿元',
      '科学导报 4月9日,侯马经济开发区新材料产业园3个项目集中签约,总投资9亿元。',
    );
    expect(text.split('\n')).toContain('新材料产业园3个项目签约,总投资');
    const r = split(text);
    expect(r.articles.map((a) => [a.title, a.date])).toEqual([[expect.any(String), null], ['新材料产业园3个项目签约,总投资9亿元', '04-09']]);
    expect(r.articles[0]!.authors).toEqual(['赵明远']);
  });

  it('a headline above a two-line photo caption and a lead keeps its article', () => {
    const text = column(
      '晋城经开区',
      '# 召开优化营商环境推进会',
      '科学导报 近日,晋城经开区召开优化营商环境工作推进会,部署下一阶段重点任务。 周一鸣',
      '山西转型综改示范区潇河产业园区',
      '智能装备制造基地主体完工',
      '智能装备制造基地项目建设现场。综改区供图',
      '科学导报 5月6日,山西转型综改示范区潇河产业园区智能装备制造基地项目主体结构全部完工。',
    );
    const r = split(text);
    expect(r.articles.map((a) => [a.title, a.zoneAsPrinted, a.date])).toEqual([
      ['召开优化营商环境推进会', '晋城经开区', null],
      ['智能装备制造基地主体完工', '山西转型综改示范区', '05-06'],
    ]);
  });
});

describe('a source marker cut in two by the line end', () => {
  const page = (cut: string) => [
    '临猗现代农业产业示范区',
    '“三个一”推动农业园区提质增效路径本刊讯',
    ' 近日，临猗现代农业产业示范区围绕果业布局，推进项目建设。',
  ].join('\n').replace('路径本刊讯\n ', cut);

  it.each([
    ['…路径本刊 / 讯 …', '路径本刊\n讯 '],
    ['…路径本 / 刊讯 …', '路径本\n刊讯 '],
    ['…路径 / 本刊讯 …', '路径\n本刊讯 '],
  ])('%s: the headline keeps none of the marker', (_name, cut) => {
    const r = split(page(cut));
    const last = r.articles[r.articles.length - 1]!;
    expect(last.title).toBe('“三个一”推动农业园区提质增效路径');
    expect(last.zoneAsPrinted).toBe('临猗现代农业产业示范区');
  });
});

describe('natural column lines beside lines cut at a close width', () => {
  it('a paragraph opening with two lines without commas stays running text', () => {
    // Lines of 14–17 characters (a PDF column) in a file whose long lines were cut at 16.
    const column16 = cutLines('科学导报 5月12日,阳泉高新区召开重点项目调度会,研究解决项目建设中的用地、用电等问题,推动项目早日开工建设,确保完成全年目标任务。', 16);
    const text = [
      '阳泉高新区', '', '# 召开重点项目调度会', '', column16, '',
      '阳泉高新区把园区建设和招商', '作为推动产业转型升级和跨越发展', '的重要抓手,持续推进重点项目建设,', '今年以来新开工项目6个。', '', '赵明远',
    ].join('\n');
    const r = split(text);
    expect(r.articles.map((a) => a.title)).toEqual(['召开重点项目调度会']);
    expect(bodyOf(text, r.articles[0]!)).toContain('作为推动产业转型升级和跨越发展');
  });
});
