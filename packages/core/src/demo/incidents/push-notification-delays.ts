import type { DemoIncident } from '../demo-incident';

/** Mobile push delayed after an HTTP/2 client upgrade; mitigated, root fix pending (SEV3). */
export const pushNotificationDelays: DemoIncident = {
  startedDaysAgo: 3,
  startedAtUtc: '17:42:00',
  incident: {
    title: 'iOS push notifications delayed up to 42 minutes after push-gateway upgrade',
    severity: 'SEV3',
    type: 'degradation',
    services: ['push-gateway', 'notifications-worker'],
    commander: 'tomas.novak',
    tags: ['apns', 'http2', 'dependency-upgrade', 'mobile'],
    customerImpact: {
      description:
        'Order and delivery notifications on iOS arrived up to 42 minutes late. Android and ' +
        'e-mail were on time.',
      usersAffected: 48200,
      requestsAffected: null,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 22,
    acknowledgedAt: 25,
    mitigatedAt: 71,
  },
  status: 'mitigated',
  timeline: [
    {
      at: -8,
      kind: 'deploy',
      title: 'push-gateway 3.8.0 deployed: HTTP/2 client library 3.x → 4.1 (security fix)',
      source: 'github',
      service: 'push-gateway',
    },
    {
      at: 0,
      kind: 'log',
      title: 'push-gateway: APNs send throughput down from 2,300/s to 240/s',
      body: 'Each connection now carries one stream at a time; previously up to 1,000 concurrent streams.',
      source: 'prometheus',
      service: 'push-gateway',
      precision: 'min',
    },
    {
      at: 12,
      kind: 'alert',
      title: 'PushQueueAgeHigh warning: oldest iOS message 9 minutes old',
      source: 'alertmanager',
      service: 'notifications-worker',
    },
    {
      at: 22,
      kind: 'alert',
      title: 'PushQueueAgeCritical: oldest iOS message 20 minutes old',
      source: 'alertmanager',
      service: 'notifications-worker',
    },
    {
      at: 22.5,
      kind: 'page',
      title: 'Paged notifications on-call',
      source: 'pagerduty',
      service: 'push-gateway',
    },
    {
      at: 25,
      kind: 'page',
      title: 'Page acknowledged by tomas.novak',
      source: 'pagerduty',
      author: 'tomas.novak',
    },
    {
      at: 33,
      kind: 'chat',
      title: 'Only the APNs path is slow; FCM and e-mail queues are empty',
      source: 'slack',
      author: 'tomas.novak',
    },
    {
      at: 41,
      kind: 'chat',
      title: 'Rollback would reintroduce the CVE fixed in 4.1; prefer more connections instead',
      source: 'slack',
      author: 'maya.cohen',
    },
    {
      at: 52,
      kind: 'change',
      title: 'push-gateway apns.connections 4 → 40 (config change, rolling restart)',
      source: 'kubernetes',
      service: 'push-gateway',
      author: 'tomas.novak',
    },
    {
      at: 60,
      kind: 'platform',
      title: 'Throughput back to 2,100/s; queue draining',
      source: 'prometheus',
      service: 'push-gateway',
      precision: 'min',
    },
    {
      at: 71,
      kind: 'alert',
      title: 'PushQueueAgeCritical resolved; oldest message under 30 s',
      source: 'alertmanager',
      service: 'notifications-worker',
    },
    {
      at: 80,
      kind: 'note',
      title: 'Keeping the incident mitigated until the stream setting is fixed in code',
      body: '40 connections per pod is close to the APNs per-certificate connection guidance.',
      source: 'manual',
      author: 'tomas.novak',
      precision: 'min',
      pinned: true,
    },
  ],
  postmortem: {
    rca: {
      trigger: 'binary-push',
      rootCauses: [],
      factors: [],
      whys: [],
    },
    owner: 'lena.fischer',
    status: 'draft',
    sections: {
      summary:
        'push-gateway 3.8.0 upgraded its HTTP/2 client to 4.1 for a security fix. Version 4 ' +
        'no longer uses the concurrent-stream limit the server advertises and defaults to one ' +
        'stream per connection, which cut APNs throughput by 90%. iOS notifications queued and ' +
        'arrived up to 42 minutes late until the number of connections was raised.',
      impact:
        '- 48,200 iOS users received order and delivery notifications late, up to 42 minutes, ' +
        'between 17:42 and 18:53 UTC.\n' +
        '- Android (FCM) and e-mail were unaffected.',
      trigger: 'Deploy of push-gateway 3.8.0.',
    },
  },
  actions: [
    {
      title: 'Set max concurrent streams from the server SETTINGS frame in push-gateway',
      type: 'mitigate',
      priority: 'P1',
      owner: 'tomas.novak',
      dueInDays: 10,
      status: 'in_progress',
      verificationCriteria:
        'With 4 connections per pod, staging sustains 2,300 APNs sends/s against the APNs sandbox.',
    },
    {
      title: 'Throughput benchmark for push-gateway on every HTTP client upgrade',
      type: 'prevent',
      priority: 'P2',
      owner: 'tomas.novak',
      dueInDays: 30,
      status: 'open',
      verificationCriteria:
        'CI fails when sends/s drops more than 20% against the previous release.',
    },
  ],
};
