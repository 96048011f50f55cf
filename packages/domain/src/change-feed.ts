import { z } from 'zod';
import { incident } from './incident';
import { utcTimestamp } from './time';

/** What a change was, as the timeline's change reader classifies it. */
export const changeFeedCategory = z.enum([
  'deploy',
  'config',
  'feature-flag',
  'migration',
  'change',
]);

/**
 * One change in the feed across incidents: a `deploy`/`change` timeline entry of an incident
 * (`origin: 'timeline'`, `entryId` set, `incident` set), or a change found in a webhook delivery
 * no incident took (`origin: 'webhook'`, `deliveryId` set, `incident` null). `at` is UTC.
 *
 * @example
 * // { at: '2026-11-20T09:12:00.000Z', category: 'deploy', title: '[DEPLOY] checkout-api v42',
 * //   service: 'checkout-api', source: 'github', origin: 'timeline', entryId: '01J…',
 * //   deliveryId: null, incident: { key: 'INC-7', title: 'Checkout 502s', status: 'open' } }
 */
export const changeFeedItem = z.object({
  at: utcTimestamp,
  category: changeFeedCategory,
  kind: z.enum(['deploy', 'change']),
  title: z.string(),
  service: z.string().nullable(),
  source: z.string(),
  origin: z.enum(['timeline', 'webhook']),
  entryId: z.string().nullable(),
  deliveryId: z.string().nullable(),
  incident: incident.pick({ key: true, title: true, status: true }).nullable(),
});
export type ChangeFeedItem = z.infer<typeof changeFeedItem>;
