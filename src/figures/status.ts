// Target or actual: goal words before a figure make it a target.

/**
 * Goal words. 计划总投资 names a project's total investment and is not a goal; 将近 is "nearly";
 * 即将 is future like 将.
 */
const TARGET = /计划(?!总投资|投资)|目标|力争|确保|预计|预期|(?<!即)将(?!近|其|之)|即将|可实现|可以|有望|争取|拟/;

/** Whether `prefix` (a sentence up to the end of a figure's clause) sets a goal. */
export function isTarget(prefix: string): boolean {
  return TARGET.test(prefix);
}
