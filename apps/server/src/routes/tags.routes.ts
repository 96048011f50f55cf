import { tagIncident, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Incident tags: add and remove. */
export function tagsHandlers(ctx: Context): Pick<Handlers, 'changeIncidentTags'> {
  return {
    changeIncidentTags: ({ principal, params, body }) =>
      tagIncident(ctx, principal, params.key, body),
  };
}
