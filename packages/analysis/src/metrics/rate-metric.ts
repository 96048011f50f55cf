/**
 * A share: `count` of `n` qualifying items, `rate = count / n` (0…1). `rate` is null when nothing
 * qualifies (`n` is 0) or when the source the metric needs is not available; `reason` then says
 * which, so a dashboard shows "no data because …" instead of a made-up 0 %. `excluded` counts items
 * in scope left out of `n` (see each metric's definition in docs/metrics.md).
 *
 * @example
 * { n: 40, count: 31, rate: 0.775, excluded: 3, reason: null }
 */
export interface RateMetric {
  n: number;
  count: number;
  rate: number | null;
  excluded: number;
  reason: string | null;
}

/**
 * Builds a {@link RateMetric} from counts; `emptyReason` explains a null rate when `n` is 0.
 *
 * @example
 * buildRate(31, 40, 3, 'no closed actions'); // { n: 40, count: 31, rate: 0.775, excluded: 3, reason: null }
 */
export function buildRate(
  count: number,
  n: number,
  excluded: number,
  emptyReason: string,
): RateMetric {
  if (n === 0) return { n, count, rate: null, excluded, reason: emptyReason };
  return { n, count, rate: count / n, excluded, reason: null };
}

/**
 * A metric whose source is missing: no number at all, only why.
 *
 * @example
 * unavailableRate('no SLOs are defined'); // { n: 0, count: 0, rate: null, excluded: 0, reason: 'no SLOs are defined' }
 */
export function unavailableRate(reason: string): RateMetric {
  return { n: 0, count: 0, rate: null, excluded: 0, reason };
}
