// An article cut by the page: "（下转第4版）" under its first part, "（上接第1版）" over the rest,
// with other articles in between. Own sentences and figures.
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/read/lines.js';
import { splitArticles } from '../../src/split/index.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';

const registry = loadDefaultRegistry();
const split = (text: string) => splitArticles(toLines(text), registry, 'jumps.txt');

const page = (jumpOut: string, jumpIn: string) => [
  '## 孝义经济技术开发区', '',
  '## 四季度项目冲刺有力', '',
  `本刊讯 10月12日，孝义经济技术开发区召开四季度项目冲刺会。前三季度，开发区新开工项目9个。${jumpOut}`, '',
  '## 交城经济开发区', '',
  '## 举办银企对接会', '',
  '本刊讯 10月15日，交城经济开发区举办银企对接会，8家企业获得授信。（郭丽）', '',
  `${jumpIn}会议要求，各部门要倒排工期，确保年内再竣工项目4个。（曹宁）`,
].join('\n');

describe('articles continued further down the page', () => {
  it('joins the part after （上接…） to the article that ended with （下转…）', () => {
    const r = split(page('（下转第4版）', '（上接第1版）'));
    expect(r.articles.map((a) => [a.title, a.authors])).toEqual([
      ['四季度项目冲刺有力', ['曹宁']],
      ['举办银企对接会', ['郭丽']],
    ]);
    expect(r.articles[0]!.body).toHaveLength(2);
  });

  it('reads a jump written in Chinese numerals as no byline', () => {
    const r = split(page('（下转四版）', '（上接一版）'));
    expect(r.articles.map((a) => [a.title, a.authors])).toEqual([
      ['四季度项目冲刺有力', ['曹宁']],
      ['举办银企对接会', ['郭丽']],
    ]);
  });

  it('leaves a continuation whose first part is not on the page as a text of its own', () => {
    const r = split(page('', '（上接第1版）'));
    expect(r.articles).toHaveLength(3);
    expect(r.articles[0]!.authors).toEqual([]);
  });
});
