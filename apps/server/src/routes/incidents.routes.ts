import {
  createIncident,
  getIncident,
  listIncidents,
  updateIncident,
  type Context,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';
import { requireVersion } from './require-version';

/** Incidents: list with filters, create, read, update with If-Match. */
export function incidentHandlers(
  ctx: Context,
): Pick<Handlers, 'listIncidents' | 'createIncident' | 'getIncident' | 'updateIncident'> {
  return {
    listIncidents: ({ principal, query }) => listIncidents(ctx, principal, query),
    createIncident: ({ principal, body }) => createIncident(ctx, principal, body),
    getIncident: ({ principal, params }) => getIncident(ctx, principal, params.key),
    updateIncident: ({ principal, params, body, ifMatch }) =>
      updateIncident(ctx, principal, params.key, requireVersion(ifMatch), body),
  };
}
