import { HOUR, type DemoIncident } from '../demo-incident';

/** Kafka broker disks filling after a retention change, caught before they were full (near miss). */
export const kafkaDiskNearMiss: DemoIncident = {
  startedDaysAgo: 15,
  startedAtUtc: '08:15:00',
  incident: {
    title: 'Kafka broker disks reached 91% after a retention change on clickstream.raw',
    severity: 'SEV4',
    type: 'near-miss',
    services: ['kafka'],
    commander: 'ola.nordmann',
    tags: ['kafka', 'capacity', 'retention', 'near-miss'],
    customerImpact: {
      description:
        'None. Had the disks filled, every Kafka topic, including orders, would have stopped accepting writes.',
      usersAffected: 0,
      requestsAffected: 0,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 58 * HOUR,
    acknowledgedAt: 58 * HOUR + 9,
    mitigatedAt: 59 * HOUR,
    resolvedAt: 62 * HOUR,
  },
  status: 'resolved',
  timeline: [
    {
      at: -10,
      kind: 'change',
      title: 'PR #1290 merged: clickstream.raw retention.ms 1 day → 7 days',
      body: 'Requested by the data team to backfill a new sessionisation job.',
      source: 'github',
      service: 'kafka',
    },
    {
      at: 0,
      kind: 'change',
      title: 'Topic config applied by the Kafka operator',
      source: 'kubernetes',
      service: 'kafka',
    },
    {
      at: 30 * HOUR,
      kind: 'alert',
      title: 'KafkaDiskUsage warning: broker-3 at 75%',
      body: 'Warning routed to #platform-alerts; no page.',
      source: 'alertmanager',
      service: 'kafka',
    },
    {
      at: 58 * HOUR,
      kind: 'alert',
      title: 'KafkaDiskUsageCritical: all brokers above 90% (broker-3 at 91%)',
      source: 'alertmanager',
      service: 'kafka',
    },
    {
      at: 58 * HOUR + 1,
      kind: 'page',
      title: 'Paged platform on-call',
      source: 'pagerduty',
      service: 'kafka',
    },
    {
      at: 58 * HOUR + 9,
      kind: 'page',
      title: 'Page acknowledged by ola.nordmann',
      source: 'pagerduty',
      author: 'ola.nordmann',
    },
    {
      at: 58 * HOUR + 20,
      kind: 'chat',
      title: 'clickstream.raw grew 2.6 TB since the change; at 1.1 TB/day disks are full in ~20 h',
      source: 'slack',
      author: 'ola.nordmann',
    },
    {
      at: 58 * HOUR + 35,
      kind: 'chat',
      title: 'Data team confirms the backfill needs 48 h of history, not 7 days',
      source: 'slack',
      author: 'ola.nordmann',
    },
    {
      at: 58 * HOUR + 45,
      kind: 'change',
      title: 'clickstream.raw retention.ms set to 48 hours',
      source: 'kubernetes',
      service: 'kafka',
      author: 'ola.nordmann',
    },
    {
      at: 59 * HOUR,
      kind: 'platform',
      title: 'Log segments deleted; broker disks down to 71%',
      source: 'kafka',
      service: 'kafka',
    },
    {
      at: 62 * HOUR,
      kind: 'note',
      title: 'Disk usage stable at 70-72% across brokers; closing the response',
      source: 'manual',
      author: 'ola.nordmann',
      precision: 'min',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'config-push',
      rootCauses: ['capacity-planning'],
      factors: [
        {
          category: 'capacity',
          description:
            'Nobody estimated the disk needed for seven days of clickstream.raw before merging.',
          cites: ['PR #1290 merged: clickstream.raw retention.ms 1 day → 7 days'],
        },
      ],
      whys: [],
    },
    owner: 'jonas.berg',
    status: 'draft',
    sections: {
      summary:
        "Raising retention on `clickstream.raw` from one day to seven multiplied the topic's " +
        'disk footprint. Broker disks grew for two and a half days and reached 91% when the ' +
        'critical alert paged; reducing retention to 48 hours freed space within fifteen ' +
        'minutes. No customer impact.',
      trigger: 'The retention change on `clickstream.raw`, applied at 08:15 UTC.',
      detection:
        'The 75% warning arrived 30 hours in, in a Slack channel among other warnings; the ' +
        '90% critical alert paged 58 hours in, with about 20 hours of disk left.',
      lessons:
        '_Draft, for the review: is a retention change a capacity change, and who reviews ' +
        'it as one?_',
    },
  },
  actions: [
    {
      title: 'CI check: estimate disk use of topic config changes from current bytes-in rate',
      type: 'prevent',
      priority: 'P2',
      owner: 'jonas.berg',
      dueInDays: 45,
      status: 'open',
      verificationCriteria:
        'Replaying PR #1290 against the check fails with the projected disk use.',
    },
    {
      title: 'Page on predicted disk full within 48 hours (predict_linear)',
      type: 'detect',
      priority: 'P2',
      owner: 'ola.nordmann',
      dueInDays: 21,
      status: 'in_progress',
      verificationCriteria: 'Backtest over this incident pages at least 36 hours before 90%.',
    },
    {
      title: 'Set retention.bytes on every topic above 500 GB/day',
      type: 'prevent',
      priority: 'P3',
      owner: null,
      dueInDays: null,
      status: 'open',
      verificationCriteria:
        'The topic inventory shows retention.bytes for every high-volume topic.',
    },
  ],
};
