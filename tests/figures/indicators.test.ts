import { describe, expect, it } from 'vitest';
import { figuresOf, rows } from './helpers.js';

describe('indicators: pairs and lists', () => {
  it('reads a count and its total investment as two figures, for each stage', () => {
    expect(rows('2024年,开发区共签约项目56个,总投资312.8亿元;新开工项目23个,总投资88.6亿元;竣工投产项目11个。')).toEqual([
      'signed_projects 56个 actual 2024..2024',
      'signed_investment 312.8亿元 actual 2024..2024',
      'started_projects 23个 actual 2024..2024',
      'started_investment 88.6亿元 actual 2024..2024',
      'completed_projects 11个 actual 2024..2024',
    ]);
  });
  it('reads "总投资X亿元的N个项目" as a pair', () => {
    expect(rows('今年以来,总投资8.5亿元的12个项目集中开工。')).toEqual([
      'started_projects 12个 actual 2026..2026',
      'started_investment 8.5亿元 actual 2026..2026',
    ]);
  });
  it('gives "分别完成A、B、C" over a year range one year each', () => {
    expect(rows('2021年~2023年,全区规上工业总产值分别完成120.5亿元、135.2亿元、150.8亿元。')).toEqual([
      'industrial_output 120.5亿元 actual 2021..2021',
      'industrial_output 135.2亿元 actual 2022..2022',
      'industrial_output 150.8亿元 actual 2023..2023',
    ]);
  });
  it('reads "从2020年的A增至2024年的B" as two figures with their own years', () => {
    expect(rows('规上企业从2020年的18家增至2024年的35家。')).toEqual([
      'enterprises_above_scale 18家 actual 2020..2020',
      'enterprises_above_scale 35家 actual 2024..2024',
    ]);
  });
  it('does not count type breakdowns that carry no stage word', () => {
    expect(rows('2025年共谋划项目30个,其中续建项目8个,新建项目22个,总投资96亿元。')).toEqual([
      'planned_projects 30个 actual 2025..2025',
      'planned_investment 96亿元 actual 2025..2025',
    ]);
  });
  it('keeps sub-figures that have their own stage word', () => {
    expect(rows('今年以来,共对接项目60次,其中签约项目14个,落地项目9个。')).toEqual([
      'signed_projects 14个 actual 2026..2026',
      'landed_projects 9个 actual 2026..2026',
    ]);
  });
});

describe('indicators: cues', () => {
  it('reads the stage word after the count ("N个开复工", "N个项目已竣工")', () => {
    expect(rows('2025年谋划的项目中已有14个开复工,其中6个项目已竣工。', { issueYear: 2025 })).toEqual([
      'started_projects 14个 actual 2025..2025',
      'completed_projects 6个 actual 2025..2025',
    ]);
  });
  it('takes a stage word used as head noun ("开工数")', () => {
    expect(rows('当年新签约项目开工数5个。')).toEqual(['started_projects 5个 actual 2026..2026']);
  });
  it('reads amounts named by their own words', () => {
    expect(rows('截至目前,全区招商引资累计签约额为23.7亿元。')).toEqual(['signed_investment 23.7亿元 actual _..2026']);
    expect(rows('全年签约金额31亿元,入库项目17个。')).toEqual([
      'signed_investment 31亿元 actual 2026..2026', 'registered_projects 17个 actual 2026..2026',
    ]);
  });
  it('reads 重点项目 as ongoing only without another stage word', () => {
    expect(rows('目前,市级重点项目4个正在推进。共谋划重点项目12个。', { issueYear: 2024 })).toEqual([
      'ongoing_projects 4个 actual _..2024',
      'planned_projects 12个 actual _..2024',
    ]);
  });
  it('reads Chinese numerals as counts', () => {
    expect(rows('今年以来,开发区新落地项目十二个。')).toEqual(['landed_projects 12个 actual 2026..2026']);
  });
  it('reads full-width digits and numbers broken by line breaks', () => {
    expect(rows('２０２５年，共签约项目１２个，总投资４５．６亿元。', { issueYear: 2025 })).toEqual([
      'signed_projects 12个 actual 2025..2025', 'signed_investment 45.6亿元 actual 2025..2025',
    ]);
    expect(rows('今年新开工项目 9\n个，总投资 6.8\n8 亿\n元。')).toEqual([
      'started_projects 9个 actual 2026..2026', 'started_investment 6.88亿元 actual 2026..2026',
    ]);
  });
  it('reads year-on-year growth in the same clause', () => {
    expect(rows('一季度,全区规上工业产值完成96.3亿元,同比增长8.5%;工业投资完成12.4亿元,同比下降3.2%。')).toEqual([
      'industrial_output 96.3亿元 actual 2026-Q1..2026-Q1 yoy 8.5',
      'industrial_investment 12.4亿元 actual 2026-Q1..2026-Q1 yoy -3.2',
    ]);
  });
});

describe('indicators: status', () => {
  it('makes goals targets', () => {
    expect(rows('力争全年新签约项目40个以上,年度计划投资50亿元。')).toEqual([
      'signed_projects 40个~ target 2026..2026',
      'annual_planned_investment 50亿元 target 2026..2026',
    ]);
    expect(rows('预计上半年还有3个项目可以开工。')).toEqual(['started_projects 3个 target 2026-Q1..2026-Q2']);
  });
  it('keeps 计划总投资 of started projects actual', () => {
    expect(rows('今年新开工项目计划总投资12.5亿元。')).toEqual(['started_investment 12.5亿元 actual 2026..2026']);
  });
});

describe('indicators: periods', () => {
  it('carries a sentence\'s period to the next sentences of its paragraph only', () => {
    const text = '截至11月底,开发区共签约项目10个。签约金额20亿元。\n\n全区在建项目6个。';
    expect(rows(text, { issueYear: 2025 })).toEqual([
      'signed_projects 10个 actual _..2025-11',
      'signed_investment 20亿元 actual _..2025-11',
      'ongoing_projects 6个 actual _.._',
    ]);
  });
  it('prefers a period in the figure\'s own clause, even after it', () => {
    expect(rows('目前,2025年谋划的项目中有8个项目年底可实现投产。', { issueYear: 2025 })).toEqual([
      'completed_projects 8个 target 2025-12..2025-12',
    ]);
  });
  it('reads 年度 inside the noun phrase as the issue year', () => {
    expect(rows('紧盯25个年度重点推进项目。', { issueYear: 2026 })).toEqual(['ongoing_projects 25个 actual 2026..2026']);
  });
});

describe('indicators: what is not a zone figure', () => {
  it('drops city, county and province totals with a diagnostic', () => {
    const r = figuresOf('今年,全市开发区共签约项目300个,总投资1500亿元。');
    expect(r.indicators).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['figures.not-zone', 'figures.not-zone']);
  });
  it('skips company figures, capacities, areas and services', () => {
    expect(rows('该公司今年销售额达5亿元。某集团累计投入20亿元开发风电项目。项目占地120亩,年产能30万吨。')).toEqual([]);
    expect(rows('全年为45个项目提供代办服务,共建立12个项目专班。')).toEqual([]);
  });
  it('attributes a figure to another zone named in its clause', () => {
    const r = figuresOf('交城经济开发区今年签约项目8个。');
    expect(r.indicators.map((i) => i.zone)).toEqual(['交城经济开发区']);
  });
  it('keeps the article zone when the clause names it generically', () => {
    const r = figuresOf('2025年经开区签约项目8个。');
    expect(r.indicators.map((i) => i.zone)).toEqual(['襄垣经济技术开发区']);
  });
});

describe('indicators: evidence and de-duplication', () => {
  it('cites an exact substring of the input, cut to the line holding the number', () => {
    const text = '目前,全区在建项目有 14\n个,总投资 21.5 亿元。';
    const r = figuresOf(text, { issueYear: 2024 });
    for (const i of r.indicators) expect(text.slice(i.span.start, i.span.end)).toBe(i.evidence);
    expect(r.indicators.map((i) => [i.evidence, i.span.line])).toEqual([
      ['全区在建项目有 14', 1],
      ['个,总投资 21.5 亿元', 2],
    ]);
  });
  it('reports the same figure repeated in one article once', () => {
    expect(rows('今年签约项目9个。\n\n今年签约项目9个。')).toEqual(['signed_projects 9个 actual 2026..2026']);
  });
  it('normalises money to 亿元', () => {
    const [i] = figuresOf('今年到位资金4000万元。').indicators;
    expect(i).toMatchObject({ metric: 'funds_in_place', value: 4000, unit: '万元', amountYi: 0.4 });
  });
});

describe('indicators: more ways zone news says it', () => {
  it('reads 完成投资 / 协议引资 / 签约总额 as the investment of the count before', () => {
    expect(rows('全年共实施项目45个,完成投资32.6亿元。')).toEqual([
      'ongoing_projects 45个 actual 2026..2026', 'ongoing_investment 32.6亿元 actual 2026..2026',
    ]);
    expect(rows('今年签约项目32个,协议引资156亿元。')).toEqual([
      'signed_projects 32个 actual 2026..2026', 'signed_investment 156亿元 actual 2026..2026',
    ]);
    expect(rows('今年新签约亿元以上项目12个,签约总额86.3亿元。')).toEqual([
      'signed_projects 12个 actual 2026..2026', 'signed_investment 86.3亿元 actual 2026..2026',
    ]);
  });
  it('reads growth after 较去年同期 and a bare 增长 right after the amount', () => {
    expect(rows('今年固定资产投资完成45亿元,较去年同期增长12%。')).toEqual([
      'fixed_asset_investment 45亿元 actual 2026..2026 yoy 12',
    ]);
    expect(rows('今年工业投资完成45.7亿元,增长28.1%。')).toEqual([
      'industrial_investment 45.7亿元 actual 2026..2026 yoy 28.1',
    ]);
  });
  it('reads a stage word further left in the noun phrase (新建成投产, 开工建设)', () => {
    expect(rows('今年新建成投产项目6个,开工建设项目25个。')).toEqual([
      'completed_projects 6个 actual 2026..2026', 'started_projects 25个 actual 2026..2026',
    ]);
  });
  it('keeps a named zone\'s figure inside a city round-up and drops the city total', () => {
    const r = figuresOf('今年,全市开发区共签约项目100个,其中交城经济开发区签约10个。');
    expect(r.indicators.map((i) => `${i.zone} ${i.metric} ${i.value}`)).toEqual(['交城经济开发区 signed_projects 10']);
  });
  it('does not read 亿元以上 as a number', () => {
    expect(rows('今年开工亿元以上项目8个。')).toEqual(['started_projects 8个 actual 2026..2026']);
  });
  it('does not take 将 used as 把, or a goal in another clause, for a target', () => {
    expect(rows('开发区将招商引资作为“一号工程”,今年签约项目20个。')).toEqual(['signed_projects 20个 actual 2026..2026']);
    expect(rows('锚定目标任务,今年签约项目20个。')).toEqual(['signed_projects 20个 actual 2026..2026']);
    expect(rows('下一步,开发区将加大招商力度,新签约项目30个以上。')).toEqual(['signed_projects 30个~ target _.._']);
  });
});

describe('diagnostics', () => {
  it('says when an investment amount was seen but given to no metric or project', () => {
    const r = figuresOf('2025年谋划项目20个。其中续建项目8个,新建项目12个,总投资35亿元。');
    expect(r.indicators.map((i) => `${i.metric} ${i.value}`)).toEqual(['planned_projects 20']);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'figures.amount-unread', line: 1, file: 'test.txt' })]);
  });
});

describe('indicators: regressions from a bulletin of our own', () => {
  it('carries the clause-standing period of a sentence past a semicolon', () => {
    expect(rows('今年以来,开发区坚持项目为王,1—9月,全区新签约项目28个;新开工项目19个。', { issueYear: 2025 })).toEqual([
      'signed_projects 28个 actual 2025-01..2025-09',
      'started_projects 19个 actual 2025-01..2025-09',
    ]);
  });
  it('does not carry a period inside a noun phrase ("当年新签约项目")', () => {
    expect(rows('截至11月底,共签约项目5个,当年新签约项目开工数3个。到位资金2亿元。', { issueYear: 2024 })).toEqual([
      'signed_projects 5个 actual _..2024-11',
      'started_projects 3个 actual 2024..2024',
      'funds_in_place 2亿元 actual _..2024-11',
    ]);
  });
  it('ends the noun phrase after a number at a list mark', () => {
    expect(rows('确保全年新签约项目40个以上、新增规上工业企业10家。')).toEqual([
      'signed_projects 40个~ target 2026..2026',
      'enterprises_above_scale 10家 target 2026..2026',
    ]);
  });
  it('gives "2023年、2024年…分别…A、B" one listed year each', () => {
    expect(rows('2023年、2024年,开发区分别引进项目32个、41个。')).toEqual([
      'signed_projects 32个 actual 2023..2023',
      'signed_projects 41个 actual 2024..2024',
    ]);
  });
  it('skips a company\'s jobs and output', () => {
    expect(rows('华晟光电公司今年实现工业产值18亿元,新增就业岗位300余个。')).toEqual([]);
  });
});

describe('indicators: regressions from a column-layout bulletin of our own', () => {
  const column = (s: string) => s.match(/.{1,16}/g)?.join('\n') ?? '';
  it('dates an annual plan by its year even under a months period', () => {
    expect(rows(column('今年1-10月,全区实施重点项目26个,年度计划投资48亿元,已完成投资41.7亿元。'), { issueYear: 2024 })).toEqual([
      'ongoing_projects 26个 actual 2024-01..2024-10',
      'annual_planned_investment 48亿元 target 2024..2024',
      'ongoing_investment 41.7亿元 actual 2024-01..2024-10',
    ]);
  });
  it('does not read a size class ("投资10亿元以上项目4个") as an amount', () => {
    expect(rows('今年新签约项目22个,协议总投资138.6亿元,其中投资10亿元以上项目4个。', { issueYear: 2024 })).toEqual([
      'signed_projects 22个 actual 2024..2024',
      'signed_investment 138.6亿元 actual 2024..2024',
    ]);
  });
  it('skips a project\'s expected effects after 建成后/达产后', () => {
    expect(rows('该项目达产后可实现年产值30亿元,新增就业岗位800个。')).toEqual([]);
  });
  it('reads 明年, 不低于 and 现有', () => {
    expect(rows('明年该区将谋划储备项目50个以上,总投资不低于300亿元。全区现有高新技术企业156家。', { issueYear: 2024 })).toEqual([
      'planned_projects 50个~ target 2025..2025',
      'planned_investment 300亿元~ target 2025..2025',
      'high_tech_enterprises 156家 actual _..2024',
    ]);
  });
  it('does not date a figure by the baseline of a comparison', () => {
    expect(rows('目前,规上工业企业达到98家,较去年增加12家。', { issueYear: 2024 })).toEqual([
      'enterprises_above_scale 98家 actual _..2024',
    ]);
  });
});

describe('indicators: regressions from a meeting report of our own', () => {
  it('reads 全年 as the year printed before it in the paragraph', () => {
    expect(rows('2025年,开发区实现营业收入312亿元;全年实施重点项目41个。', { issueYear: 2026 })).toEqual([
      'ongoing_projects 41个 actual 2025..2025',
    ]);
  });
  it('gives the inherited amount the zone of its count', () => {
    const r = figuresOf('山西农谷现代农业产业示范区今年引进项目9个,总投资15.6亿元。');
    expect(r.indicators.map((i) => i.zone)).toEqual(['山西农谷现代农业产业示范区', '山西农谷现代农业产业示范区']);
  });
  it('takes the short form of the article\'s zone for the zone itself', () => {
    const r = figuresOf('太谷经开区一季度新开工项目4个。', { zone: '太谷经济开发区' });
    expect(r.indicators.map((i) => i.zone)).toEqual(['太谷经济开发区']);
  });
});

describe('indicators: enterprise words', () => {
  it('reads 入规 as enterprises above scale', () => {
    expect(rows('今年新增入规企业6家。')).toEqual(['enterprises_above_scale 6家 actual 2026..2026']);
  });
});

describe('indicators: breakdowns after 其中 and one project\'s figures', () => {
  it('gives "总投资" after a partial breakdown to the breakdown, not to the total', () => {
    expect(rows('此次共有60个项目集中开工,总投资88亿元,年预计投资21亿元。其中,产业项目有45项,总投资70亿元。')).toEqual([
      'started_projects 60个 actual _.._',
      'started_investment 88亿元 actual _.._',
      'annual_planned_investment 21亿元 target _.._',
    ]);
  });
  it('gives "总投资" after a full breakdown (parts sum to the total) to the total', () => {
    expect(rows('今年共谋划项目12个,其中续建项目5个,新建项目7个,总投资40亿元。')).toEqual([
      'planned_projects 12个 actual 2026..2026',
      'planned_investment 40亿元 actual 2026..2026',
    ]);
  });
  it('skips what one project has done ("该项目…完成固定资产投资额")', () => {
    expect(rows('该项目是今年集中开工的项目之一,目前已完成固定资产投资额2.4亿元。')).toEqual([]);
  });
});

describe('indicators: regressions from real-style reports', () => {
  it('reads growth after 、', () => {
    expect(rows('今年1—5月实现规上工业总产值96.2亿元、增长14%。')).toEqual([
      'industrial_output 96.2亿元 actual 2026-01..2026-05 yoy 14',
    ]);
  });
  it('does not read contracted output of signed projects as industrial output', () => {
    expect(rows('今年新签约工业项目8个,合同投资额15.2亿元,合同工业产值60亿元。')).toEqual([
      'signed_projects 8个 actual 2026..2026', 'signed_investment 15.2亿元 actual 2026..2026',
    ]);
  });
  it('reads 重大项目 like 重点项目, and a ranking in the city as no city figure', () => {
    expect(rows('在全市率先出台扶持政策,净增规上工业企业12家,31个重大项目完成投资86亿元。')).toEqual([
      'enterprises_above_scale 12家 actual _.._',
      'ongoing_projects 31个 actual _.._',
      'ongoing_investment 86亿元 actual _.._',
    ]);
  });
  it('leaves "总投资X亿元的NAME项目" to the project', () => {
    const r = figuresOf('今年15个项目建成投产,总投资40亿元的华鑫电子项目当年签约、当年开工。');
    expect(r.indicators.map((i) => `${i.metric} ${i.value}`)).toEqual(['completed_projects 15']);
    expect(r.projects.map((p) => `${p.name} ${p.investment?.value}`)).toEqual(['华鑫电子项目 40']);
  });
});

describe('indicators: regressions from key-project progress reports', () => {
  it('ignores an aside count in parentheses when giving 总投资 to its count', () => {
    expect(rows('今年安排重点建设项目120项(打包项目拆分后共150项),项目总投资900亿元。')).toEqual([
      'ongoing_projects 120项 actual 2026..2026', 'ongoing_investment 900亿元 actual 2026..2026',
    ]);
  });
  it('keeps 已/实际 figures actual after a planned figure in the same sentence', () => {
    expect(rows('本年度计划开工项目60项,目前实际已开工41项。')).toEqual([
      'started_projects 60项 target 2026..2026', 'started_projects 41项 actual _..2026',
    ]);
  });
  it('reads 开、复工 as started', () => {
    expect(rows('前三季度,开发区开、复工项目30项,完成投资45亿元,比上年同期增长9%。')).toEqual([
      'started_projects 30项 actual 2026-Q1..2026-Q3',
      'started_investment 45亿元 actual 2026-Q1..2026-Q3 yoy 9',
    ]);
  });
});

describe('indicators: regressions from project round-ups', () => {
  it('reads a count through a size class ("投资额5000万元以上项目30个")', () => {
    expect(rows('截至目前,开发区共引进投资额5000万元以上项目24个,总投资210亿元,其中投资过10亿元项目6个。')).toEqual([
      'signed_projects 24个 actual _..2026', 'signed_investment 210亿元 actual _..2026',
    ]);
  });
  it('skips projects under negotiation', () => {
    expect(rows('目前在谈重点项目15个,总投资90亿元。')).toEqual([]);
  });
  it('does not read a breakdown after 含 or a repeat of a count as an ongoing count', () => {
    expect(rows('昨日,高新区集中开工6个重大项目,总投资约80亿元。6个重大项目含产业项目类4个,总投资50亿元。')).toEqual([
      'started_projects 6个 actual _.._', 'started_investment 80亿元~ actual _.._',
    ]);
  });
  it('leaves a single project\'s annual plan to the project', () => {
    const r = figuresOf('其中,“海岳科学城”项目同步动工,总投资约21亿元,年计划投资4亿元。');
    expect(r.indicators).toEqual([]);
    expect(r.projects.map((p) => `${p.name} ${p.stage} ${p.investment?.value}${p.investment?.approx ? '~' : ''}`)).toEqual([
      '海岳科学城项目 started 21~',
    ]);
  });
});

describe('indicators: city round-ups', () => {
  it('drops the figures of a city named as subject, in its sentence and the next ones of its paragraph', () => {
    const text = '阳城市“三个一批”活动共推进项目40个,总投资80亿元。其中,签约项目12个,总投资30亿元。\n\n开发区今年签约项目5个。';
    expect(rows(text)).toEqual(['signed_projects 5个 actual 2026..2026']);
  });
  it('lets the zone speak again after the city in the same paragraph', () => {
    expect(rows('阳城市“三个一批”活动共推进项目40个。开发区今年签约项目5个。')).toEqual(['signed_projects 5个 actual 2026..2026']);
  });
  it('keeps a zone named after the city', () => {
    const r = figuresOf('阳城市“三个一批”活动共推进项目40个。其中交城经济开发区签约项目6个。');
    expect(r.indicators.map((i) => `${i.zone} ${i.value}`)).toEqual(['交城经济开发区 6']);
  });
});

describe('indicators: shares of a wider area', () => {
  it('keeps a zone figure given with its share of the province', () => {
    expect(rows('今年推动56个项目签约落地(占全省的9%),计划总投资420亿元(占全省的11%)。')).toEqual([
      'signed_projects 56个 actual 2026..2026', 'signed_investment 420亿元 actual 2026..2026',
    ]);
  });
});

describe('indicators: the verb after 项目 wins over a qualifier before it', () => {
  it('reads "N个储备项目提前开工" as started and "N个新建谋划项目" as planned', () => {
    expect(rows('今年共有12个储备项目提前开工,全周期服务30个新建谋划项目。')).toEqual([
      'started_projects 12个 actual 2026..2026', 'planned_projects 30个 actual 2026..2026',
    ]);
  });
  it('keeps breakdown annual plans, which have their own cue', () => {
    expect(rows('2024年安排重点项目80个,年度计划投资60亿元。其中,续建项目50个,年度计划投资35亿元;计划开工项目30个。')).toEqual([
      'ongoing_projects 80个 actual 2024..2024',
      'annual_planned_investment 60亿元 target 2024..2024',
      'annual_planned_investment 35亿元 target 2024..2024',
      'started_projects 30个 target 2024..2024',
    ]);
  });
});

describe('diagnostics: periods', () => {
  it('says when a figure has no period, and when a relative one cannot be resolved', () => {
    expect(figuresOf('全区在建项目6个。').diagnostics.map((d) => d.code)).toEqual(['figures.no-period']);
    const r = figuresOf('今年签约项目6个。', { issueYear: null });
    expect(r.indicators[0]?.period).toEqual({ label: '今年', from: null, to: null });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['figures.period-unresolved', 'warning']]);
  });
});

describe('paragraphs in PDF columns without blank lines', () => {
  it('ends a paragraph after a short last line, so its period is not carried on', () => {
    const text = [
      '截至10月底,开发区共签约项目',
      '15个,签约金额42亿元,完成',
      '全年目标的九成。',
      '全区在建项目共有8个,其中',
      '工业项目6个,进展顺利。',
    ].join('\n');
    expect(rows(text, { issueYear: 2024 })).toEqual([
      'signed_projects 15个 actual _..2024-10',
      'signed_investment 42亿元 actual _..2024-10',
      'ongoing_projects 8个 actual _.._',
    ]);
  });
});

describe('indicators: more money nouns and quotes', () => {
  it('reads 项目总金额, 金额共计 and ‘四上’ with single quotes', () => {
    expect(rows('今年签约项目12个,签约项目总金额35亿元。')).toEqual([
      'signed_projects 12个 actual 2026..2026', 'signed_investment 35亿元 actual 2026..2026',
    ]);
    expect(rows('今年前5个月,开发区签约金额共计35亿元。')).toEqual(['signed_investment 35亿元 actual 2026-01..2026-05']);
    expect(rows('今年新增‘四上’企业7家。')).toEqual(['enterprises_above_scale 7家 actual 2026..2026']);
  });
  it('does not count firms brought in or settled as projects', () => {
    expect(rows('今年新引进企业12家,入驻企业达到156家。')).toEqual([]);
  });
});

describe('indicators: round 2, sentences of a kind not seen before', () => {
  it('keeps a total said before "其中" and a project with its own amount', () => {
    const r = figuresOf('2月份,开发区共签约项目9个,签约额21.4亿元,其中投资7亿元的精密轴承制造基地项目已完成签约。');
    expect(r.indicators.map((i) => `${i.metric} ${i.value}${i.unit}`)).toEqual(['signed_projects 9个', 'signed_investment 21.4亿元']);
    expect(r.projects.map((p) => `${p.name} ${p.stage} ${p.investment?.value}`)).toEqual(['精密轴承制造基地项目 signed 7']);
  });
  it('still gives the amounts after a named project to that project', () => {
    const r = figuresOf('“云帆智谷”项目同步开工,总投资约26亿元,年计划投资4亿元。');
    expect(r.indicators).toEqual([]);
  });
  it('reads an amount before 的 and a project name as the project\'s, not a signed total', () => {
    const r = figuresOf('据悉,本次签约的投资4.2亿元的精细化工新材料项目计划于今年三季度开工建设。');
    expect(r.indicators).toEqual([]);
    expect(r.projects.map((p) => `${p.name} ${p.stage} ${p.status} ${p.investment?.value}`)).toEqual(['精细化工新材料项目 signed actual 4.2']);
  });
  it('reads counts after "分别为" as a list of figures, not as beneficiaries', () => {
    expect(rows('2022年至2024年,开发区引进项目分别为12个、16个、20个。')).toEqual([
      'signed_projects 12个 actual 2022..2022', 'signed_projects 16个 actual 2023..2023', 'signed_projects 20个 actual 2024..2024',
    ]);
    expect(rows('今年以来,开发区为36个项目办理施工许可。')).toEqual([]);
  });
  it('pairs "签约总投资X的项目N个": the count after the projects it counts', () => {
    expect(rows('会上,集中签约总投资26亿元的重点项目7个。')).toEqual(['signed_projects 7个 actual _.._', 'signed_investment 26亿元 actual _.._']);
  });
  it('gives an amount the status of the count it belongs to, not of a plan earlier in the sentence', () => {
    expect(rows('今年开发区计划实施重点项目40个,总投资210亿元,目前已开复工27个,完成投资35.2亿元。')).toEqual([
      'ongoing_projects 40个 target 2026..2026', 'ongoing_investment 210亿元 target 2026..2026',
      'started_projects 27个 actual _..2026', 'started_investment 35.2亿元 actual _..2026',
    ]);
  });
  it('keeps a county subject over the later clauses of its sentence', () => {
    const r = figuresOf('上半年,全县签约项目96个,签约额410亿元。其中,交城经济开发区签约项目21个,签约额超过80亿元,同比增长12%。');
    expect(r.indicators.map((i) => `${i.zone} ${i.metric} ${i.value}`)).toEqual([
      '交城经济开发区 signed_projects 21', '交城经济开发区 signed_investment 80',
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'figures.not-zone')).toHaveLength(2);
  });
});
