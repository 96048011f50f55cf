import {
  decisionPolicy,
  defaultDecisionPolicy,
  parseOrThrow,
  type DecisionPolicy,
  type DecisionPolicyInput,
  type Principal,
} from '@aftermath/domain';
import { authorize } from '../authorization';
import type { Context } from '../context';
import type { Repositories } from '../ports';

const settingKey = 'decisionPolicy';

/** The saved policy, or the default one when none was saved (or the saved one no longer reads). */
export async function readDecisionPolicy(
  repos: Pick<Repositories, 'settings'>,
): Promise<DecisionPolicy> {
  const saved = decisionPolicy.safeParse(await repos.settings.get(settingKey));
  return saved.success ? saved.data : defaultDecisionPolicy;
}

/** The workspace's decision policy (docs/policy.md), defaults filled in. */
export async function getDecisionPolicy(
  ctx: Context,
  principal: Principal,
): Promise<DecisionPolicy> {
  authorize(principal, 'incident.read');
  return readDecisionPolicy(ctx.store);
}

/**
 * Replaces the workspace's decision policy. Omitted fields take their defaults; a bad policy is
 * refused with a `validation` error naming each field, and the saved one stays.
 */
export async function setDecisionPolicy(
  ctx: Context,
  principal: Principal,
  input: DecisionPolicyInput,
): Promise<DecisionPolicy> {
  authorize(principal, 'workspace.admin');
  const policy = parseOrThrow(decisionPolicy, input, 'policy');
  await ctx.store.settings.set(settingKey, policy);
  return policy;
}
