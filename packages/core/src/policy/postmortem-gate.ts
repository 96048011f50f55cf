import { checkGate, isGatedStatus, type PolicySlo } from '@aftermath/analysis';
import {
  DomainError,
  type Incident,
  type IncidentKey,
  type Principal,
  type Postmortem,
  type PostmortemStatus,
} from '@aftermath/domain';
import type { Context } from '../context';
import type { Repositories } from '../ports';
import { readDecisionPolicy } from './decision-policy';
import { evaluateChecklist } from './postmortem-checklist';
import { readSloFacts } from './slo-facts';

const gateNames = { in_review: 'review', published: 'publication' } as const;

/**
 * The SLO facts a gate into `to` needs, read before the transition's transaction (they stream
 * SLI samples); null for moves no gate guards.
 */
export async function readGateSlo(
  ctx: Context,
  principal: Principal,
  key: IncidentKey,
  to: PostmortemStatus,
): Promise<PolicySlo | null> {
  return isGatedStatus(to) ? readSloFacts(ctx, principal, key) : null;
}

/**
 * Refuses a move into `in_review` or `published` while checklist items the policy requires for it
 * fail: a `failed_precondition` error with one detail per missing item (`checklist.<id>`: why, and
 * how to fix it). Other moves and gates without required items pass. `slo` comes from {@link readGateSlo}.
 */
export async function assertPostmortemGate(
  repos: Pick<Repositories, 'settings' | 'actions' | 'directory'>,
  incident: Incident,
  postmortem: Postmortem,
  to: PostmortemStatus,
  slo: PolicySlo | null,
): Promise<void> {
  if (!isGatedStatus(to)) return;
  const policy = await readDecisionPolicy(repos);
  if (policy.gates[to].length === 0) return;
  const checklist = await evaluateChecklist(repos, policy, incident, postmortem, slo);
  const { missing } = checkGate(policy, checklist, to);
  if (missing.length === 0) return;
  const titles = missing.map((item) => item.title).join('; ');
  throw new DomainError(
    'failed_precondition',
    `The postmortem is not ready for ${gateNames[to]}: ${missing.length} required checklist item${missing.length === 1 ? '' : 's'} failing (${titles})`,
    missing.map((item) => ({
      path: `checklist.${item.id}`,
      message: `${item.title}: ${item.why} Fix: ${item.fix}`,
    })),
  );
}
