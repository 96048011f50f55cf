import type { SliSample, SloIndicator, SloObjective } from '@aftermath/domain';

/** Good events out of total events at one instant (epoch ms): what every budget method counts. */
export interface SampleOutcome {
  at: number;
  good: number;
  total: number;
}

/**
 * What one SLI sample says against one objective. A ratio sample counts its own events (good, or
 * total − bad, kept within 0…total); a threshold sample is one event, good when `value op objective.value` holds.
 * Samples still missing a field (good without total, say) say nothing: null.
 *
 * @example
 * readSampleOutcome('threshold', { op: 'lte', value: 300, … },
 *   { at: '2026-03-01T12:00:00.000Z', good: null, bad: null, total: null, value: 250 })
 * // { at: 1772366400000, good: 1, total: 1 }
 */
export function readSampleOutcome(
  kind: SloIndicator['kind'],
  objective: Pick<SloObjective, 'op' | 'value'>,
  sample: SliSample,
): SampleOutcome | null {
  const at = Date.parse(sample.at);
  if (kind === 'ratio') {
    if (sample.total === null || sample.total <= 0) return null;
    const good = sample.good ?? (sample.bad === null ? null : sample.total - sample.bad);
    if (good === null) return null;
    return { at, good: Math.min(Math.max(good, 0), sample.total), total: sample.total };
  }
  if (sample.value === null || objective.op === null || objective.value === null) return null;
  return {
    at,
    good: meetsThreshold(sample.value, objective.op, objective.value) ? 1 : 0,
    total: 1,
  };
}

function meetsThreshold(
  value: number,
  op: NonNullable<SloObjective['op']>,
  threshold: number,
): boolean {
  switch (op) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}
