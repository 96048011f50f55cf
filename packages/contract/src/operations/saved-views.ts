import { savedView, savedViewList, saveViewInput } from '@aftermath/domain';
import { defineRoute } from '../route';
import { idParams } from '../schemas';

/**
 * Saved views of the incident list: named filters, per person or shared with the workspace.
 *
 * @example
 * const { data } = await client.call('saveView', { body: { name: 'Open SEV1s', filters: { severity: 'SEV1', status: 'open' }, shared: true } });
 */
export const savedViewsRoutes = {
  listSavedViews: defineRoute({
    method: 'GET',
    path: '/api/v1/saved-views',
    summary: "Saved views of the incident list: the workspace's shared ones and your own",
    tag: 'incidents',
    response: savedViewList,
  }),
  saveView: defineRoute({
    method: 'POST',
    path: '/api/v1/saved-views',
    summary:
      'Save incident-list filters under a name, for yourself or (`shared`, write access) the workspace',
    tag: 'incidents',
    body: saveViewInput,
    response: savedView,
    status: 201,
  }),
  deleteSavedView: defineRoute({
    method: 'DELETE',
    path: '/api/v1/saved-views/{id}',
    summary: 'Delete one of your saved views, or a shared one (write access)',
    tag: 'incidents',
    params: idParams,
    response: null,
    status: 204,
  }),
} as const;
