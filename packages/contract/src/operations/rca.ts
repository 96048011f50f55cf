import { rcaTaxonomy } from '@aftermath/domain';
import { defineRoute } from '../route';

/**
 * Root-cause analysis settings: the workspace's trigger and root-cause codes. The analysis itself
 * travels with the postmortem (`rca` in `GET/PUT /api/v1/incidents/{key}/postmortem`).
 *
 * @example
 * await client.setRcaTaxonomy({ body: { triggers: [...], rootCauses: [...] } });
 */
export const rcaRoutes = {
  getRcaTaxonomy: defineRoute({
    method: 'GET',
    path: '/api/v1/settings/rca-taxonomy',
    summary: 'The trigger and root-cause codes postmortems are coded with in this workspace',
    tag: 'settings',
    response: rcaTaxonomy,
  }),
  setRcaTaxonomy: defineRoute({
    method: 'PUT',
    path: '/api/v1/settings/rca-taxonomy',
    summary:
      'Replace the RCA taxonomy (admins); codes unique per list; a code still in use cannot be removed (409), mark it retired instead',
    tag: 'settings',
    body: rcaTaxonomy,
    response: rcaTaxonomy,
  }),
} as const;
