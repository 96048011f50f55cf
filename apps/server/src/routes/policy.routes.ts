import {
  checkIncidentPolicy,
  getDecisionPolicy,
  getPostmortemChecklist,
  setDecisionPolicy,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The decision policy, the policy's answer for an incident, and the postmortem checklist. */
export function policyHandlers(
  ctx: Context,
): Pick<
  Handlers,
  'getPostmortemChecklist' | 'checkIncidentPolicy' | 'getDecisionPolicy' | 'setDecisionPolicy'
> {
  return {
    getPostmortemChecklist: ({ principal, params }) =>
      getPostmortemChecklist(ctx, principal, params.key),
    checkIncidentPolicy: ({ principal, params }) => checkIncidentPolicy(ctx, principal, params.key),
    getDecisionPolicy: ({ principal }) => getDecisionPolicy(ctx, principal),
    setDecisionPolicy: ({ principal, body }) => setDecisionPolicy(ctx, principal, body),
  };
}
