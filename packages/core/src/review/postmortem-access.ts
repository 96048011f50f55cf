import {
  notFound,
  type Incident,
  type IncidentKey,
  type Postmortem,
  type Principal,
} from '@aftermath/domain';
import { authorize, type Permission } from '../authorization';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';

/**
 * The incident and its postmortem inside a write's transaction, after asking `authorize` for
 * `permission`; `not_found` when either is missing.
 */
export async function readPostmortemForWrite(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  tx: Repositories,
  permission: Permission,
): Promise<{ incident: Incident; postmortem: Postmortem }> {
  const incident = await getIncident(ctx, principal, key, tx);
  authorize(principal, permission, incident);
  const postmortem = await tx.postmortems.get(key);
  if (!postmortem) throw notFound('postmortem for', key);
  return { incident, postmortem };
}
