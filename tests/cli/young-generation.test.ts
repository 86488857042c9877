import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startupGrowthFactor } from '../../src/cli/young-generation.js';

describe('startupGrowthFactor', () => {
  it("is V8's default when node was started without the flag", () => {
    expect(startupGrowthFactor([], '')).toBe(2);
    expect(startupGrowthFactor(['--expose-gc'], '--max-old-space-size=512')).toBe(2);
  });

  it('reads NODE_OPTIONS, and the command line over it', () => {
    expect(startupGrowthFactor([], '--semi-space-growth-factor=3')).toBe(3);
    expect(startupGrowthFactor(['--semi_space_growth_factor=4'], '--semi-space-growth-factor=3')).toBe(4);
  });
});

describe('buildLongLived', () => {
  // In a child process: the flag is process-wide, and the young generation's size is what is checked.
  // The child builds a structure of long-lived objects (as a Report is) once under buildLongLived and
  // once after it, and prints the young generation's size (MiB) after each.
  const run = (): { held: number; after: number; threw: boolean } => {
    const script = `
      import v8 from 'node:v8';
      import { buildLongLived } from ${JSON.stringify(path.resolve('src/cli/young-generation.ts'))};
      const youngMiB = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 2 ** 20;
      const build = () => { const keep = []; for (let i = 0; i < 400000; i++) keep.push({ i, label: 'figure ' + i, refs: [i] }); return keep; };
      const first = await buildLongLived(build);
      const held = youngMiB();
      let threw = false;
      try { await buildLongLived(() => { throw new Error('bad store'); }); } catch { threw = true; }
      const second = build();
      console.log(JSON.stringify({ held, after: youngMiB(), threw, n: first.length + second.length }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };

  it('keeps the young generation small while long-lived data is built, and gives V8 its growth back after', () => {
    const { held, after, threw } = run();
    expect(threw).toBe(true);
    // V8 starts the young generation at 1 MiB and grows it to 32 MiB on data that survives; held, it
    // stays at a few MiB.
    expect(held).toBeLessThanOrEqual(8);
    // Growth is restored even though the second build threw: the same build outside grows it.
    expect(after).toBeGreaterThanOrEqual(16);
  });
});
