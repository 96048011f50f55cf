import { checkGate, isGatedStatus } from '@aftermath/analysis';
import {
  DomainError,
  type Incident,
  type Postmortem,
  type PostmortemStatus,
} from '@aftermath/domain';
import type { Repositories } from '../ports';
import { readDecisionPolicy } from './decision-policy';
import { evaluateChecklist } from './postmortem-checklist';

const gateNames = { in_review: 'review', published: 'publication' } as const;

/**
 * Refuses a move into `in_review` or `published` while checklist items the policy requires for it
 * fail: a `failed_precondition` error with one detail per missing item (`checklist.<id>`: why, and
 * how to fix it). Other moves and gates without required items pass.
 */
export async function assertPostmortemGate(
  repos: Pick<Repositories, 'settings' | 'actions' | 'directory'>,
  incident: Incident,
  postmortem: Postmortem,
  to: PostmortemStatus,
): Promise<void> {
  if (!isGatedStatus(to)) return;
  const policy = await readDecisionPolicy(repos);
  if (policy.gates[to].length === 0) return;
  const checklist = await evaluateChecklist(repos, policy, incident, postmortem);
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
