import type { RouteName } from '@aftermath/contract';

/**
 * Operations anyone may call without signing in. Everything else needs a session or a token;
 * webhook deliveries prove themselves with their source's secret instead (checked in core).
 */
export const publicRoutes: ReadonlySet<RouteName> = new Set<RouteName>([
  'health',
  'receiveWebhook',
  'receiveTrackerWebhook',
  'getSetupStatus',
  'setupFirstAdmin',
  'getSession',
  'createSession',
  'deleteSession',
  'getSignInOptions',
]);

/**
 * Public operations that never look at credentials: the health probe must answer (503 with its
 * reason) even when the database that would resolve a token or a session is gone.
 */
export const credentialFreeRoutes: ReadonlySet<RouteName> = new Set<RouteName>(['health']);
