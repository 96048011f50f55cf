import type { Service, Team, User } from '@aftermath/domain';

/** The teams of the demo company, an online shop. */
export const demoTeams: Team[] = [
  { name: 'payments', description: 'Checkout, payment providers and the orders database' },
  { name: 'commerce', description: 'Carts, catalog and pricing' },
  { name: 'edge', description: 'API gateway, rate limiting and TLS at the edge' },
  { name: 'search', description: 'Product search and its indexing pipeline' },
  { name: 'notifications', description: 'E-mail, webhooks and mobile push' },
  { name: 'platform', description: 'Kubernetes, DNS, Kafka and shared infrastructure' },
  { name: 'security', description: 'Application security and incident response' },
];

/** Services with their owning team and tier (1 = most critical). */
export const demoServices: Service[] = [
  {
    name: 'checkout-api',
    team: 'payments',
    tier: 1,
    description: 'Creates orders and payment intents',
  },
  {
    name: 'payments-db',
    team: 'payments',
    tier: 1,
    description: 'PostgreSQL 15 cluster (Patroni) for orders and payments',
  },
  { name: 'cart-service', team: 'commerce', tier: 1, description: 'Shopping carts API' },
  { name: 'cart-redis', team: 'commerce', tier: 1, description: 'Redis holding shopping carts' },
  { name: 'api-gateway', team: 'edge', tier: 1, description: 'Public API entry point (Envoy)' },
  {
    name: 'rate-limiter',
    team: 'edge',
    tier: 1,
    description: 'Global rate limit service used by the gateway',
  },
  { name: 'search-api', team: 'search', tier: 2, description: 'Product search queries' },
  {
    name: 'search-indexer',
    team: 'search',
    tier: 2,
    description: 'Kafka consumer that keeps the search index in sync with the catalog',
  },
  {
    name: 'notifications-worker',
    team: 'notifications',
    tier: 2,
    description: 'Sends e-mails and customer webhooks from the notification queue',
  },
  {
    name: 'push-gateway',
    team: 'notifications',
    tier: 2,
    description: 'Delivers mobile push notifications through APNs and FCM',
  },
  { name: 'kafka', team: 'platform', tier: 1, description: 'Shared Kafka cluster (6 brokers)' },
  {
    name: 'node-local-dns',
    team: 'platform',
    tier: 1,
    description: 'Per-node DNS cache on every Kubernetes node',
  },
];

/** People who appear as commanders, postmortem owners and action owners. */
export const demoUsers: User[] = [
  { username: 'li.wei', displayName: 'Li Wei', role: 'responder', team: 'payments' },
  { username: 'sofia.rossi', displayName: 'Sofia Rossi', role: 'reviewer', team: 'payments' },
  { username: 'jonas.berg', displayName: 'Jonas Berg', role: 'responder', team: 'platform' },
  { username: 'amara.okafor', displayName: 'Amara Okafor', role: 'reviewer', team: 'commerce' },
  { username: 'diego.alvarez', displayName: 'Diego Alvarez', role: 'responder', team: 'commerce' },
  { username: 'hana.sato', displayName: 'Hana Sato', role: 'responder', team: 'edge' },
  { username: 'kwame.mensah', displayName: 'Kwame Mensah', role: 'reviewer', team: 'edge' },
  {
    username: 'priya.natarajan',
    displayName: 'Priya Natarajan',
    role: 'responder',
    team: 'search',
  },
  { username: 'tomas.novak', displayName: 'Tomás Novák', role: 'responder', team: 'notifications' },
  { username: 'ines.duarte', displayName: 'Inês Duarte', role: 'reviewer', team: 'search' },
  {
    username: 'lena.fischer',
    displayName: 'Lena Fischer',
    role: 'reviewer',
    team: 'notifications',
  },
  { username: 'maya.cohen', displayName: 'Maya Cohen', role: 'admin', team: 'security' },
  { username: 'rafael.lima', displayName: 'Rafael Lima', role: 'reviewer', team: 'security' },
  { username: 'ola.nordmann', displayName: 'Ola Nordmann', role: 'responder', team: 'platform' },
];
