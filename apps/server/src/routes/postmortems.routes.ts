import { getPostmortem, savePostmortem, transitionPostmortem, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The postmortem of an incident and its lifecycle transitions. */
export function postmortemHandlers(
  ctx: Context,
): Pick<Handlers, 'getPostmortem' | 'savePostmortem' | 'transitionPostmortem'> {
  return {
    getPostmortem: ({ principal, params }) => getPostmortem(ctx, principal, params.key),
    savePostmortem: ({ principal, params, body, ifMatch }) =>
      savePostmortem(ctx, principal, params.key, ifMatch, body),
    transitionPostmortem: ({ principal, params, body, ifMatch }) =>
      transitionPostmortem(ctx, principal, params.key, ifMatch, body),
  };
}
