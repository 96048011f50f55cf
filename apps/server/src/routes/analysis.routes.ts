import {
  getTextCheckSettings,
  lintWorkspaceText,
  redactWorkspaceText,
  setTextCheckSettings,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Text checks (redaction, lint) and their workspace allow-lists. */
export function analysisHandlers(
  ctx: Context,
): Pick<Handlers, 'redactText' | 'lintText' | 'getTextCheckSettings' | 'setTextCheckSettings'> {
  return {
    redactText: ({ principal, body }) => redactWorkspaceText(ctx, principal, body.text),
    lintText: async ({ principal, body }) => ({
      findings: await lintWorkspaceText(ctx, principal, body),
    }),
    getTextCheckSettings: ({ principal }) => getTextCheckSettings(ctx, principal),
    setTextCheckSettings: ({ principal, body }) => setTextCheckSettings(ctx, principal, body),
  };
}
