import type { BudgetingMethod, SloIndicator, SloObjective } from '@aftermath/domain';
import type { FieldReader } from './field-reader';
import { readDuration } from './read-time-window';

const OPS = ['lt', 'lte', 'gt', 'gte'] as const;

/**
 * Reads `spec.objectives`: each needs `target` (0 < t < 1) or `targetPercent` (0 < p < 100), a
 * threshold (`op`, `value`) for threshold indicators, and `timeSliceWindow` (plus
 * `timeSliceTarget` for Timeslices) for the slice methods. Composite objectives (an indicator of
 * their own) are refused: one SLO, one indicator.
 */
export function readObjectives(
  reader: FieldReader,
  value: unknown,
  method: BudgetingMethod | null,
  kind: SloIndicator['kind'] | null,
): SloObjective[] {
  const list = reader.list(value, 'spec.objectives');
  if (!list) return [];
  if (list.length === 0) reader.fail('spec.objectives', 'needs at least one objective');
  return list.flatMap((item, index) => {
    const objective = readObjective(reader, item, `spec.objectives[${index}]`, method, kind);
    return objective ? [{ ...objective, name: objective.name || `objective-${index + 1}` }] : [];
  });
}

function readObjective(
  reader: FieldReader,
  value: unknown,
  path: string,
  method: BudgetingMethod | null,
  kind: SloIndicator['kind'] | null,
): SloObjective | null {
  const item = reader.map(value, path);
  if (!item) return null;
  if (item.indicator !== undefined || item.indicatorRef !== undefined) {
    reader.fail(
      `${path}.indicator`,
      'composite objectives with their own indicator are not supported',
    );
  }
  const target = readTarget(reader, item.target, item.targetPercent, path);
  const threshold = kind === 'threshold';
  const op = reader.choice(item.op, `${path}.op`, OPS, threshold);
  const limit = reader.number(item.value, `${path}.value`, threshold);
  const sliced = method === 'Timeslices' || method === 'RatioTimeslices';
  const timeSliceWindow = readDuration(
    reader,
    item.timeSliceWindow,
    `${path}.timeSliceWindow`,
    sliced,
  );
  const timeSliceTarget = reader.number(
    item.timeSliceTarget,
    `${path}.timeSliceTarget`,
    method === 'Timeslices',
  );
  if (timeSliceTarget !== null && (timeSliceTarget <= 0 || timeSliceTarget > 1)) {
    reader.fail(`${path}.timeSliceTarget`, `must be above 0 and at most 1, got ${timeSliceTarget}`);
  }
  const name = reader.string(item.displayName, `${path}.displayName`, false) ?? '';
  if (target === null) return null;
  return { name, target, op, value: limit, timeSliceTarget, timeSliceWindow };
}

/** `target` as a fraction or `targetPercent` as a percentage, exactly one of them. */
function readTarget(
  reader: FieldReader,
  target: unknown,
  percent: unknown,
  path: string,
): number | null {
  if ((target === undefined) === (percent === undefined)) {
    reader.fail(`${path}.target`, 'needs exactly one of target (0.999) or targetPercent (99.9)');
    return null;
  }
  if (target !== undefined) {
    const value = reader.number(target, `${path}.target`);
    if (value === null || (value > 0 && value < 1)) return value;
    reader.fail(
      `${path}.target`,
      `must be between 0 and 1 exclusive (0.999 = 99.9 %), got ${value}`,
    );
    return null;
  }
  const value = reader.number(percent, `${path}.targetPercent`);
  if (value === null || (value > 0 && value < 100)) return value === null ? null : value / 100;
  reader.fail(`${path}.targetPercent`, `must be between 0 and 100 exclusive, got ${value}`);
  return null;
}
