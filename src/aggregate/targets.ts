// Honesty rule 5: targets and actuals stay separate figures; each target is shown with the
// actual for the same zone, metric and exact period, if the news gives one, and the ratio.
import type { Figure, TargetVsActual } from '../types.js';
import { quantityKey } from './figures.js';

function ratio(target: Figure, actual: Figure): number | null {
  if (target.amountYi !== null && actual.amountYi !== null) return target.amountYi === 0 ? null : actual.amountYi / target.amountYi;
  const sameCountUnit = target.amountYi === null && actual.amountYi === null && target.unit !== '%' && actual.unit !== '%';
  return sameCountUnit && target.value !== 0 ? actual.value / target.value : null;
}

/** `figures`: the zone's figures; `chosen`: quantityKey → the figure used when values differ. */
export function matchTargets(figures: readonly Figure[], chosen: ReadonlyMap<string, Figure>): TargetVsActual[] {
  return figures
    .filter((f) => f.status === 'target')
    .map((target): TargetVsActual => {
      const actual = chosen.get(quantityKey({ ...target, status: 'actual' })) ?? null;
      return { metric: target.metric, metricLabel: target.metricLabel, period: target.period, target, actual, ratio: actual ? ratio(target, actual) : null };
    });
}
