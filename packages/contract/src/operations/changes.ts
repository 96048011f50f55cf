import { changeFeedItem, metricsFilterInput, serviceName } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';

/**
 * The change feed's query: `from`/`to` are days (UTC, both inclusive) or instants; without
 * `from`, the last seven days up to `to` (default now).
 *
 * @example
 * changeFeedQuery.parse({ from: '2026-11-01', service: 'checkout-api' });
 */
export const changeFeedQuery = z
  .object({
    from: z.string().optional(),
    to: z.string().optional(),
    service: serviceName.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()
  .transform(({ from, to, service, limit }, ctx) => {
    // The same day-or-instant reading (and errors) as the metrics filter.
    const window = metricsFilterInput.safeParse({
      ...(from !== undefined && { from }),
      ...(to !== undefined && { to }),
    });
    if (!window.success) {
      for (const issue of window.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    }
    return { ...window.data, ...(service !== undefined && { service }), limit };
  });

/** The change feed, newest first; `truncated` when more changes matched than `limit`. */
export const changeFeed = z.object({ items: z.array(changeFeedItem), truncated: z.boolean() });

/**
 * Deploys, config changes, feature-flag flips and migrations across incidents, and those in
 * webhook deliveries no incident took.
 *
 * @example
 * const { data } = await client.call('listChanges', { query: { service: 'checkout-api' } });
 * data.items[0]?.category; // 'deploy'
 */
export const changesRoutes = {
  listChanges: defineRoute({
    method: 'GET',
    path: '/api/v1/changes',
    summary:
      'Deploys, config, feature-flag and migration changes across incidents and unrouted webhook deliveries, newest first, in a time window (default: the last 7 days)',
    tag: 'changes',
    query: changeFeedQuery,
    response: changeFeed,
  }),
} as const;
