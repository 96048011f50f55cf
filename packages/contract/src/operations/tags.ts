import { incident, incidentTagChange } from '@aftermath/domain';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/**
 * Incident tags: add and remove in one call, without If-Match (tag changes commute, so a
 * concurrent edit is merged, not refused).
 *
 * @example
 * const updated = await client.changeIncidentTags({ params: { key: 'INC-7' }, body: { add: ['database'], remove: [] } });
 */
export const tagsRoutes = {
  changeIncidentTags: defineRoute({
    method: 'POST',
    path: '/api/v1/incidents/{key}/tags',
    summary:
      'Add and remove tags of an incident (`{"add":[…],"remove":[…]}`); returns the incident',
    tag: 'incidents',
    params: incidentKeyParams,
    body: incidentTagChange,
    response: incident,
    etag: true,
  }),
} as const;
