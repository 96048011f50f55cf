import {
  assessMaturity,
  noMaturityInputs,
  type MaturityAssessment,
  type MaturityInputs,
} from '@aftermath/analysis';
import type { Principal } from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import { readableIncidents } from '../metrics/compute-metrics';

// Deliveries are only counted as a sign of use; reading more than this many says nothing new.
const DELIVERY_SAMPLE = 1000;

/**
 * Where the workspace stands on the beginner → intermediate → advanced ladder, from the records
 * the principal may read: postmortems and their owners, actions, SLOs, evidence, webhook
 * deliveries and recurrence links.
 *
 * @example (await assessWorkspaceMaturity(ctx, principal)).level // 'intermediate'
 */
export async function assessWorkspaceMaturity(
  ctx: Context,
  principal: Principal,
): Promise<MaturityAssessment> {
  authorize(principal, 'incident.read');
  const repos = ctx.store;
  const counts: MaturityInputs = {
    ...noMaturityInputs,
    webhookDeliveries: (await repos.webhookDeliveries.list({ limit: DELIVERY_SAMPLE })).length,
  };
  for await (const incident of readableIncidents(repos, principal)) {
    if (incident.recurrenceOf !== null) counts.recurrenceLinks += 1;
    const [postmortem, actions, evidence] = await Promise.all([
      repos.postmortems.get(incident.key),
      repos.actions.listByIncident(incident.key),
      repos.evidence.listByIncident(incident.key),
    ]);
    if (postmortem) counts.postmortems += 1;
    if (postmortem?.owner) counts.postmortemsWithOwner += 1;
    counts.actions += actions.length;
    counts.actionsWithOwnerAndDue += actions.filter((a) => a.owner && a.dueDate).length;
    counts.verifiedActions += actions.filter((a) => a.status === 'verified').length;
    counts.evidenceRecords += evidence.length;
  }
  const services = new Set((await repos.services.list()).map((service) => service.name));
  const slos = await repos.slos.list();
  counts.slos = slos.length;
  counts.slosLinkedToService = slos.filter((slo) => services.has(slo.service)).length;
  return assessMaturity(counts);
}
