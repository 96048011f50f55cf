import {
  actionIssueLink,
  outgoingCall,
  trackerConfigInput,
  trackerConfigView,
  trackerTeam,
} from '@aftermath/domain';
import { z } from 'zod';
import { byteStream, defineRoute } from '../route';
import { idParams, incidentKeyParams } from '../schemas';

const teamParams = z.object({ team: trackerTeam });

/**
 * Headers tracker webhooks are signed with: GitHub `X-Hub-Signature-256: sha256=<hex>`, Jira
 * Cloud `X-Hub-Signature: sha256=<hex>`, Linear `Linear-Signature: <hex>` (HMAC-SHA256 of the
 * raw body with the team's webhook secret).
 */
export const trackerWebhookHeaders = z.object({
  'x-hub-signature-256': z.string().max(200).optional(),
  'x-hub-signature': z.string().max(200).optional(),
  'linear-signature': z.string().max(200).optional(),
});

/** Which team's tracker files the issue; left out, the action's team (or `default`) decides. */
export const actionIssueRequest = z.object({ team: trackerTeam.optional() }).strict();

/**
 * An existing issue to link: `ref` as the tracker writes it (`12` or `#12` on GitHub, `OPS-4` on
 * Jira, `ENG-12` on Linear).
 *
 * @example { "ref": "OPS-4" }
 */
export const actionIssueLinkInput = z
  .object({ ref: z.string().trim().min(1).max(200), team: trackerTeam.optional() })
  .strict();

/** Filter of the delivery log: one status, at most `limit` (default 100), newest first. */
export const outgoingCallQuery = z.object({
  status: z.enum(['queued', 'running', 'done', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** Issue trackers per team, the issues of action items, their webhooks, and the delivery log. */
export const trackersRoutes = {
  listTrackers: defineRoute({
    method: 'GET',
    path: '/api/v1/trackers',
    summary: 'Issue trackers per team (GitHub, Jira, Linear), tokens hidden (admin)',
    tag: 'trackers',
    response: z.object({ items: z.array(trackerConfigView) }),
  }),
  setTracker: defineRoute({
    method: 'PUT',
    path: '/api/v1/trackers/{team}',
    summary: "Create or replace a team's tracker; the token is stored encrypted (admin)",
    tag: 'trackers',
    params: teamParams,
    body: trackerConfigInput,
    response: trackerConfigView,
  }),
  removeTracker: defineRoute({
    method: 'DELETE',
    path: '/api/v1/trackers/{team}',
    summary: "Remove a team's tracker (linked issues stay linked)",
    tag: 'trackers',
    params: teamParams,
    response: null,
    status: 204,
  }),
  receiveTrackerWebhook: defineRoute({
    method: 'POST',
    path: '/api/v1/trackers/{team}/webhook',
    summary:
      "A tracker's issue webhook (GitHub issues event, Jira issue webhook, Linear Issue), signed " +
      "with the team's webhook secret: records the issue's state on the linked actions",
    tag: 'trackers',
    params: teamParams,
    headers: trackerWebhookHeaders,
    body: byteStream('The JSON body exactly as the tracker signed it'),
    response: z.object({ ref: z.string().nullable(), updated: z.number().int() }),
  }),
  createActionIssue: defineRoute({
    method: 'POST',
    path: '/api/v1/actions/{id}/issue',
    summary:
      "Queue the creation of the action's issue in its team's tracker; 201 with the delivery id",
    tag: 'trackers',
    params: idParams,
    body: actionIssueRequest,
    response: z.object({ deliveryId: z.string(), team: z.string() }),
    status: 201,
  }),
  linkActionIssue: defineRoute({
    method: 'PUT',
    path: '/api/v1/actions/{id}/issue',
    summary: 'Link an existing tracker issue to the action (read from the tracker now)',
    tag: 'trackers',
    params: idParams,
    body: actionIssueLinkInput,
    response: actionIssueLink,
  }),
  unlinkActionIssue: defineRoute({
    method: 'DELETE',
    path: '/api/v1/actions/{id}/issue',
    summary: "Remove the action's issue link (the issue stays in the tracker)",
    tag: 'trackers',
    params: idParams,
    response: null,
    status: 204,
  }),
  listIncidentActionIssues: defineRoute({
    method: 'GET',
    path: '/api/v1/incidents/{key}/action-issues',
    summary: "The tracker issues linked to the incident's actions, with their state",
    tag: 'trackers',
    params: incidentKeyParams,
    response: z.object({ items: z.array(actionIssueLink) }),
  }),
  listOutgoingCalls: defineRoute({
    method: 'GET',
    path: '/api/v1/deliveries',
    summary:
      'The delivery log: notification deliveries and tracker calls, newest first, with attempts and last error (admin)',
    tag: 'trackers',
    query: outgoingCallQuery,
    response: z.object({ items: z.array(outgoingCall) }),
  }),
  retryOutgoingCall: defineRoute({
    method: 'POST',
    path: '/api/v1/deliveries/{id}/retry',
    summary: 'Send a failed delivery or tracker call again (a new entry in the log) (admin)',
    tag: 'trackers',
    params: idParams,
    response: outgoingCall,
    status: 201,
  }),
} as const;
