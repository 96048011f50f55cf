/**
 * Grouping accuracy of a log parser (Zhu et al., "Tools and Benchmarks for Automated Log
 * Parsing", ICSE-SEIP 2019): a message counts as correct when the set of messages in its
 * predicted group equals the set in its true group. Returns correct messages / all messages
 * (0–1; 1 for no messages). `predicted[i]` and `truth[i]` label message `i`.
 *
 * @example
 * computeGroupingAccuracy(['a', 'a', 'b'], ['x', 'x', 'x']); // 0 (x was split)
 * computeGroupingAccuracy(['a', 'a', 'b'], ['x', 'x', 'y']); // 1
 */
export function computeGroupingAccuracy(
  predicted: readonly string[],
  truth: readonly string[],
): number {
  if (predicted.length !== truth.length) {
    throw new RangeError(
      `predicted: expected one label per message (${truth.length}), got ${predicted.length}`,
    );
  }
  if (truth.length === 0) return 1;
  const predictedSizes = countLabels(predicted);
  const truthSizes = countLabels(truth);
  // Groups match exactly when every member pairs the same predicted and true label and the
  // pair covers both groups whole.
  const pairSizes = new Map<string, number>();
  for (let i = 0; i < truth.length; i += 1) {
    const key = `${predicted[i]}\u0000${truth[i]}`;
    pairSizes.set(key, (pairSizes.get(key) ?? 0) + 1);
  }
  let correct = 0;
  for (let i = 0; i < truth.length; i += 1) {
    const p = predicted[i] ?? '';
    const t = truth[i] ?? '';
    const pair = pairSizes.get(`${p}\u0000${t}`) ?? 0;
    if (pair === predictedSizes.get(p) && pair === truthSizes.get(t)) correct += 1;
  }
  return correct / truth.length;
}

function countLabels(labels: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const label of labels) sizes.set(label, (sizes.get(label) ?? 0) + 1);
  return sizes;
}
