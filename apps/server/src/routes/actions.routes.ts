import { createAction, getAction, listActions, updateAction, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { requireVersion } from './require-version';

/** Action items, under their incident and by id. */
export function actionHandlers(
  ctx: Context,
): Pick<Handlers, 'listActions' | 'createAction' | 'getAction' | 'updateAction'> {
  return {
    listActions: async ({ principal, params }) => ({
      items: await listActions(ctx, principal, params.key),
    }),
    createAction: ({ principal, params, body }) => createAction(ctx, principal, params.key, body),
    getAction: ({ principal, params }) => getAction(ctx, principal, params.id),
    updateAction: ({ principal, params, body, ifMatch }) =>
      updateAction(ctx, principal, params.id, requireVersion(ifMatch), body),
  };
}
