/**
 * The p-th percentile of values sorted ascending, by linear interpolation between closest ranks
 * (Hyndman & Fan type 7, the default of numpy, R and spreadsheets' PERCENTILE.INC): with n values
 * at ranks 0…n−1, the percentile sits at rank h = (n − 1)·p and is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]).
 * So the median of an even count is the mean of the two middle values. Null for no values.
 *
 * @param sorted values in ascending order (the caller sorts once for several percentiles)
 * @param p the fraction, 0 ≤ p ≤ 1 (0.5 = median, 0.9 = p90)
 * @example
 * percentileOfSorted([10, 20, 30, 40], 0.5); // 25
 * percentileOfSorted([10, 20, 30, 40], 0.9); // 37 (rank 2.7: 30 + 0.7 × 10)
 */
export function percentileOfSorted(sorted: readonly number[], p: number): number | null {
  return percentileAtRanks(sorted.length, p, (rank) => sorted[rank] as number);
}

/**
 * {@link percentileOfSorted} when the values are not all at hand: `valueAt(rank)` returns the
 * value at a rank (0…count−1) of the ascending order, for example read from a database with
 * `ORDER BY … OFFSET rank`. It is asked for at most two ranks, ⌊h⌋ and ⌈h⌉.
 *
 * @example
 * percentileAtRanks(4, 0.9, (rank) => [10, 20, 30, 40][rank]!); // 37
 */
export function percentileAtRanks(
  count: number,
  p: number,
  valueAt: (rank: number) => number,
): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be within 0…1, not ${p}`);
  if (count === 0) return null;
  const rank = (count - 1) * p;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = valueAt(below);
  const high = valueAt(above);
  return low + (rank - below) * (high - low);
}

/**
 * The arithmetic mean, or null for no values.
 *
 * @example
 * meanOf([60, 120, 600]); // 260
 */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
