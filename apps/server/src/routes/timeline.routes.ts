import {
  addTimelineEntry,
  deleteTimelineEntry,
  listTimeline,
  updateTimelineEntry,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { requireVersion } from './require-version';

/** Timeline entries of an incident. */
export function timelineHandlers(
  ctx: Context,
): Pick<
  Handlers,
  'listTimeline' | 'addTimelineEntry' | 'updateTimelineEntry' | 'deleteTimelineEntry'
> {
  return {
    listTimeline: async ({ principal, params }) => ({
      items: await listTimeline(ctx, principal, params.key),
    }),
    addTimelineEntry: ({ principal, params, body }) =>
      addTimelineEntry(ctx, principal, params.key, body),
    updateTimelineEntry: ({ principal, params, body, ifMatch }) =>
      updateTimelineEntry(ctx, principal, params.key, params.id, requireVersion(ifMatch), body),
    deleteTimelineEntry: async ({ principal, params, ifMatch }) => {
      await deleteTimelineEntry(ctx, principal, params.key, params.id, requireVersion(ifMatch));
      return undefined;
    },
  };
}
