import { DomainError } from './errors';
import type { IncidentKey } from './incident';

/**
 * Checks a recurrence link `key → target` before it is stored: the target is not the incident
 * itself and following `recurrenceOf` from the target never leads back to `key` (no cycles).
 * `chainFromTarget` lists the keys reached from the target, the target first
 * (`[target, target.recurrenceOf, …]`). Throws a `validation` DomainError naming `recurrenceOf`.
 *
 * @example
 * assertRecurrenceLink('INC-9', 'INC-4', ['INC-4', 'INC-2']); // fine
 * assertRecurrenceLink('INC-2', 'INC-4', ['INC-4', 'INC-2']); // throws: a cycle
 */
export function assertRecurrenceLink(
  key: IncidentKey,
  target: IncidentKey,
  chainFromTarget: readonly IncidentKey[],
): void {
  if (target === key) {
    throw recurrenceError(`${key} cannot be a recurrence of itself`);
  }
  if (chainFromTarget.includes(key)) {
    const loop = [key, ...chainFromTarget.slice(0, chainFromTarget.indexOf(key) + 1)].join(' → ');
    throw recurrenceError(
      `marking ${key} as a recurrence of ${target} would make a cycle: ${loop}`,
    );
  }
}

/** The validation error for a bad `recurrenceOf`. */
export function recurrenceError(message: string): DomainError {
  return new DomainError('validation', `recurrenceOf: ${message}`, [
    { path: 'recurrenceOf', message },
  ]);
}
