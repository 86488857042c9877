// Lookups by reference number. A report numbers its sources 1, 2, 3 …, so an array indexed by
// number holds 100,000 of them in a few hundred KB, where a Set or Map of numbers takes megabytes
// (and gives the garbage collector that much more to move).

/** Reference numbers above this (or not whole numbers) are kept in a Map instead. */
const MAX_DENSE_REF = 1 << 24;
const dense = (ref: number): boolean => Number.isInteger(ref) && ref >= 0 && ref < MAX_DENSE_REF;

/** Which groups (e.g. the report's totals, by index) list each reference number. */
export class RefIndex {
  /** Group index + 1 of the only group listing a ref; 0 when none. */
  private readonly single: Int32Array;
  /** Refs listed by several groups, or too large for the array. */
  private readonly several = new Map<number, number[]>();
  /** One shared [k] per group, so a lookup allocates nothing. */
  private readonly singletons: number[][];
  private static readonly NONE: readonly number[] = [];

  constructor(groups: readonly (readonly number[])[]) {
    let max = -1;
    for (const refs of groups) for (const r of refs) if (dense(r) && r > max) max = r;
    this.single = new Int32Array(max + 1);
    this.singletons = groups.map((_, k) => [k]);
    groups.forEach((refs, k) => {
      for (const r of refs) {
        const listed = this.groupsOf(r);
        if (listed.includes(k)) continue;
        if (listed.length === 0 && dense(r)) this.single[r] = k + 1;
        else {
          if (dense(r)) this.single[r] = 0;
          this.several.set(r, [...listed, k]);
        }
      }
    });
  }

  /** Indexes of the groups that list `ref`, in group order. */
  groupsOf(ref: number): readonly number[] {
    if (dense(ref) && ref < this.single.length) {
      const k = this.single[ref]!;
      if (k > 0) return this.singletons[k - 1]!;
    }
    return this.several.get(ref) ?? RefIndex.NONE;
  }

  has(ref: number): boolean {
    return this.groupsOf(ref).length > 0;
  }
}
