import {
  getActionVerification,
  runVerificationCheck,
  setActionVerification,
  signOffAction,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Verification of action items: criteria, sign-off, and the check run on demand. */
export function actionVerificationHandlers(
  ctx: Context,
): Pick<
  Handlers,
  'getActionVerification' | 'setActionVerification' | 'signOffAction' | 'runVerificationCheck'
> {
  return {
    getActionVerification: ({ principal, params }) =>
      getActionVerification(ctx, principal, params.id),
    setActionVerification: ({ principal, params, body }) =>
      setActionVerification(ctx, principal, params.id, body.criteria),
    signOffAction: ({ principal, params, body }) => signOffAction(ctx, principal, params.id, body),
    runVerificationCheck: ({ principal }) => runVerificationCheck(ctx, principal),
  };
}
