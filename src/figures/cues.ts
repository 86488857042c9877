// Cue words of the metric vocabulary (../shared/spec/EXTRACTION.md) as they read in zone news.
import type { Metric } from '../types.js';

/** Project pipeline stages that have a count metric and an investment metric. */
export type Family = 'signed' | 'landed' | 'started' | 'completed' | 'planned' | 'ongoing' | 'registered';

export const familyMetric = (family: Family, kind: 'count' | 'money'): Metric =>
  `${family}_${kind === 'count' ? 'projects' : 'investment'}` as Metric;

/** Stage words. Order is irrelevant: the cue nearest the figure's head noun is taken. */
export const FAMILY_CUES: readonly { re: RegExp; family: Family }[] = [
  { re: /签约|签订|招引|引进/g, family: 'signed' },
  { re: /落地/g, family: 'landed' },
  { re: /开、?复工|复开工|新开工|开工|动工|开建|铺开/g, family: 'started' },
  { re: /竣工|投产|达效|完工|建成|投用/g, family: 'completed' },
  { re: /谋划|储备/g, family: 'planned' },
  { re: /在建|推进|实施|建设中/g, family: 'ongoing' },
  { re: /入库|在库|纳统/g, family: 'registered' },
];

/**
 * 重点项目 alone says the project is tracked, so it is read as ongoing, but only when no stage
 * word says otherwise ("共谋划重点项目19个" is planned).
 */
export const WEAK_ONGOING = /(?:重点|重大)(?:产业|工业|建设)?项目/;

/** Metrics named by their own words, with the unit kind they take. */
export const DIRECT_CUES: readonly { re: RegExp; metric: Metric; kind: 'count' | 'money' }[] = [
  { re: /年度计划(?:完成)?投资|年度?(?:计划|预计)(?:完成)?投资|年度投资计划/, metric: 'annual_planned_investment', kind: 'money' },
  { re: /到位资金|资金到位/, metric: 'funds_in_place', kind: 'money' },
  { re: /固定资产投资/, metric: 'fixed_asset_investment', kind: 'money' },
  // Not 合同工业产值 or 预计产值: promised output of signed projects.
  { re: /(?<!合同|协议|预计|预期|新增)(?:规上|规模以上)?工业(?:总)?产值/, metric: 'industrial_output', kind: 'money' },
  { re: /工业投资/, metric: 'industrial_investment', kind: 'money' },
  { re: /进出口(?:总)?额|进出口总值/, metric: 'import_export', kind: 'money' },
  { re: /规上(?:工业)?企业|规模以上(?:工业)?企业|[“"‘']?四上[”"’']?企业|小升规|升规|入规|纳规/, metric: 'enterprises_above_scale', kind: 'count' },
  { re: /高新技术企业|高企/, metric: 'high_tech_enterprises', kind: 'count' },
  { re: /就业岗位|工作岗位|岗位/, metric: 'jobs', kind: 'count' },
];

/**
 * The money noun right before an amount ("总投资", "签约金额为", "投资额达"): an amount is a
 * pipeline investment only when one of these names it.
 */
export const MONEY_NOUN = /(?:签约(?:总)?(?:投资)?(?:额|金额|资金)|(?:项目)?总金额|(?:协议|合同)(?:总)?(?:投资|引资|金额)?额?|引资(?:总)?额?|(?:计划)?总投资额?|投资(?:总)?额|投资)(?:为|达到?|完成|共计|合计|累计|约)?$/;

/** A count of projects must be about projects, not meetings, services or enterprises. */
export const PROJECT_NOUN = /项目/;

/** Nouns after 项目 that make the count about something else ("19个项目专班"). */
export const NOT_PROJECT_HEAD = /^项目(?:专班|台账|清单|经理|负责人|手续|现场|工地|用地|电源|线路|管网|审批|资金|单位|库)/;

/** Words that make an amount a company's, not the zone's. */
export const COMPANY = /公司|集团|企业负责人/;

/** City, county and province totals are not a zone's figures. */
export const WIDER_AREA = /全市|全县|全省|全国|我市|我县|我省|全州|全盟/;
/** Rankings and firsts name a wider area without being its figure: "在全市率先", "居全市首位". */
export const WIDER_COMPARISON = /(?:(?:在|居|位居|位列|位于|列)?(?:全市|全县|全省|全国)(?:率先|首位|第[一二三四五六七八九十\d]+|唯一|领先|前列|首家|第一家)|(?:占|超过?|高于)(?:全市|全县|全省|全国)(?:的)?)/g;
