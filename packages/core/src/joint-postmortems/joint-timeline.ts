import type { IncidentKey, JointTimeline, Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { getJointPostmortem } from './joint-postmortem';

/**
 * The joint postmortem's timeline seen from `key`: the entries of its primary incident and of
 * every linked incident the principal may see, merged in time order (ties by incident key, then
 * entry id, so the order is stable). Each entry keeps its `incidentKey`, the label shown beside it.
 */
export async function getJointTimeline(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<JointTimeline> {
  const joint = await getJointPostmortem(ctx, principal, key);
  const incidents = [joint.primary, ...joint.items.map((item) => item.key)];
  const lists = await Promise.all(incidents.map((k) => ctx.store.timeline.listByIncident(k)));
  const entries = lists
    .flat()
    .sort(
      (a, b) =>
        a.at.localeCompare(b.at) ||
        a.incidentKey.localeCompare(b.incidentKey) ||
        a.id.localeCompare(b.id),
    );
  return { primary: joint.primary, incidents, entries };
}
