import { DAY, HOUR, type DemoIncident } from '../demo-incident';

/** Carts evicted from Redis after a migration changed the eviction policy (data loss, closed). */
export const cartRedisEviction: DemoIncident = {
  startedDaysAgo: 121,
  startedAtUtc: '09:40:00',
  incident: {
    title: 'Shopping carts lost after cart-redis evicted keys under memory pressure',
    severity: 'SEV2',
    type: 'data-loss',
    services: ['cart-service', 'cart-redis'],
    commander: 'diego.alvarez',
    tags: ['redis', 'data-loss', 'migration', 'capacity'],
    customerImpact: {
      description:
        'Customers opened their cart and found it empty or missing items. 2,410 carts were ' +
        'restored from the snapshot; 702 carts changed after the snapshot could not be recovered.',
      usersAffected: 3112,
      requestsAffected: null,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 95,
    acknowledgedAt: 102,
    mitigatedAt: 118,
    resolvedAt: 5 * HOUR,
    closedAt: 16 * DAY,
  },
  status: 'closed',
  timeline: [
    {
      at: -3 * DAY,
      kind: 'change',
      title: 'cart-service switched to the managed Redis cluster cart-redis-v2',
      body: 'Migration PR #877 merged; the new cluster was created from the shared Terraform module with its defaults.',
      source: 'github',
      service: 'cart-redis',
      author: 'diego.alvarez',
    },
    {
      at: -5,
      kind: 'alert',
      title: 'RedisMemoryHigh warning: cart-redis used_memory at 95% of maxmemory',
      body: 'Routed to the commerce Slack channel (warning severity, no page).',
      source: 'alertmanager',
      service: 'cart-redis',
    },
    {
      at: 0,
      kind: 'log',
      title: 'cart-redis evicted_keys rising: 1,800 keys/min',
      body: 'INFO stats shows evicted_keys increasing with maxmemory-policy allkeys-lru.',
      source: 'prometheus',
      service: 'cart-redis',
      precision: 'min',
    },
    {
      at: 52,
      kind: 'chat',
      title: 'Support: several tickets about empty carts since this morning',
      body: 'Support lead posts 14 tickets tagged cart-missing in #support-escalations.',
      source: 'slack',
      author: 'support.lead',
    },
    {
      at: 95,
      kind: 'page',
      title: 'Support escalation paged commerce on-call',
      body: '61 cart-missing tickets in 90 minutes; escalation policy "customer-reported" triggered.',
      source: 'pagerduty',
      service: 'cart-service',
    },
    {
      at: 102,
      kind: 'page',
      title: 'Page acknowledged by diego.alvarez',
      source: 'pagerduty',
      author: 'diego.alvarez',
    },
    {
      at: 106,
      kind: 'chat',
      title: 'Declared SEV2; evicted_keys on cart-redis is the first lead',
      body: 'Carts have no TTL, so any eviction removes a live cart. The old cluster used volatile-lru.',
      source: 'slack',
      author: 'diego.alvarez',
    },
    {
      at: 114,
      kind: 'change',
      title: 'CONFIG SET maxmemory-policy noeviction on cart-redis',
      body: 'Stops evictions; writes would fail loudly instead of dropping carts if memory fills.',
      source: 'manual',
      service: 'cart-redis',
      author: 'diego.alvarez',
    },
    {
      at: 118,
      kind: 'change',
      title: 'Scaled cart-redis to the 26 GB node type',
      body: 'Memory use drops to 58% of the new maxmemory. evicted_keys has stayed flat since the policy change.',
      source: 'terraform',
      service: 'cart-redis',
      author: 'amara.okafor',
    },
    {
      at: 125,
      kind: 'status',
      title: 'Status page: some customers see empty shopping carts',
      body: 'Investigating. Checkout of carts that still exist works normally.',
      source: 'statuspage',
    },
    {
      at: 150,
      kind: 'note',
      title: 'Restore plan: replay carts from the 06:00 RDB snapshot into missing keys only',
      body: 'A restore script skips any cart key that exists, so customers who rebuilt their cart keep the new one.',
      source: 'manual',
      author: 'amara.okafor',
      precision: 'min',
      pinned: true,
    },
    {
      at: 4 * HOUR + 20,
      kind: 'note',
      title: 'Restore finished: 2,410 carts restored, 702 changed after the snapshot are lost',
      source: 'manual',
      author: 'amara.okafor',
      precision: 'min',
    },
    {
      at: 5 * HOUR,
      kind: 'status',
      title: 'Status page: resolved; most carts restored',
      body: 'Customers whose carts could not be restored receive an e-mail with a discount code.',
      source: 'statuspage',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'traffic-change',
      rootCauses: ['configuration', 'capacity-planning'],
      factors: [
        {
          category: 'detection',
          description:
            'RedisMemoryHigh is a warning routed to Slack; it fired well before evictions began and nobody was paged.',
          cites: ['RedisMemoryHigh warning: cart-redis used_memory at 95% of maxmemory'],
        },
        {
          category: 'architecture',
          description:
            'Carts live only in Redis, yet the new cluster kept the cache default maxmemory-policy allkeys-lru.',
          cites: ['cart-service switched to the managed Redis cluster cart-redis-v2'],
        },
        {
          category: 'detection',
          description: 'Customers noticed empty carts before our own monitoring did.',
          cites: [
            'Support: several tickets about empty carts since this morning',
            'cart-redis evicted_keys rising: 1,800 keys/min',
          ],
        },
      ],
      whys: [
        {
          problem: 'Carts of about 3,100 customers were emptied.',
          links: [
            {
              why: 'Why were carts emptied?',
              answer: 'cart-redis evicted cart keys once it reached maxmemory.',
              cites: ['cart-redis evicted_keys rising: 1,800 keys/min'],
            },
            {
              why: 'Why did it evict instead of refusing writes?',
              answer: 'The managed cluster came with the cache default policy allkeys-lru.',
              cites: ['cart-service switched to the managed Redis cluster cart-redis-v2'],
            },
            {
              why: 'Why was the cache default kept?',
              answer:
                'The migration checklist treated Redis as a cache, not as the store of record for carts.',
              cites: [],
            },
          ],
        },
      ],
    },
    owner: 'amara.okafor',
    status: 'published',
    sections: {
      summary:
        'For about two hours cart-redis evicted shopping carts to stay under its memory limit. ' +
        'The cluster had been migrated three days earlier to a managed Redis created from the ' +
        'shared Terraform module, whose default eviction policy `allkeys-lru` may remove any ' +
        'key. Carts have no TTL and Redis is their only copy, so every eviction removed a live ' +
        'cart. 3,112 customers were affected; 2,410 carts were restored from the morning ' +
        'snapshot and 702 were lost.',
      impact:
        '- 3,112 customers found an empty or partial cart between 09:40 and 11:38 UTC.\n' +
        '- 702 carts changed after the 06:00 snapshot could not be restored; those customers ' +
        'received an apology and a discount code.\n' +
        '- Orders in progress were not affected: checkout copies the cart into the order first.\n' +
        '- Support handled 214 tickets tagged `cart-missing`.',
      trigger:
        'Morning traffic filled cart-redis to its `maxmemory` of 13 GB. With ' +
        '`allkeys-lru`, Redis began evicting the least recently used keys, which were the ' +
        'carts of customers who had not returned for a few hours.',
      rootCauses:
        '1. Redis is the system of record for carts, but its configuration treated it as a ' +
        'cache: the shared module defaults to `allkeys-lru`, and nothing in the migration ' +
        'checklist asked which eviction policy the data needed.\n' +
        '2. The new cluster was sized from average memory use of the old one, not its peak.',
      contributingFactors:
        '- The `RedisMemoryHigh` alert is a warning routed to Slack, where it arrived with ' +
        'twelve other warnings that morning.\n' +
        '- `evicted_keys` was collected but had no alert, so the first signal that reached a ' +
        'person was customer tickets.\n' +
        '- The migration PR review focused on connection settings; the module defaults were ' +
        'not visible in the diff.',
      detection:
        'Detected through customers: the support escalation policy paged on-call 95 minutes ' +
        'after the first eviction. A monitoring-based detection was available (`evicted_keys` ' +
        '> 0 on a cluster that must never evict) but not configured.',
      resolution:
        'On-call set `maxmemory-policy noeviction`, which stopped the loss within minutes, ' +
        'then moved the cluster to a larger node type. A restore script replayed carts from ' +
        'the 06:00 RDB snapshot into keys that did not exist, so customers who had already ' +
        'rebuilt their cart kept their new one.',
      wentWell:
        '- Support recognised the pattern early and used the escalation policy.\n' +
        '- `noeviction` was the right first move: it turned silent loss into visible errors.\n' +
        '- The restore script never overwrote a cart a customer had changed.',
      wentWrong:
        '- 95 minutes from first eviction to a page.\n' +
        '- The snapshot was four hours old, so carts changed that morning were unrecoverable.\n' +
        '- The migration checklist had no step for data durability requirements.',
      gotLucky:
        'The memory limit was reached on a quiet morning. At the evening peak the same ' +
        'configuration would have evicted roughly four times as many carts per minute.',
      lessons:
        'A store that holds the only copy of customer data needs the guarantees of a database ' +
        "even when the technology is usually a cache. Migrations need to state each store's " +
        'durability requirement explicitly and alert on any signal that contradicts it.',
    },
  },
  actions: [
    {
      title: 'Write carts through to PostgreSQL so Redis is a cache, not the only copy',
      type: 'prevent',
      priority: 'P1',
      owner: 'amara.okafor',
      dueInDays: 150,
      status: 'in_progress',
      verificationCriteria:
        'Flushing cart-redis in staging loses no cart: every cart is rebuilt from PostgreSQL.',
      links: ['https://git.example.com/commerce/cart-service/issues/912'],
    },
    {
      title: 'Page when cart-redis evicted_keys is above zero',
      type: 'detect',
      priority: 'P1',
      owner: 'diego.alvarez',
      dueInDays: 7,
      status: 'verified',
      verificationCriteria:
        'A staging cluster filled to maxmemory with allkeys-lru pages commerce on-call within 5 minutes.',
    },
    {
      title: 'Shared Redis module: require maxmemory-policy explicitly (no default)',
      type: 'prevent',
      priority: 'P2',
      owner: 'ola.nordmann',
      dueInDays: 30,
      status: 'done',
      verificationCriteria: 'terraform plan fails with a clear message when the policy is unset.',
    },
    {
      title: 'Page commerce on-call after 5 cart-missing tickets in 15 minutes',
      type: 'detect',
      priority: 'P2',
      owner: 'diego.alvarez',
      dueInDays: 14,
      status: 'verified',
      verificationCriteria: 'A test ticket burst in the support sandbox triggers the page.',
    },
    {
      title: 'Hourly cart snapshots to object storage',
      type: 'mitigate',
      priority: 'P3',
      owner: null,
      dueInDays: null,
      status: 'wont_do',
      verificationCriteria: '',
      rationale:
        'Superseded by the PostgreSQL write-through, which keeps every cart without a snapshot window.',
    },
  ],
};
