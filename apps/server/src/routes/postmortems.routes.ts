import {
  getPostmortem,
  postmortemDeadlines,
  savePostmortem,
  transitionPostmortem,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The postmortem of an incident and its lifecycle transitions. */
export function postmortemHandlers(
  ctx: Context,
): Pick<Handlers, 'getPostmortem' | 'savePostmortem' | 'transitionPostmortem'> {
  return {
    getPostmortem: async ({ principal, params }) => {
      const postmortem = await getPostmortem(ctx, principal, params.key);
      return { ...postmortem, deadlines: await postmortemDeadlines(ctx, principal, postmortem) };
    },
    savePostmortem: ({ principal, params, body, ifMatch }) =>
      savePostmortem(ctx, principal, params.key, ifMatch, body),
    transitionPostmortem: ({ principal, params, body, ifMatch }) =>
      transitionPostmortem(ctx, principal, params.key, ifMatch, body),
  };
}
