import {
  linkActionIssue,
  listIncidentActionIssues,
  listOutgoingCalls,
  listTrackerConfigs,
  receiveTrackerWebhook,
  removeTrackerConfig,
  requestActionIssue,
  retryOutgoingCall,
  setTrackerConfig,
  unlinkActionIssue,
  type Context,
  type TrackerDeps,
} from '@aftermath/core';
import type { Handlers } from '../register-routes';

/**
 * Issue trackers, action issues, tracker webhooks and the delivery log. Core checks permissions;
 * the webhook carries no user credentials and proves itself with the team's webhook secret.
 */
export function trackersHandlers(
  ctx: Context,
  deps: TrackerDeps,
): Pick<
  Handlers,
  | 'listTrackers'
  | 'setTracker'
  | 'removeTracker'
  | 'receiveTrackerWebhook'
  | 'createActionIssue'
  | 'linkActionIssue'
  | 'unlinkActionIssue'
  | 'listIncidentActionIssues'
  | 'listOutgoingCalls'
  | 'retryOutgoingCall'
> {
  return {
    listTrackers: async ({ principal }) => ({ items: await listTrackerConfigs(ctx, principal) }),
    setTracker: ({ principal, params, body }) =>
      setTrackerConfig(ctx, principal, deps.secrets, params.team, body),
    removeTracker: async ({ principal, params }) => {
      await removeTrackerConfig(ctx, principal, params.team);
      return undefined;
    },
    receiveTrackerWebhook: ({ params, headers, body }) =>
      receiveTrackerWebhook(ctx, deps.secrets, { team: params.team, headers, body }),
    createActionIssue: ({ principal, params, body }) =>
      requestActionIssue(ctx, principal, params.id, body),
    linkActionIssue: ({ principal, params, body }) =>
      linkActionIssue(ctx, principal, deps, params.id, body),
    unlinkActionIssue: async ({ principal, params }) => {
      await unlinkActionIssue(ctx, principal, params.id);
      return undefined;
    },
    listIncidentActionIssues: async ({ principal, params }) => ({
      items: await listIncidentActionIssues(ctx, principal, params.key),
    }),
    listOutgoingCalls: async ({ principal, query }) => ({
      items: await listOutgoingCalls(ctx, principal, query),
    }),
    retryOutgoingCall: ({ principal, params }) => retryOutgoingCall(ctx, principal, params.id),
  };
}
