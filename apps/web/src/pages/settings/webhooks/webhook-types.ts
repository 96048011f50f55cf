import type { RouteOutput, routes } from '@aftermath/contract';

/** One source's authentication status, as the API lists it (never the secret). */
export type SourceStatus = RouteOutput<(typeof routes)['listWebhookSources']>['items'][number];
/** The routing document: rules, maintenance windows, group window and body limit. */
export type Routing = RouteOutput<(typeof routes)['getWebhookRouting']>;
export type Rule = Routing['rules'][number];
export type MaintenanceWindow = Routing['maintenance'][number];
/** One delivery of the recent-deliveries log. */
export type Delivery = RouteOutput<(typeof routes)['listWebhookDeliveries']>['items'][number];

/** Where a delivery's raw body is downloaded from. */
export function rawDeliveryUrl(id: string): string {
  return `/api/v1/webhooks/deliveries/${encodeURIComponent(id)}/raw`;
}
