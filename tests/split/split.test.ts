import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../src/read/lines.js';
import { splitArticles } from '../../src/split/index.js';
import { headRoles, leadDate, leadReporters } from '../../src/split/fields.js';
import { loadDefaultRegistry } from '../../src/zones/load.js';
import type { ArticleDraft } from '../../src/types.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/bulletins');
const registry = loadDefaultRegistry();

function split(name: string, transform: (t: string) => string = (t) => t) {
  const decoded = transform(fs.readFileSync(path.join(fixtures, name), 'utf8'));
  return { decoded, ...splitArticles(toLines(decoded), registry, name) };
}
const summary = (a: ArticleDraft) => ({ zone: a.zoneAsPrinted, title: a.title, kicker: a.kicker, date: a.date, authors: a.authors });
const textOf = (decoded: string, spans: { start: number; end: number }[]) => spans.map((s) => decoded.slice(s.start, s.end)).join('|');

describe('head-first bulletins', () => {
  const r = split('head-first.txt');

  it('finds each article with zone line, headline, kicker, date and bylines', () => {
    expect(r.articles.map(summary)).toEqual([
      { zone: '侯马经济开发区', title: '新材料产业园二期项目集中开工', kicker: null, date: '03-12', authors: ['赵明远'] },
      { zone: '长治经开区', title: '走访园区企业 了解用工需求', kicker: null, date: null, authors: ['孙晓丽'] },
      { zone: '晋城经开区', title: '以服务之“进”促发展之“稳”', kicker: '——晋城经开区优化营商环境工作纪实', date: null, authors: ['周一鸣'] },
      { zone: '山西转型综改示范区', title: '智能装备制造基地主体完工', kicker: null, date: '05-06', authors: ['吴晓峰', '郑雨'] },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('keeps bylines, captions and subheadings out of the running text', () => {
    const [first, , third, fourth] = r.articles;
    const body1 = textOf(r.decoded, first!.body);
    expect(body1).toContain('共有8个项目同时开工');
    expect(body1).not.toContain('赵明远');
    expect(body1).not.toContain('供图');
    expect(textOf(r.decoded, third!.body)).not.toContain('一是审批提速');
    const body4 = textOf(r.decoded, fourth!.body);
    expect(body4.endsWith('目前主体结构已全部完工。')).toBe(true);
    // The article's spans cover its byline too.
    expect(textOf(r.decoded, fourth!.spans)).toContain('吴晓峰 郑雨');
  });

  it('gives spans that slice the decoded text at the right lines', () => {
    for (const a of r.articles) {
      for (const s of a.spans) {
        const lineStart = r.decoded.split('\n').slice(0, s.line - 1).join('\n').length + (s.line > 1 ? 1 : 0);
        expect(s.start).toBeGreaterThanOrEqual(lineStart);
      }
    }
  });

  it('reads the same articles from CRLF text and from text cut every 20 characters', () => {
    const crlf = split('head-first.txt', (t) => t.replace(/\n/g, '\r\n'));
    expect(crlf.articles.map(summary)).toEqual(r.articles.map(summary));
    const wrapped = split('head-first.txt', (t) => t.split('\n').flatMap((l) => (l.length <= 22 ? [l] : l.match(/.{1,20}/gu) ?? [])).join('\n'));
    expect(wrapped.articles.map((a) => [a.title, a.date, a.authors])).toEqual(r.articles.map((a) => [a.title, a.date, a.authors]));
  });
});

describe('text copied out of PDF columns', () => {
  it('takes headlines that follow their bodies', () => {
    expect(split('columns.txt').articles.map(summary)).toEqual([
      { zone: '平遥经开区', title: '紧盯目标任务 推动项目建设', kicker: '平遥经开区召开一季度项目推进会', date: null, authors: ['杜文华'] },
      { zone: '榆社经济技术开发区', title: '开展安全生产大检查', kicker: null, date: '06-18', authors: ['冯雅琴'] },
      { zone: '介休经济技术开发区', title: '招商引资 跑出加速度', kicker: null, date: null, authors: ['宋立新'] },
    ]);
  });

  it('reads the same without the blank lines between paragraphs', () => {
    const r = split('columns.txt', (t) => t.replace(/\n\s*\n/g, '\n'));
    expect(r.articles.map((a) => [a.title, a.authors])).toEqual([
      ['紧盯目标任务 推动项目建设', ['杜文华']], ['开展安全生产大检查', ['冯雅琴']], ['招商引资 跑出加速度', ['宋立新']],
    ]);
  });
});

describe('an article split by another', () => {
  const r = split('split-article.txt');
  it('joins the parts under the headline that comes last', () => {
    expect(r.articles.map((a) => a.title)).toEqual(['产业链招商结硕果', '举办企业服务日活动', '人才引领 创新驱动']);
    const joined = r.articles[2]!;
    expect(joined.authors).toEqual(['卫思远']);
    expect(joined.zoneAsPrinted).toBe('河津经济技术开发区');
    const body = textOf(r.decoded, joined.body);
    expect(body).toContain('先后引进各类专业人才46名');
    expect(body).toContain('让人才引得进');
    expect(joined.body[0]!.start).toBeLessThan(r.articles[1]!.spans[0]!.start);
  });
  it('leaves the first article its own text only', () => {
    expect(textOf(r.decoded, r.articles[0]!.body)).not.toContain('人才');
  });
});

describe('headline roles', () => {
  it('tells a zone label from a clause above the headline', () => {
    expect(headRoles(['运城经开区行政审批局', '召开工作谋划会'], registry)).toEqual({ zoneLine: '运城经开区行政审批局', kicker: null, title: '召开工作谋划会' });
    expect(headRoles(['阳泉高新区安排部署下半年工作', '压实责任 加快项目建设'], registry)).toEqual({ zoneLine: null, kicker: '阳泉高新区安排部署下半年工作', title: '压实责任 加快项目建设' });
    expect(headRoles(['忻州市开发区', '召开座谈会'], registry).zoneLine).toBe('忻州市开发区');
  });
});

describe('lead fields', () => {
  it('dates the event from the lead, not from 近日 or a cut-off', () => {
    expect(leadDate('科学导报 7 月 31 日,会议召开。')).toBe('07-31');
    expect(leadDate('科学导报 岁末年初,天气转冷。1月19日下午,领导深入企业。')).toBe('01-19');
    expect(leadDate('本刊讯 近日,园区于3月2日启动的项目竣工。')).toBeNull();
    expect(leadDate('截至6月30日,园区签约项目8个。')).toBeNull();
    expect(leadDate('开发区作为主战场。开发区坚持党建引领。10月12日,组织活动。')).toBeNull();
  });
  it('reads reporters named in the lead', () => {
    expect(leadReporters('科学导报 记者范小琛 近日,园区…')).toEqual(['范小琛']);
    expect(leadReporters('本报讯(记者 王波 通讯员 李华)5月3日,…')).toEqual(['王波', '李华']);
    expect(leadReporters('科学导报 近日,园区…')).toEqual([]);
  });
});

describe('page furniture and sentences cut by blank lines', () => {
  const text = [
    '科学导报 2026年3月10日 星期二 第5版', '',
    '襄垣经济技术开发区', '', '# 一季度新签约项目6个', '',
    '科学导报 3月8日,襄垣经济技术开发区召开一季度招商引资调度会。会议通报了园区',
    '', '一季度新签约项目6个', '', '总投资18.2亿元的情况。', '',
    '刘海燕', '', '责任编辑:陈思', '(完)',
  ].join('\n');
  const r = splitArticles(toLines(text), registry, 'furniture.txt');

  it('skips page headers, editor credits and 完, and finds one article', () => {
    expect(r.articles.map(summary)).toEqual([
      { zone: '襄垣经济技术开发区', title: '一季度新签约项目6个', kicker: null, date: '03-08', authors: ['刘海燕'] },
    ]);
  });
  it('keeps a fragment cut off mid-sentence in the running text', () => {
    const body = textOf(text, r.articles[0]!.body);
    expect(body).toContain('一季度新签约项目6个|总投资18.2亿元');
  });
});

describe('layout by evidence', () => {
  it('reads a column bulletin body-first even under a page title line', () => {
    const decoded = `开发区动态\n\n${fs.readFileSync(path.join(fixtures, 'columns.txt'), 'utf8')}\n\n(下转第4版)\n`;
    const r = splitArticles(toLines(decoded), registry, 'x.txt');
    expect(r.articles.map((a) => [a.title, a.authors])).toEqual([
      ['紧盯目标任务 推动项目建设', ['杜文华']], ['开展安全生产大检查', ['冯雅琴']], ['招商引资 跑出加速度', ['宋立新']],
    ]);
  });
});

describe('one paragraph per line, no blank lines', () => {
  it('finds headlines with commas, bracketed zone labels and 文/图 bylines', () => {
    const r = split('page-2024-05-20.txt');
    expect(r.articles.map(summary)).toEqual([
      { zone: '怀仁经开区', title: '陶瓷产业园5个项目集中签约,总投资28亿元', kicker: null, date: '05-16', authors: ['李文博', '赵欣'] },
      { zone: '运城盐湖高新区', title: '“智造”引领 筑链成群', kicker: '——盐湖高新区培育新能源装备产业集群纪实', date: null, authors: ['韩晓东'] },
    ]);
    expect(textOf(r.decoded, r.articles[1]!.body)).not.toMatch(/摄|责任编辑/);
  });
});

describe('headlines without text', () => {
  it('are reported, not read as articles', () => {
    const text = '本期导读\n\n侯马经开区签约3个项目\n\n祁县经开区入选特色园区\n\n侯马经济开发区\n\n# 签约3个新材料项目\n\n科学导报 2月3日,侯马经济开发区签约3个新材料项目。\n\n王明\n';
    const r = splitArticles(toLines(text), registry, 'toc.txt');
    expect(r.articles.map((a) => a.title)).toEqual(['签约3个新材料项目']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'split.headline-only', severity: 'info', line: 1 })]);
  });
});

describe('other shapes of zone news', () => {
  it('takes a zone line printed under the headline and a bracketed 记者 byline', () => {
    const text = '# 园区污水处理厂通水运行\n\n阳城经济技术开发区\n\n科学导报 6月2日,阳城经济技术开发区污水处理厂正式通水运行。\n\n该厂日处理能力2万吨。(记者 牛晓峰)\n';
    const r = splitArticles(toLines(text), registry, 'z.txt');
    expect(r.articles.map(summary)).toEqual([
      { zone: '阳城经济技术开发区', title: '园区污水处理厂通水运行', kicker: null, date: '06-02', authors: ['牛晓峰'] },
    ]);
  });
  it('reads a byline line that ends with 报道', () => {
    const text = '沁水经济技术开发区\n\n# 煤层气项目开工\n\n科学导报 5月9日,沁水经济技术开发区煤层气综合利用项目开工。\n\n记者 任思源 报道\n';
    expect(splitArticles(toLines(text), registry, 'b.txt').articles[0]?.authors).toEqual(['任思源']);
  });
});

describe('captions without a credit', () => {
  it('are not headlines', () => {
    const text = '高平经济技术开发区\n\n# 新能源电池项目试产\n\n图为项目生产车间内工人正在调试新安装的电芯生产设备\n\n科学导报 4月9日,高平经济技术开发区新能源电池项目试产成功。\n\n杨帆\n';
    const r = splitArticles(toLines(text), registry, 'c.txt');
    expect(r.articles.map(summary)).toEqual([
      { zone: '高平经济技术开发区', title: '新能源电池项目试产', kicker: null, date: '04-09', authors: ['杨帆'] },
    ]);
  });
});
