import { actionItem, incidentKey, incidentStatus } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { incidentKeyParams } from '../schemas';

/**
 * Why an incident matched: shared words (`terms`), the same service, the same coded trigger or
 * root-cause category, or being close in time (`recency`, `values` = days apart).
 *
 * @example
 * // { "kind": "service", "values": ["checkout"], "message": "same service: checkout" }
 */
export const similarityReason = z.object({
  kind: z.enum(['terms', 'service', 'trigger', 'root-cause', 'recency']),
  values: z.array(z.string()),
  message: z.string(),
});

/**
 * One similar incident: key, score (BM25 with boosts; only comparable within one answer), reasons,
 * and what a responder needs to act: title, status, its recurrence link and its open actions.
 */
export const similarIncident = z.object({
  key: incidentKey,
  score: z.number(),
  reasons: z.array(similarityReason),
  title: z.string(),
  status: incidentStatus,
  recurrenceOf: incidentKey.nullable(),
  openActions: z.array(
    actionItem.pick({ id: true, title: true, status: true, owner: true, dueDate: true }),
  ),
});

/** `{"items":[…]}`, best first. */
export const similarIncidentList = z.object({ items: z.array(similarIncident) });

/** Query of `GET /api/v1/incidents/{key}/similar`: how many to return (1–50, default 5). */
export const similarQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

/**
 * Similar incidents: which past incidents look like this one, and why.
 *
 * @example
 * const { items } = await client.listSimilarIncidents({ params: { key: 'INC-7' }, query: { limit: 3 } });
 */
export const similarityRoutes = {
  listSimilarIncidents: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/similar',
    summary:
      'The incidents most similar to this one (BM25 over title, summary, trigger, root cause, tags and timeline, boosted by shared service, coded causes and recency), each with why it matched and its open actions',
    tag: 'incidents',
    params: incidentKeyParams,
    query: similarQuery,
    response: similarIncidentList,
  }),
} as const;
