// The metric vocabulary as data: Chinese label, kind of unit, and whether it is scored (core).
import type { Metric } from '../types.js';

export type MetricKind = 'count' | 'money';

export interface MetricInfo {
  metric: Metric;
  /** Chinese label used in the briefing and the workbook. */
  label: string;
  kind: MetricKind;
  core: boolean;
}

const M = (metric: Metric, label: string, kind: MetricKind, core = true): MetricInfo => ({ metric, label, kind, core });

export const METRICS: readonly MetricInfo[] = [
  M('signed_projects', '签约项目', 'count'),
  M('signed_investment', '签约投资', 'money'),
  M('landed_projects', '落地项目', 'count'),
  M('landed_investment', '落地投资', 'money'),
  M('started_projects', '开工项目', 'count'),
  M('started_investment', '开工投资', 'money'),
  M('completed_projects', '竣工投产项目', 'count'),
  M('completed_investment', '竣工投产投资', 'money'),
  M('planned_projects', '谋划储备项目', 'count'),
  M('planned_investment', '谋划储备投资', 'money'),
  M('ongoing_projects', '在建项目', 'count'),
  M('ongoing_investment', '在建投资', 'money'),
  M('registered_projects', '入库项目', 'count'),
  M('registered_investment', '入库投资', 'money'),
  M('annual_planned_investment', '年度计划投资', 'money'),
  M('industrial_investment', '工业投资', 'money'),
  M('industrial_output', '工业产值', 'money'),
  M('fixed_asset_investment', '固定资产投资', 'money', false),
  M('funds_in_place', '到位资金', 'money', false),
  M('import_export', '进出口总额', 'money', false),
  M('enterprises_above_scale', '规上企业', 'count', false),
  M('high_tech_enterprises', '高新技术企业', 'count', false),
  M('jobs', '就业岗位', 'count', false),
];

const BY_METRIC = new Map(METRICS.map((m) => [m.metric, m]));

export function metricInfo(metric: Metric): MetricInfo {
  const info = BY_METRIC.get(metric);
  if (!info) throw new Error(`unknown metric ${metric}`);
  return info;
}

export const metricLabel = (metric: Metric): string => metricInfo(metric).label;

/** Money units to 亿元. Keys as printed (traditional forms too). */
export const MONEY_TO_YI: Readonly<Record<string, number>> = {
  '元': 1e-8, '百元': 1e-6, '千元': 1e-5, '万元': 1e-4, '十万元': 1e-3, '百万元': 1e-2, '千万元': 1e-1, '亿元': 1, '万亿元': 1e4,
  '萬元': 1e-4, '億元': 1, '萬億元': 1e4,
};

/** Normalised amount in 亿元 for a money unit, or null for a count/percent unit. */
export function toYi(value: number, unit: string): number | null {
  // "人民币亿元" is 亿元 (no regex: called for every amount).
  const f = MONEY_TO_YI[unit.startsWith('人民币') ? unit.slice(3) : unit];
  return f === undefined ? null : value * f;
}
