import {
  checkGate,
  runChecklist,
  type PolicySlo,
  type ChecklistResult,
  type GateResult,
} from '@aftermath/analysis';
import {
  notFound,
  type ChecklistItemId,
  type DecisionPolicy,
  type GatedStatus,
  type Incident,
  type IncidentKey,
  type Postmortem,
  type Principal,
} from '@aftermath/domain';
import type { Context } from '../context';
import { getIncident } from '../incidents';
import type { Repositories } from '../ports';
import { buildChecklistInput } from './checklist-input';
import { readDecisionPolicy } from './decision-policy';
import { readSloFacts } from './slo-facts';

/** What one gate needs: the required items and, of those, the ones failing now. */
export interface GateSummary {
  required: ChecklistItemId[];
  missing: ChecklistItemId[];
}

/** The checklist of one postmortem with the policy's gates evaluated against it. */
export interface PostmortemChecklist extends ChecklistResult {
  incidentKey: IncidentKey;
  gates: Record<GatedStatus, GateSummary>;
}

/** Runs the checklist with the policy's weights and limits. */
export async function evaluateChecklist(
  repos: Pick<Repositories, 'actions' | 'directory' | 'settings'>,
  policy: DecisionPolicy,
  incident: Incident,
  postmortem: Postmortem,
  slo: PolicySlo | null,
): Promise<ChecklistResult> {
  const input = await buildChecklistInput(repos, incident, postmortem, slo);
  return runChecklist(input, { ...policy.checklist, preventRule: policy.actions.preventRule });
}

function summarize(gate: GateResult): GateSummary {
  return { required: gate.required, missing: gate.missing.map((item) => item.id) };
}

/** The quality checklist of an incident's postmortem: score, every item, and what each gate lacks. */
export async function getPostmortemChecklist(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
): Promise<PostmortemChecklist> {
  const incident = await getIncident(ctx, principal, key);
  const postmortem = await ctx.store.postmortems.get(key);
  if (!postmortem) throw notFound('postmortem for', key);
  const policy = await readDecisionPolicy(ctx.store);
  const slo = await readSloFacts(ctx, principal, key);
  const result = await evaluateChecklist(ctx.store, policy, incident, postmortem, slo);
  return {
    incidentKey: key,
    ...result,
    gates: {
      in_review: summarize(checkGate(policy, result, 'in_review')),
      published: summarize(checkGate(policy, result, 'published')),
    },
  };
}
