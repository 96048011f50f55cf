import { getPostmortemTemplates, setPostmortemTemplates, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The postmortem templates setting. */
export function postmortemTemplateHandlers(
  ctx: Context,
): Pick<Handlers, 'getPostmortemTemplates' | 'setPostmortemTemplates'> {
  return {
    getPostmortemTemplates: ({ principal }) => getPostmortemTemplates(ctx, principal),
    setPostmortemTemplates: ({ principal, body }) => setPostmortemTemplates(ctx, principal, body),
  };
}
