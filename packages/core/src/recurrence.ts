import {
  assertRecurrenceLink,
  recurrenceError,
  type IncidentKey,
  type Principal,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Repositories } from './ports';

/** Longest chain of recurrences followed; real chains are a handful long. */
const MAX_CHAIN = 1_000;

/**
 * Checks that `key` may be marked as a recurrence of `target`: the target exists and the principal
 * may see it, it is not `key` itself, and its own chain of `recurrenceOf` links does not lead back
 * to `key`. Throws `validation` naming `recurrenceOf` otherwise.
 */
export async function assertRecurrenceTarget(
  repos: Repositories,
  principal: Principal,
  key: IncidentKey,
  target: IncidentKey,
): Promise<void> {
  if (target === key) assertRecurrenceLink(key, target, [target]);
  const chain: IncidentKey[] = [];
  let next: IncidentKey | null = target;
  while (next !== null && chain.length < MAX_CHAIN && !chain.includes(next)) {
    const incident = await repos.incidents.get(next);
    if (!incident) {
      if (next === target) throw recurrenceError(`${target} does not exist`);
      break;
    }
    if (next === target) authorize(principal, 'incident.read', incident);
    chain.push(next);
    next = incident.recurrenceOf;
  }
  assertRecurrenceLink(key, target, chain);
}
