import { deleteSavedView, listSavedViews, saveView, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Saved views of the incident list. */
export function savedViewsHandlers(
  ctx: Context,
): Pick<Handlers, 'listSavedViews' | 'saveView' | 'deleteSavedView'> {
  return {
    listSavedViews: async ({ principal }) => ({ items: await listSavedViews(ctx, principal) }),
    saveView: ({ principal, body }) => saveView(ctx, principal, body),
    deleteSavedView: async ({ principal, params }) => {
      await deleteSavedView(ctx, principal, params.id);
      return undefined;
    },
  };
}
