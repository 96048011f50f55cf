import type { DemoIncident } from '../demo-incident';
import { cartRedisEviction } from './cart-redis-eviction';
import { checkoutDbFailover } from './checkout-db-failover';
import { kafkaDiskNearMiss } from './kafka-disk-near-miss';
import { pushNotificationDelays } from './push-notification-delays';
import { rateLimitConfigPush } from './rate-limit-config-push';
import { searchCertExpiry } from './search-cert-expiry';
import { searchIndexLag } from './search-index-lag';
import { webhookTokensInLogs } from './webhook-tokens-in-logs';

/** Every incident of the demo workspace, oldest first. */
export const demoIncidents: DemoIncident[] = [
  cartRedisEviction,
  checkoutDbFailover,
  searchCertExpiry,
  searchIndexLag,
  rateLimitConfigPush,
  webhookTokensInLogs,
  kafkaDiskNearMiss,
  pushNotificationDelays,
];
