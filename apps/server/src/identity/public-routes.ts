import type { RouteName } from '@aftermath/contract';

/**
 * Operations anyone may call without signing in. Everything else needs a session or a token;
 * webhook deliveries prove themselves with their source's secret instead (checked in core).
 */
export const publicRoutes: ReadonlySet<RouteName> = new Set<RouteName>([
  'health',
  'receiveWebhook',
  'getSetupStatus',
  'setupFirstAdmin',
  'getSession',
  'createSession',
  'deleteSession',
]);
