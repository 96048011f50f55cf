import type { ChecklistItemId, DecisionPolicy, GatedStatus } from '@aftermath/domain';
import type { ChecklistItem, ChecklistResult } from '../checklist/checklist.types';

/**
 * What a gate asks and what is missing: the items the policy requires before `to`, and those of
 * them that fail now.
 *
 * @example
 * // { to: 'published', required: ['summary', 'no-secrets'], missing: [{ id: 'no-secrets', … }] }
 */
export interface GateResult {
  to: GatedStatus;
  required: ChecklistItemId[];
  missing: ChecklistItem[];
}

/** True for the postmortem states a policy can guard with required checklist items. */
export function isGatedStatus(status: string): status is GatedStatus {
  return status === 'in_review' || status === 'published';
}

/**
 * Checks the policy's gate before the postmortem enters `to` against a checklist result.
 *
 * @example
 * checkGate(policy, runChecklist(input, policy.checklist), 'in_review').missing.length === 0;
 */
export function checkGate(
  policy: DecisionPolicy,
  checklist: ChecklistResult,
  to: GatedStatus,
): GateResult {
  const required = [...new Set(policy.gates[to])];
  const missing = checklist.items.filter((item) => required.includes(item.id) && !item.passed);
  return { to, required, missing };
}
