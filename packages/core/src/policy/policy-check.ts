import {
  assessDeadlines,
  decidePostmortem,
  type DeadlineState,
  type PostmortemDecision,
} from '@aftermath/analysis';
import type { Incident, IncidentKey, Postmortem, Principal } from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { readDecisionPolicy } from './decision-policy';
import { gatherPolicyFacts } from './policy-facts';
import { readSloFacts } from './slo-facts';

/** The policy's decision for one incident, with where its deadlines stand now. */
export interface PolicyCheck extends PostmortemDecision {
  incidentKey: IncidentKey;
  deadlineStates: DeadlineState[];
}

async function decide(
  ctx: Context,
  principal: Principal,
  repos: Pick<Repositories, 'settings' | 'incidents' | 'postmortems'>,
  incident: Incident,
  postmortem: Postmortem | null,
): Promise<PolicyCheck> {
  const policy = await readDecisionPolicy(repos);
  const slo = await readSloFacts(ctx, principal, incident.key);
  const facts = await gatherPolicyFacts(repos, incident, policy, slo);
  const decision = decidePostmortem(policy, facts);
  const deadlineStates = assessDeadlines(
    decision.deadlines,
    postmortem?.status ?? null,
    ctx.clock(),
  );
  return { incidentKey: incident.key, ...decision, deadlineStates };
}

/**
 * Explains what the workspace policy requires for an incident: full postmortem, lightweight note
 * or none, the tracks, every reason, and the draft and final deadlines.
 */
export async function checkIncidentPolicy(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PolicyCheck> {
  const incident = await getIncident(ctx, principal, key);
  return decide(ctx, principal, ctx.store, incident, await ctx.store.postmortems.get(key));
}

/** Where the policy's draft and final deadlines stand for a postmortem the caller has read. */
export async function postmortemDeadlines(
  ctx: Context,
  principal: Principal,
  postmortem: Postmortem,
): Promise<DeadlineState[]> {
  const incident = await getIncident(ctx, principal, postmortem.incidentKey);
  return (await decide(ctx, principal, ctx.store, incident, postmortem)).deadlineStates;
}
