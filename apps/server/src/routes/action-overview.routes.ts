import { listActionOverview, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Action items across incidents (`GET /api/v1/actions`). */
export function actionOverviewHandlers(ctx: Context): Pick<Handlers, 'listActionsAcross'> {
  return {
    listActionsAcross: ({ principal, query }) => listActionOverview(ctx, principal, query),
  };
}
