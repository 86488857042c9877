// Building data that lives for the rest of the command (the Report) with V8's young generation
// held at its size.
//
// While a Report is built almost everything allocated survives. V8 reads a high survival rate as
// a reason to grow the young generation, and grows it to its maximum (2 × 16 MiB on Node 20's
// 64-bit build), memory it keeps for the rest of the process: held, the 100k-row workbook bench
// (`npm run bench xlsx`) peaked at 135–140 MiB instead of 153–155. Growing it buys nothing here,
// since the survivors are promoted to the old generation anyway. Writing the PDF and the
// workbook is the opposite (short-lived strings and buffers), so V8's growth is put back for it.
//
// The growth factor is the one young-generation setting V8 reads after start-up (at each growth
// decision); the semi-space size limits are fixed when the isolate is made, so they could only be
// set on node's command line, which `npm run zonebrief` and the bin's shebang don't portably carry.
import v8 from 'node:v8';

const FLAG = 'semi-space-growth-factor';
/** V8's default growth factor (flag-definitions.h), unless node was started with another. */
const V8_DEFAULT = 2;

/** The growth factor this process was started with: node's own options, then NODE_OPTIONS. */
export function startupGrowthFactor(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): number {
  let factor = V8_DEFAULT;
  // NODE_OPTIONS is read first and the command line overrides it, as node does.
  for (const arg of [...nodeOptions.split(/\s+/), ...execArgv]) {
    const m = /^--semi[-_]space[-_]growth[-_]factor=(\d+)$/.exec(arg);
    if (m) factor = Number(m[1]);
  }
  return factor;
}

/**
 * Runs `build` with the young generation kept at its present size, then gives V8 back its
 * growth factor (also when `build` throws). For builds whose result outlives the command.
 */
export async function buildLongLived<T>(build: () => T | Promise<T>): Promise<T> {
  v8.setFlagsFromString(`--${FLAG}=1`);
  try {
    return await build();
  } finally {
    v8.setFlagsFromString(`--${FLAG}=${startupGrowthFactor()}`);
  }
}
