import type { IncidentKey } from '@aftermath/domain';
import type { Repositories } from '../ports';

// Postmortems keep no publish time of their own (a column would need a migration), so the first
// move to `published` is recorded here, per incident, inside the transition's transaction.
/** The setting that holds each incident's first postmortem publication: `{ "INC-1": "<UTC ISO>" }`. */
export const postmortemPublishedAtSetting = 'metrics.postmortem-published-at';
const SETTING = postmortemPublishedAtSetting;

/** The recorded first publications, by the key of the incident whose postmortem it was. */
async function readRecordedTimes(repos: Repositories): Promise<Map<IncidentKey, string>> {
  const value = await repos.settings.get(SETTING);
  const map = new Map<IncidentKey, string>();
  if (typeof value !== 'object' || value === null) return map;
  for (const [key, at] of Object.entries(value)) {
    if (typeof at === 'string') map.set(key, at);
  }
  return map;
}

/**
 * When each incident's postmortem was first published (UTC ISO), by incident key. An incident
 * covered by a joint postmortem takes the joint one's publication (its postmortem lag runs to
 * it), whatever its own record says.
 */
export async function readPublishTimes(repos: Repositories): Promise<Map<IncidentKey, string>> {
  const [map, links] = await Promise.all([readRecordedTimes(repos), repos.postmortemLinks.list()]);
  for (const link of links) {
    const at = map.get(link.primaryKey);
    if (at === undefined) map.delete(link.incidentKey);
    else map.set(link.incidentKey, at);
  }
  return map;
}

/**
 * Records the first publication of an incident's postmortem; a later re-publication (after a
 * reopen) keeps the first time, which is when readers first had it. Call inside the transaction
 * that moves the postmortem to `published`.
 */
export async function recordPostmortemPublished(
  tx: Repositories,
  key: IncidentKey,
  at: string,
): Promise<void> {
  const times = await readRecordedTimes(tx);
  if (times.has(key)) return;
  times.set(key, at);
  await tx.settings.set(SETTING, Object.fromEntries(times));
}
