// Target or actual: goal words make a figure a target.

/**
 * Future and goal words. 计划总投资 names a project's total investment and is not a goal; 将近 is
 * "nearly"; 即将 is future like 将.
 */
const FUTURE = /计划(?!总投资|投资)|力争|预计|预期|(?<!即)将(?!近|其|之)|即将|有望|争取|拟|下一步|明年|今后/;
/** Goal words that bind only their own clause: "锚定目标,今年签约…" is no goal for the figure. */
const OWN_CLAUSE = /确保|目标|可实现|可以|可望/;
/** 将 used as 把 ("将招商引资作为一号工程") says nothing about the future. */
const BA_JIANG = /将[^,，:;]*?(?:作为|视为|列为|纳入|融入|贯穿|转化为|变为|放在|摆在)/g;

/**
 * Whether a figure is a target, from the clauses of its sentence before its own clause
 * (`previous`) and its own clause (`own`).
 */
export function isTarget(previous: string, own: string): boolean {
  // BA_JIANG needs a 将: most clauses have none and are taken as they are.
  const p = previous.includes('将') ? previous.replace(BA_JIANG, '') : previous;
  const o = own.includes('将') ? own.replace(BA_JIANG, '') : own;
  if (FUTURE.test(o) || OWN_CLAUSE.test(o)) return true;
  // "…计划开工项目255项,目前实际已开工206项": 已/实际 in its own clause make a figure actual.
  if (DONE.test(o)) return false;
  return FUTURE.test(p) || /目标(?:是|为)?[:：]?$/.test(p);
}

const DONE = /已|实际|已经|累计完成/;
