import { actionOverview, actionPriority, actionStatus, serviceName } from '@aftermath/domain';
import { z } from 'zod';
import { defineRoute } from '../route';
import { csvOf } from '../schemas';

/**
 * The filter of the action list across incidents in the query string. `overdue=true` keeps only
 * overdue actions, `overdue=false` only the others.
 *
 * @example
 * actionOverviewQuery.parse({ status: 'open,in_progress', team: 'payments', overdue: 'true' });
 * // { status: ['open', 'in_progress'], team: 'payments', overdue: true, limit: 50, offset: 0 }
 */
export const actionOverviewQuery = z
  .object({
    status: csvOf(actionStatus).optional(),
    priority: csvOf(actionPriority).optional(),
    owner: z.string().trim().min(1).max(200).optional(),
    team: z.string().trim().min(1).max(100).optional(),
    service: serviceName.optional(),
    overdue: z
      .enum(['true', 'false'], { error: () => 'expected true or false' })
      .transform((value) => value === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/**
 * A page of action items across incidents: `{"items":[…],"total":N}`, each item an action with
 * its incident (key, title, severity, status, services), the teams owning those services and
 * `overdue` / `daysOverdue` (whole days past the due date, UTC).
 */
export const actionOverviewPage = z.object({
  items: z.array(actionOverview),
  total: z.number().int(),
});

/**
 * Action items across incidents, filtered by status, priority, owner, team, service and overdue.
 *
 * @example
 * const { data } = await client.call('listActionsAcross', { query: { status: 'open,in_progress', overdue: 'true' } });
 * data.items[0]?.incident.key; // 'INC-7'
 */
export const actionOverviewRoutes = {
  listActionsAcross: defineRoute({
    method: 'GET',
    path: '/api/v1/actions',
    summary:
      'Action items across incidents with their incident and overdue flag, due date first, filtered by status, priority, owner, team, service and overdue',
    tag: 'actions',
    query: actionOverviewQuery,
    response: actionOverviewPage,
  }),
} as const;
