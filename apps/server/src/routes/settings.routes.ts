import { getSeverityScale, setSeverityScale, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Workspace settings. */
export function settingsHandlers(
  ctx: Context,
): Pick<Handlers, 'getSeverityScale' | 'setSeverityScale'> {
  return {
    getSeverityScale: ({ principal }) => getSeverityScale(ctx, principal),
    setSeverityScale: ({ principal, body }) => setSeverityScale(ctx, principal, body),
  };
}
