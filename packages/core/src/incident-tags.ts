import {
  applyTagChange,
  incidentTagChange,
  isDomainError,
  parseOrThrow,
  type Incident,
  type IncidentKey,
  type IncidentTagChangeInput,
  type Principal,
} from '@aftermath/domain';
import { authorize } from './authorization';
import type { Context } from './context';
import { getIncident, updateIncident } from './incidents';

/** Tries before a stream of concurrent edits is reported as a conflict. */
const attempts = 3;

/**
 * Adds and removes tags of an incident without a version from the caller: tag changes commute,
 * so when another edit lands between the read and the write the change is applied again to the
 * newer version (a few times at most) instead of being refused. Unchanged tags write nothing.
 *
 * @example
 * await tagIncident(ctx, principal, 'INC-7', { add: ['database'], remove: ['triage'] });
 */
export async function tagIncident(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  input: IncidentTagChangeInput,
): Promise<Incident> {
  const change = parseOrThrow(incidentTagChange, input);
  for (let attempt = 1; ; attempt++) {
    const current = await getIncident(ctx, principal, key);
    authorize(principal, 'incident.update', current);
    const tags = applyTagChange(current.tags, change);
    const same = tags.length === current.tags.length && tags.every((t, i) => t === current.tags[i]);
    if (same) return current;
    try {
      return await updateIncident(ctx, principal, key, current.version, { tags });
    } catch (error) {
      if (attempt >= attempts || !isDomainError(error, 'version_mismatch')) throw error;
    }
  }
}
