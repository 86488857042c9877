import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.js';

const projects = (text: string) => figuresOf(text).projects.map((p) =>
  `${p.name} ${p.stage} ${p.status}${p.investment ? ` ${p.investment.value}${p.investment.unit}${p.investment.approx ? '~' : ''}` : ''}`);

describe('projects', () => {
  it('reads "投资X亿元的NAME项目" with the stage word after it', () => {
    expect(projects('近日,总投资3.2亿元的新能源电池材料项目正式开工。')).toEqual(['新能源电池材料项目 started actual 3.2亿元']);
    expect(projects('开发区与某公司举行仪式,投资6亿元的储能装备产业园项目签约。')).toEqual(['储能装备产业园项目 signed actual 6亿元']);
  });
  it('reads an amount given later in a sentence about the project', () => {
    expect(projects('晋北智能装备制造基地项目占地约300亩,计划总投资15亿元,目前主体已封顶。'))
      .toEqual(['晋北智能装备制造基地项目 ongoing actual 15亿元']);
  });
  it('gives "该项目…总投资" to the project named before', () => {
    const text = '10月5日,恒达精密铸造项目建设现场一片繁忙。作为县里的重点项目,该项目占地50亩,总投资9000余万元。';
    expect(projects(text)).toEqual(['恒达精密铸造项目 ongoing actual 9000万元~']);
  });
  it('reads "投资X万元建成NAME平台" as completed', () => {
    expect(projects('园区投资800万元建成智慧安监平台,提升了应急处置能力。')).toEqual(['智慧安监平台 completed actual 800万元']);
  });
  it('strips zone names and verbs in front of a name', () => {
    expect(projects('在晋南经济技术开发区光伏组件项目施工现场,工人正在安装设备。')).toEqual(['光伏组件项目 ongoing actual']);
  });
  it('reads each item of "A、B等项目" with the list\'s stage and goal', () => {
    expect(projects('今年将全力推动精工轴承、晶华新材等项目签约落地。')).toEqual([
      '精工轴承 signed target', '晶华新材 signed target',
    ]);
  });
  it('does not take clauses about projects in general for named projects', () => {
    expect(projects('要强化项目建设,推动项目早开工、早见效,全力保障重点项目落地。')).toEqual([]);
  });
  it('does not take amounts read as pipeline figures, or company investment, for a project', () => {
    expect(projects('今年,总投资8.5亿元的12个项目集中开工。')).toEqual([]);
    expect(projects('某集团累计投入100亿元开发风电、光伏等新能源项目。')).toEqual([]);
  });
  it('does not take standing institutions, slogans or demonstration bases for projects', () => {
    expect(projects('园区政务服务中心推行全程代办。推进“党员先锋工程”建设。建设绿色农产品示范基地20个。')).toEqual([]);
  });
  it('reports a project named twice once, with the amount from either mention', () => {
    const text = '宏远新材料项目建设正酣。宏远新材料项目总投资12亿元,规划建设厂房8栋。';
    expect(projects(text)).toEqual(['宏远新材料项目 ongoing actual 12亿元']);
  });
  it('cites the amount sentence as evidence, an exact substring', () => {
    const text = '金川物流园项目总投资\n4.5亿元,建成后年吞吐量100万吨。';
    const [p] = figuresOf(text).projects;
    expect(p).toBeDefined();
    expect(text.slice(p!.span.start, p!.span.end)).toBe(p!.evidence);
    expect(p!.evidence).toBe('4.5亿元');
  });
});

describe('projects: regressions', () => {
  it('reads a signing on site as signed, not as a building site', () => {
    expect(projects('会上现场签约,其中,总投资8亿元的功能食品加工项目、投资5000万元的冷链仓储中心等项目落户园区。')).toEqual([
      '功能食品加工项目 signed actual 8亿元', '冷链仓储中心 signed actual 5000万元',
    ]);
  });
  it('cites from the money noun to the name', () => {
    const [p] = figuresOf('其中,总投资8亿元的功能食品加工项目、总投资6.2亿元的生物基材料项目落户园区。').projects.slice(1);
    expect(p?.evidence).toBe('总投资6.2亿元的生物基材料项目');
  });
});

describe('projects: amounts said right after the name', () => {
  it('gives "其中NAME总投资X" to the project and not to the pipeline total', () => {
    const r = figuresOf('今年签约项目12个,总投资35亿元,其中恒达精密铸造项目总投资10亿元。');
    expect(r.indicators.map((i) => `${i.metric} ${i.value}`)).toEqual(['signed_projects 12', 'signed_investment 35']);
    expect(r.projects.map((p) => `${p.name} ${p.stage} ${p.investment?.value}`)).toEqual(['恒达精密铸造项目 signed 10']);
  });
});

describe('projects: counted projects are not named ones', () => {
  it('does not name "安排重点建设项目120项" or "年度计划开工项目" as projects', () => {
    expect(projects('今年安排重点建设项目120项,项目总投资900亿元。本年度计划开工项目60项。')).toEqual([]);
  });
});

describe('projects: regressions from project round-ups', () => {
  it('gives "NAME,总投资X" to the project named just before', () => {
    expect(projects('万和云谷科创产业基地,总投资28亿元,总建筑面积约30万平方米。')).toEqual(['万和云谷科创产业基地 ongoing actual 28亿元']);
  });
  it('does not name projects by their period ("第三季度重大项目")', () => {
    expect(projects('开发区第三季度重大项目开工仪式举行。')).toEqual([]);
  });
});

describe('projects: 和 inside and between names', () => {
  it('keeps 和 inside a name and splits two names joined by 和', () => {
    expect(projects('昌正和报废汽车拆解项目建设现场一派忙碌。')).toEqual(['昌正和报废汽车拆解项目 ongoing actual']);
    expect(projects('察看了长兴智能制造基地和京运物流产业基地建设情况。')).toEqual([
      '长兴智能制造基地 ongoing actual', '京运物流产业基地 ongoing actual',
    ]);
    expect(projects('聚焦招商引资和项目建设。')).toEqual([]);
  });
});

describe('projects: a name needs a real name stem', () => {
  it('does not name a batch of a year, or a meeting, as a project', () => {
    expect(projects('开发区举行2026年第二批重点项目集中开工仪式。')).toEqual([]);
    expect(projects('开发区召开重点项目建设调度会。')).toEqual([]);
    expect(projects('开发区举办首批重点项目签约活动。')).toEqual([]);
  });
  it('reads a stage said with 的 before the name as done, unless a goal word comes first', () => {
    expect(projects('新落户的恒泰精密模具项目已进场施工。')).toEqual(['恒泰精密模具项目 signed actual']);
    expect(projects('今年计划开工的宏达新材料项目已完成前期手续。')).toEqual(['宏达新材料项目 started target']);
  });
});

describe('projects: round 2, whose project and whose amount', () => {
  it('gives "NAME,总投资X" to the project even when a company builds it', () => {
    expect(projects('由宏基集团投资建设的年产5万吨电池级碳酸锂项目,总投资22亿元,目前设备正在调试。'))
      .toEqual(['电池级碳酸锂项目 ongoing actual 22亿元']);
  });
  it('places a project in the zone named earlier in its sentence', () => {
    const [p] = figuresOf('在灵石经开区,投资16亿元的焦化副产品深加工项目正加紧建设。').projects;
    expect(p?.zone).toBe('灵石经济技术开发区');
  });
});
