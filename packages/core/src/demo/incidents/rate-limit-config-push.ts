import type { DemoIncident } from '../demo-incident';

/** A global rate-limit config read with the wrong unit by older binaries (SEV2, resolved). */
export const rateLimitConfigPush: DemoIncident = {
  startedDaysAgo: 47,
  startedAtUtc: '16:20:00',
  incident: {
    title: 'API requests throttled with 429 in two regions after a rate-limit config push',
    severity: 'SEV2',
    type: 'degradation',
    services: ['rate-limiter', 'api-gateway'],
    commander: 'kwame.mensah',
    tags: ['config', 'rate-limiting', 'version-skew', 'multi-region'],
    customerImpact: {
      description:
        'In us-east and eu-west, 31% of API requests were rejected with 429 Too Many Requests ' +
        'for 19 minutes. Mobile apps retried and mostly recovered; partner integrations ' +
        'without retries saw failed calls.',
      usersAffected: null,
      requestsAffected: 2_310_000,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 4,
    acknowledgedAt: 6,
    mitigatedAt: 19,
    resolvedAt: 26,
  },
  status: 'resolved',
  timeline: [
    {
      at: -1,
      kind: 'change',
      title: 'Config push ratelimits/v2 with per-tenant limits (unit: second) to all regions',
      body: 'config-sync reports the new revision applied in ap-south, us-east and eu-west.',
      source: 'config-sync',
      service: 'rate-limiter',
      author: 'hana.sato',
    },
    {
      at: 0,
      kind: 'log',
      title: 'rate-limiter 4.7 (us-east, eu-west): unknown field "unit" ignored',
      body: 'Version 4.7 reads every limit as per minute; 4.9 in ap-south reads the unit field.',
      source: 'loki',
      service: 'rate-limiter',
    },
    {
      at: 1,
      kind: 'alert',
      title: 'GatewayHigh429Rate warning: 429 share 28% in us-east',
      source: 'alertmanager',
      service: 'api-gateway',
    },
    {
      at: 4,
      kind: 'alert',
      title: 'ApiAvailabilityBurn firing (page): us-east and eu-west',
      source: 'alertmanager',
      service: 'api-gateway',
    },
    {
      at: 4.3,
      kind: 'page',
      title: 'Paged edge on-call',
      source: 'pagerduty',
      service: 'api-gateway',
    },
    {
      at: 6,
      kind: 'page',
      title: 'Page acknowledged by kwame.mensah',
      source: 'pagerduty',
      author: 'kwame.mensah',
    },
    {
      at: 8,
      kind: 'chat',
      title: 'Config push 9 minutes ago lines up with the 429s; ap-south is clean',
      source: 'slack',
      author: 'hana.sato',
    },
    {
      at: 11,
      kind: 'status',
      title: 'Status page: elevated API errors in North America and Europe',
      source: 'statuspage',
    },
    {
      at: 14,
      kind: 'change',
      title: 'Config rollback to ratelimits revision 211 started',
      source: 'config-sync',
      service: 'rate-limiter',
      author: 'kwame.mensah',
    },
    {
      at: 19,
      kind: 'alert',
      title: 'ApiAvailabilityBurn resolved; 429 share back to 0.3%',
      source: 'alertmanager',
      service: 'api-gateway',
    },
    {
      at: 22,
      kind: 'chat',
      title: 'Partner support: two partners report failed order syncs; replay instructions sent',
      source: 'slack',
      author: 'kwame.mensah',
    },
    {
      at: 26,
      kind: 'status',
      title: 'Status page: resolved',
      source: 'statuspage',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'config-push',
      rootCauses: ['configuration', 'development-process'],
      factors: [
        {
          category: 'change-management',
          description: 'The config was pushed to every region in one step, with no canary region.',
          cites: ['Config push ratelimits/v2 with per-tenant limits (unit: second) to all regions'],
        },
        {
          category: 'dependency',
          description:
            'rate-limiter 4.7 silently ignores unknown fields, so the new "unit" was read as the old default.',
          cites: ['rate-limiter 4.7 (us-east, eu-west): unknown field "unit" ignored'],
        },
        {
          category: 'communication',
          description: 'Partners learned of failed order syncs from their own monitoring.',
          cites: [
            'Partner support: two partners report failed order syncs; replay instructions sent',
          ],
        },
      ],
      whys: [
        {
          problem: 'API requests were throttled with 429 in us-east and eu-west.',
          links: [
            {
              why: 'Why were requests throttled?',
              answer: 'Per-tenant limits were read per minute instead of per second.',
              cites: ['rate-limiter 4.7 (us-east, eu-west): unknown field "unit" ignored'],
            },
            {
              why: 'Why were they read per minute?',
              answer:
                'Those regions still ran rate-limiter 4.7, which does not know the "unit" field.',
              cites: [
                'Config push ratelimits/v2 with per-tenant limits (unit: second) to all regions',
              ],
            },
            {
              why: 'Why did they still run 4.7?',
              answer:
                'The 4.9 rollout had been paused there and nothing checks config against running binaries.',
              cites: [],
            },
          ],
        },
      ],
    },
    owner: 'hana.sato',
    status: 'published',
    sections: {
      summary:
        'A rate-limit configuration that introduced per-tenant limits was pushed to all ' +
        'regions at once. Two regions still ran rate-limiter 4.7, which predates the `unit` ' +
        'field, ignored it and read "50 per second" as "50 per minute". Those regions rejected ' +
        '31% of API requests with 429 for 19 minutes, until the configuration was rolled back.',
      impact:
        '- 2.31 million API requests received 429 in us-east and eu-west between 16:20 and ' +
        '16:39 UTC.\n' +
        '- Mobile apps retried with backoff; session metrics show no drop in completed orders.\n' +
        '- Two partners without retries lost order-sync calls and replayed them from our ' +
        'instructions the same evening.',
      trigger: 'The config push of `ratelimits/v2` to every region in one step.',
      rootCauses:
        '1. Configuration and binaries roll out on separate tracks, and nothing checks that ' +
        'every region runs a binary that understands the schema being pushed.\n' +
        '2. rate-limiter parses configuration leniently: unknown fields are ignored with a log ' +
        'line instead of rejecting the revision.',
      contributingFactors:
        '- The 4.9 rollout was paused in us-east and eu-west two weeks earlier during a ' +
        'freeze and not resumed; the deploy dashboard showed it as "paused", not as skew.\n' +
        '- Config pushes are global by default; binary deploys are staged by region.\n' +
        '- The change was validated in staging, which runs a single version.',
      detection:
        'The warning on 429 share fired after 1 minute and the availability burn alert paged ' +
        'after 4. Detection was quick because the gateway counts 429s separately.',
      resolution:
        'The push was the only change in the window, so on-call rolled the configuration back ' +
        'without further diagnosis; 429s stopped as each region applied the old revision.',
      wentWell:
        '- 4 minutes from page to a confident hypothesis, thanks to the config-sync events on ' +
        'the timeline.\n' +
        '- Configuration rollback is one command and took 5 minutes to apply everywhere.',
      wentWrong:
        '- No stage between regions for configuration, so one push reached every region.\n' +
        '- Version skew between regions was not visible anywhere.',
      gotLucky:
        'ap-south already ran 4.9. Had all three regions been on 4.7, the config would have ' +
        'throttled every region and the contrast that pointed at version skew would have been ' +
        'missing.',
      lessons:
        'Configuration is code and deserves the same staged rollout. A component needs to reject ' +
        'configuration it does not fully understand, and the push pipeline needs to know which ' +
        'versions will read it.',
    },
  },
  actions: [
    {
      title: 'Stage config pushes by region with an automatic 429 check between stages',
      type: 'prevent',
      priority: 'P0',
      owner: 'kwame.mensah',
      dueInDays: 14,
      status: 'done',
      verificationCriteria:
        'A deliberately bad config in staging stops after the first region and rolls back automatically.',
      links: ['https://git.example.com/edge/config-sync/pull/220'],
    },
    {
      title: 'rate-limiter: reject revisions with unknown fields',
      type: 'prevent',
      priority: 'P1',
      owner: 'hana.sato',
      dueInDays: 21,
      status: 'verified',
      verificationCriteria:
        'Pushing a config with an unknown field is refused and the old revision stays live.',
    },
    {
      title: 'Block config pushes whose schema version is newer than any running binary supports',
      type: 'prevent',
      priority: 'P1',
      owner: 'kwame.mensah',
      dueInDays: 45,
      status: 'in_progress',
      verificationCriteria:
        'config-sync refuses the push and names the regions on an older version.',
    },
    {
      title: 'Dashboard: 429s by tenant and by limit rule',
      type: 'detect',
      priority: 'P3',
      owner: 'hana.sato',
      dueInDays: 30,
      status: 'open',
      verificationCriteria: 'On-call can name the rule behind a 429 spike in under a minute.',
    },
  ],
};
