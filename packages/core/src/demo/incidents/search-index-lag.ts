import { HOUR, type DemoIncident } from '../demo-incident';

/** Stale prices and stock in search after a consumer setting caused rebalance storms (SEV3). */
export const searchIndexLag: DemoIncident = {
  startedDaysAgo: 63,
  startedAtUtc: '10:27:00',
  incident: {
    title: 'Search showed stale prices and stock for up to 3 hours (indexer rebalance storm)',
    severity: 'SEV3',
    type: 'degradation',
    services: ['search-indexer', 'search-api', 'kafka'],
    commander: 'priya.natarajan',
    tags: ['kafka', 'consumer-lag', 'deploy', 'search'],
    customerImpact: {
      description:
        'Search results showed old prices and listed items that were out of stock. Checkout ' +
        'always charged the current price; 380 customers reached checkout with an item that ' +
        'turned out to be unavailable.',
      usersAffected: 380,
      requestsAffected: null,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 41,
    acknowledgedAt: 47,
    mitigatedAt: 88,
    resolvedAt: 3 * HOUR + 10,
  },
  status: 'resolved',
  timeline: [
    {
      at: -12,
      kind: 'deploy',
      title: 'search-indexer v2.14.0 deployed (max.poll.records 500 → 5000)',
      body: 'GitHub deployment to production succeeded. Change intended to raise throughput during catalog imports.',
      source: 'github',
      service: 'search-indexer',
      author: 'priya.natarajan',
    },
    {
      at: -2,
      kind: 'change',
      title: 'Pricing job published a catalog-wide price update (412,000 messages)',
      source: 'kafka',
      service: 'kafka',
    },
    {
      at: 0,
      kind: 'log',
      title: 'search-indexer: consumer poll timeout has expired, leaving group',
      body: 'Batches of 5,000 price updates took 340 s to process; max.poll.interval.ms is 300 s.',
      source: 'loki',
      service: 'search-indexer',
    },
    {
      at: 2,
      kind: 'platform',
      title: 'Consumer group search-indexer rebalancing (generation 1812)',
      source: 'kafka',
      service: 'kafka',
    },
    {
      at: 25,
      kind: 'platform',
      title: '14 rebalances in 25 minutes; partitions reassigned before any batch commits',
      source: 'kafka',
      service: 'kafka',
      precision: 'min',
    },
    {
      at: 41,
      kind: 'alert',
      title: 'SearchIndexerLagHigh: lag 540k messages for 15 minutes',
      source: 'alertmanager',
      service: 'search-indexer',
    },
    {
      at: 41.5,
      kind: 'page',
      title: 'Paged search on-call',
      source: 'pagerduty',
      service: 'search-indexer',
    },
    {
      at: 47,
      kind: 'page',
      title: 'Page acknowledged by priya.natarajan',
      source: 'pagerduty',
      author: 'priya.natarajan',
    },
    {
      at: 55,
      kind: 'chat',
      title: 'Lag still growing; indexer logs show repeated "leaving group" after the deploy',
      source: 'slack',
      author: 'priya.natarajan',
    },
    {
      at: 63,
      kind: 'chat',
      title: 'Support reports customers seeing in-stock items that checkout rejects',
      source: 'slack',
      author: 'support.lead',
    },
    {
      at: 71,
      kind: 'status',
      title: 'Status page: search results may show outdated prices',
      source: 'statuspage',
    },
    {
      at: 80,
      kind: 'deploy',
      title: 'Rollback of search-indexer to v2.13.2 started',
      source: 'github',
      service: 'search-indexer',
      author: 'priya.natarajan',
    },
    {
      at: 88,
      kind: 'platform',
      title: 'Consumer group stable; lag decreasing at 14k messages/min',
      source: 'kafka',
      service: 'kafka',
    },
    {
      at: 2 * HOUR + 30,
      kind: 'note',
      title: 'Lag below 50k; prices in search spot-checked against the catalog',
      source: 'manual',
      author: 'priya.natarajan',
      precision: 'min',
    },
    {
      at: 3 * HOUR + 10,
      kind: 'alert',
      title: 'SearchIndexerLagHigh resolved; lag under 1k',
      source: 'alertmanager',
      service: 'search-indexer',
    },
    {
      at: 3 * HOUR + 15,
      kind: 'status',
      title: 'Status page: resolved',
      source: 'statuspage',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'binary-push',
      rootCauses: ['complex-system-behaviour', 'development-process'],
      factors: [
        {
          category: 'process',
          description:
            'The larger batch size was load-tested with small description updates, not with price updates.',
          cites: ['search-indexer v2.14.0 deployed (max.poll.records 500 → 5000)'],
        },
        {
          category: 'capacity',
          description: 'A catalog-wide price update arrived twelve minutes after the deploy.',
          cites: ['Pricing job published a catalog-wide price update (412,000 messages)'],
        },
        {
          category: 'detection',
          description:
            'Lag paged only after 15 minutes above 500k; the rebalance storm was visible much earlier.',
          cites: [
            '14 rebalances in 25 minutes; partitions reassigned before any batch commits',
            'SearchIndexerLagHigh: lag 540k messages for 15 minutes',
          ],
        },
      ],
      whys: [
        {
          problem: 'Search showed outdated prices for about two hours.',
          links: [
            {
              why: 'Why were prices outdated?',
              answer: 'The indexer made no progress on its partitions.',
              cites: [
                '14 rebalances in 25 minutes; partitions reassigned before any batch commits',
              ],
            },
            {
              why: 'Why no progress?',
              answer:
                'Each batch of 5,000 took longer than max.poll.interval, so consumers left the group.',
              cites: ['search-indexer: consumer poll timeout has expired, leaving group'],
            },
            {
              why: 'Why did batches take that long?',
              answer: 'Price updates are 20 times more expensive to index than the tested updates.',
              cites: ['Pricing job published a catalog-wide price update (412,000 messages)'],
            },
          ],
        },
      ],
    },
    owner: 'ines.duarte',
    status: 'approved',
    sections: {
      summary:
        'search-indexer v2.14 raised `max.poll.records` from 500 to 5,000. When a catalog-wide ' +
        'price update arrived, each batch took longer than `max.poll.interval.ms`, so consumers ' +
        'were removed from the group before committing. The group rebalanced continuously and ' +
        'made almost no progress; search showed prices and stock up to 3 hours old.',
      impact:
        '- Search results were stale from 10:27 to 13:37 UTC, worst for price and stock fields.\n' +
        '- 380 customers reached checkout with an item that was out of stock; checkout rejected ' +
        'those lines, so nobody was charged a wrong price.\n' +
        '- Support received 46 tickets.',
      trigger: 'A catalog-wide price update of 412,000 messages, twelve minutes after the deploy.',
      rootCauses:
        '1. The batch size and the poll interval are coupled: at 5,000 records a batch of price ' +
        'updates needs about 340 s, more than the 300 s allowed between polls.\n' +
        '2. Each batch committed only at its end, so every rebalance discarded the work in ' +
        'progress and the same records were reprocessed.',
      contributingFactors:
        '- The change was load-tested with product-description updates, which are 20 times ' +
        'cheaper to index than price updates.\n' +
        '- The lag alert needs 15 minutes above 500k, tuned for nightly imports.\n' +
        '- Rebalances were logged but not counted by any alert.',
      detection:
        'The lag alert fired 41 minutes after the first rebalance. A rebalance-rate signal would ' +
        'have fired within 5 minutes.',
      resolution:
        'Rolling back to v2.13.2 restored a stable group; the backlog drained in about 100 ' +
        'minutes at 14k messages per minute.',
      wentWell:
        '- The deploy was easy to correlate: the timeline put it 12 minutes before the first ' +
        'rebalance.\n' +
        '- Checkout rechecks price and stock, which kept the impact to confusion rather than ' +
        'wrong charges.',
      wentWrong:
        '- Rollback started 33 minutes after acknowledgement; the team first tried tuning the ' +
        'live consumer.\n' +
        '- There is no way to replay only the latest price per product, so the backlog drained ' +
        'in full.',
      gotLucky:
        'The price update ran in the morning. The evening promotion e-mail, which usually ' +
        'triples search traffic, went out after the lag had drained.',
      lessons:
        'Consumer throughput settings interact with processing time per record. Test them with ' +
        'the most expensive message type, and commit progress in smaller steps so a rebalance ' +
        'costs seconds, not a whole batch.',
    },
  },
  actions: [
    {
      title: 'Process records in sub-batches of 250 with a commit after each',
      type: 'prevent',
      priority: 'P1',
      owner: 'priya.natarajan',
      dueInDays: 30,
      status: 'in_progress',
      verificationCriteria:
        'Replaying a 400k price update in staging causes no rebalance and drains at ≥ 20k/min.',
    },
    {
      title: 'Alert on more than 3 consumer group rebalances in 10 minutes',
      type: 'detect',
      priority: 'P2',
      owner: 'ola.nordmann',
      dueInDays: 21,
      status: 'done',
      verificationCriteria:
        'Killing consumers in a loop in staging raises the alert within 10 minutes.',
    },
    {
      title: 'Load-test consumer setting changes with catalog-wide price updates',
      type: 'process',
      priority: 'P2',
      owner: 'priya.natarajan',
      dueInDays: 45,
      status: 'open',
      verificationCriteria: 'The indexer release checklist includes the price-update replay.',
    },
    {
      title: 'Show a "price checked at checkout" notice when search data is older than 15 minutes',
      type: 'mitigate',
      priority: 'P3',
      owner: null,
      dueInDays: null,
      status: 'wont_do',
      verificationCriteria: '',
      rationale:
        'Checkout already rechecks price and stock; the sub-batch fix removes the lag itself. Revisit if lag recurs.',
    },
  ],
};
