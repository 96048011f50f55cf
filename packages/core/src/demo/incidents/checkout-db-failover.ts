import { DAY, type DemoIncident } from '../demo-incident';

/** Checkout writes failing after a database failover because of stale DNS (SEV1, closed). */
export const checkoutDbFailover: DemoIncident = {
  startedDaysAgo: 104,
  startedAtUtc: '14:03:40',
  incident: {
    title: 'Checkout failing after payments-db failover: writes sent to the demoted primary',
    severity: 'SEV1',
    type: 'outage',
    services: ['checkout-api', 'payments-db', 'node-local-dns'],
    commander: 'li.wei',
    tags: ['database', 'failover', 'dns', 'patroni'],
    customerImpact: {
      description:
        'Customers could browse and fill carts but 94% of order submissions failed with ' +
        '"Something went wrong" for 35 minutes.',
      usersAffected: 18450,
      requestsAffected: 41230,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 3,
    acknowledgedAt: 6,
    mitigatedAt: 35,
    resolvedAt: 49,
    closedAt: 20 * DAY,
  },
  status: 'closed',
  timeline: [
    {
      at: -2,
      kind: 'platform',
      title: 'Cloud provider maintenance rebooted payments-db-1 (primary)',
      body: 'Scheduled host maintenance notice had been received; the runbook expects an automatic failover.',
      source: 'cloud-events',
      service: 'payments-db',
    },
    {
      at: -1.8,
      kind: 'platform',
      title: 'Patroni promoted payments-db-2 to primary',
      body: 'DNS record payments-db-primary.internal updated to 10.4.2.12 (TTL 30 s).',
      source: 'patroni',
      service: 'payments-db',
    },
    {
      at: 0,
      kind: 'log',
      title: 'checkout-api: "cannot execute INSERT in a read-only transaction"',
      body: 'payments-db-1 rejoined as a standby; new connections from checkout-api still reached it.',
      source: 'loki',
      service: 'checkout-api',
    },
    {
      at: 3,
      kind: 'alert',
      title: 'CheckoutErrorBudgetBurn firing: 14.4x burn rate over 5m and 1h',
      body: 'severity=page, slo=checkout-availability, burn_rate_5m=52.1',
      source: 'alertmanager',
      service: 'checkout-api',
    },
    {
      at: 3.5,
      kind: 'page',
      title: 'Paged payments primary on-call',
      source: 'pagerduty',
      service: 'checkout-api',
    },
    {
      at: 6,
      kind: 'page',
      title: 'Page acknowledged by li.wei',
      source: 'pagerduty',
      author: 'li.wei',
    },
    {
      at: 8,
      kind: 'chat',
      title: 'Declaring SEV1 for checkout; li.wei is IC, sofia.rossi on comms',
      source: 'slack',
      author: 'li.wei',
    },
    {
      at: 10,
      kind: 'status',
      title: 'Status page: investigating failed orders',
      source: 'statuspage',
    },
    {
      at: 14,
      kind: 'chat',
      title: 'payments-db-2 is healthy as primary but receives ~5% of normal writes',
      source: 'slack',
      author: 'sofia.rossi',
    },
    {
      at: 17,
      kind: 'deploy',
      title: 'Restarted checkout-api deployment (rollout restart)',
      body: 'Hypothesis: pooled connections pinned to the old primary. Errors continued after the restart.',
      source: 'kubernetes',
      service: 'checkout-api',
      author: 'li.wei',
    },
    {
      at: 24,
      kind: 'note',
      title: 'Pods resolve payments-db-primary.internal to 10.4.2.11 (old primary)',
      body: 'The authoritative zone answers 10.4.2.12. The answer in the pods comes from node-local-dns.',
      source: 'manual',
      author: 'jonas.berg',
      precision: 'min',
      pinned: true,
    },
    {
      at: 29,
      kind: 'chat',
      title: 'node-local-dns caches internal records for 600 s regardless of TTL',
      body: 'Set in the CoreDNS config from platform PR #412 to reduce load on the upstream resolvers.',
      source: 'slack',
      author: 'jonas.berg',
    },
    {
      at: 32,
      kind: 'change',
      title: 'kubectl rollout restart daemonset/node-local-dns',
      source: 'kubernetes',
      service: 'node-local-dns',
      author: 'jonas.berg',
    },
    {
      at: 35,
      kind: 'alert',
      title: 'CheckoutErrorBudgetBurn resolved',
      body: 'Order error rate back below 0.5%.',
      source: 'alertmanager',
      service: 'checkout-api',
    },
    {
      at: 38,
      kind: 'status',
      title: 'Status page: fix applied, monitoring',
      source: 'statuspage',
    },
    {
      at: 47,
      kind: 'note',
      title: 'Reconciled 1,214 payment intents created during the outage: no double charges',
      source: 'manual',
      author: 'sofia.rossi',
      precision: 'min',
    },
    {
      at: 49,
      kind: 'status',
      title: 'Status page: resolved',
      source: 'statuspage',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'hardware',
      rootCauses: ['configuration', 'complex-system-behaviour'],
      factors: [
        {
          category: 'change-management',
          description:
            'The 600 s DNS cache override was reviewed as a performance change; its effect on failover was not considered.',
          cites: ['node-local-dns caches internal records for 600 s regardless of TTL'],
        },
        {
          category: 'tooling',
          description:
            'Restarting checkout-api did not help because the stale record lived in node-local-dns, not in the pods.',
          cites: [
            'Restarted checkout-api deployment (rollout restart)',
            'Pods resolve payments-db-primary.internal to 10.4.2.11 (old primary)',
          ],
        },
        {
          category: 'architecture',
          description:
            'Database failover relies on a DNS name whose TTL is only honoured when every cache layer respects it.',
          cites: ['Patroni promoted payments-db-2 to primary'],
        },
      ],
      whys: [
        {
          problem: 'Checkout failed for about 40 minutes after a routine database failover.',
          links: [
            {
              why: 'Why did checkout fail?',
              answer: 'checkout-api kept writing to the old primary, now read-only.',
              cites: ['checkout-api: "cannot execute INSERT in a read-only transaction"'],
            },
            {
              why: 'Why did it write to the old primary?',
              answer: 'Pods resolved payments-db-primary.internal to the old address.',
              cites: ['Pods resolve payments-db-primary.internal to 10.4.2.11 (old primary)'],
            },
            {
              why: 'Why was the old address still resolved?',
              answer: 'node-local-dns cached internal records for 600 s, ignoring the 5 s TTL.',
              cites: ['node-local-dns caches internal records for 600 s regardless of TTL'],
            },
            {
              why: 'Why was the cache that long?',
              answer: 'A performance change raised it without a failover test.',
              cites: [],
            },
          ],
        },
      ],
    },
    owner: 'sofia.rossi',
    status: 'closed',
    sections: {
      summary:
        'A planned host maintenance rebooted the payments-db primary. Patroni failed over to ' +
        'the replica within seconds and updated DNS, but checkout-api kept opening connections ' +
        'to the old primary, which had come back as a read-only standby. The per-node DNS cache ' +
        'held the old address for up to ten minutes after each lookup, and kept refreshing it ' +
        'from a stale upstream answer. Order submissions failed for 35 minutes until the DNS ' +
        'cache was restarted.',
      impact:
        '- 94% of order submissions failed between 14:03 and 14:38 UTC (41,230 requests, ' +
        '18,450 customers).\n' +
        '- No payment was captured without an order: reconciliation of 1,214 payment intents ' +
        'found no double charges.\n' +
        '- The checkout availability SLO spent 61% of its 30-day error budget.',
      trigger: 'Scheduled cloud host maintenance restarted the payments-db primary.',
      rootCauses:
        '1. node-local-dns was configured with `cache 600` for internal zones, overriding the ' +
        '30-second TTL that the failover design depends on.\n' +
        "2. checkout-api's pool accepted connections to a standby: nothing checked that a new " +
        'connection reached a writable primary.',
      contributingFactors:
        '- The cache override (platform PR #412) was reviewed as a performance change; the ' +
        'dependency of database failover on short TTLs was not written down anywhere.\n' +
        '- Failover had been tested monthly, but in staging, where node-local-dns is not ' +
        'deployed.\n' +
        '- Restarting checkout-api, the usual first step for stuck connections, resolved the ' +
        'name again through the same cache and cost seven minutes.',
      detection:
        'The multi-window burn-rate alert fired 3 minutes after impact started and paged ' +
        'on-call, who acknowledged within 3 minutes. Detection worked as designed.',
      resolution:
        'Comparing the address seen in a pod with the authoritative answer pointed at ' +
        'node-local-dns. Restarting its daemonset emptied the caches; new connections reached ' +
        'the new primary and errors stopped within two minutes.',
      wentWell:
        '- Paging and acknowledgement within 6 minutes.\n' +
        '- A clear IC/comms split: the status page was updated four times.\n' +
        '- Payment reconciliation was ready as a script and finished in ten minutes.',
      wentWrong:
        '- The DNS cache was not on the list of components involved in a database failover, so ' +
        'it was examined 20 minutes in.\n' +
        '- The staging failover test could not show the problem.',
      gotLucky:
        "The maintenance happened at 14:00 UTC with the payments team online. The provider's " +
        'notice allowed a night window, when the incident would have started with one person.',
      lessons:
        'A failover is only as fast as the slowest cache between clients and the new primary. ' +
        'Every layer that caches addresses belongs in the failover design and its tests, and ' +
        'clients need to confirm they reached a writable primary rather than trust the name.',
    },
  },
  actions: [
    {
      title: 'Cap node-local-dns cache at the record TTL for internal zones',
      type: 'prevent',
      priority: 'P0',
      owner: 'jonas.berg',
      dueInDays: 3,
      status: 'verified',
      verificationCriteria:
        'dig from a pod returns the new address within 30 s of a record change in production.',
      links: ['https://git.example.com/platform/cluster-config/pull/431'],
    },
    {
      title: 'Check pg_is_in_recovery() when the checkout-api pool opens a connection',
      type: 'mitigate',
      priority: 'P1',
      owner: 'li.wei',
      dueInDays: 14,
      status: 'verified',
      verificationCriteria:
        'In a failover drill, checkout-api discards connections to the standby and no order fails for more than 60 s.',
    },
    {
      title: 'Alert on read-only transaction errors per database endpoint',
      type: 'detect',
      priority: 'P1',
      owner: 'sofia.rossi',
      dueInDays: 14,
      status: 'done',
      verificationCriteria:
        'A forced write to a standby in staging raises the alert within 2 minutes.',
    },
    {
      title: 'Run the Patroni failover drill monthly in production under real checkout traffic',
      type: 'process',
      priority: 'P2',
      owner: 'jonas.berg',
      dueInDays: 60,
      status: 'in_progress',
      verificationCriteria:
        'Three consecutive monthly drills with error rate below 1% for at most 60 s.',
    },
  ],
};
