import { DAY, type DemoIncident } from '../demo-incident';

/** Search down after an internal mTLS certificate expired unrenewed (SEV2, closed). */
export const searchCertExpiry: DemoIncident = {
  startedDaysAgo: 82,
  startedAtUtc: '00:00:00',
  incident: {
    title: 'Search unavailable: search-api certificate expired after renewals stalled',
    severity: 'SEV2',
    type: 'outage',
    services: ['search-api', 'api-gateway'],
    commander: 'hana.sato',
    tags: ['tls', 'cert-manager', 'expiry'],
    customerImpact: {
      description:
        'Search and category pages returned an error page for 58 minutes. Product pages ' +
        'reached through direct links, carts and checkout kept working.',
      usersAffected: 2900,
      requestsAffected: 61800,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 4,
    acknowledgedAt: 11,
    mitigatedAt: 58,
    resolvedAt: 70,
    closedAt: 14 * DAY,
  },
  status: 'closed',
  timeline: [
    {
      at: -30 * DAY,
      kind: 'change',
      title: 'ClusterIssuer internal-ca renamed to internal-ca-v2',
      body: 'Platform PR #388 rotated the internal CA. Certificates that still named internal-ca stayed on their old issuer reference.',
      source: 'github',
      author: 'ola.nordmann',
    },
    {
      at: -30 * DAY + 5,
      kind: 'platform',
      title: 'Certificate search-api-mtls: Ready=False, IssuerNotFound',
      body: 'cert-manager retries with backoff and records a Warning event per attempt.',
      source: 'kubernetes',
      service: 'search-api',
    },
    {
      at: 0,
      kind: 'platform',
      title: 'search-api-mtls certificate expired (notAfter 00:00:00 UTC)',
      source: 'kubernetes',
      service: 'search-api',
    },
    {
      at: 0.2,
      kind: 'log',
      title: 'api-gateway: upstream connect error, TLS error: CERTIFICATE_VERIFY_FAILED',
      body: 'All requests routed to cluster search-api fail with 503.',
      source: 'loki',
      service: 'api-gateway',
    },
    {
      at: 4,
      kind: 'alert',
      title: 'SyntheticSearchFailing: 3 consecutive failures from 3 regions',
      source: 'alertmanager',
      service: 'search-api',
    },
    {
      at: 4.5,
      kind: 'page',
      title: 'Paged edge on-call (night rotation)',
      source: 'pagerduty',
      service: 'api-gateway',
    },
    {
      at: 11,
      kind: 'page',
      title: 'Page acknowledged by hana.sato',
      source: 'pagerduty',
      author: 'hana.sato',
    },
    {
      at: 15,
      kind: 'status',
      title: 'Status page: search is unavailable',
      source: 'statuspage',
    },
    {
      at: 26,
      kind: 'chat',
      title: 'Gateway logs show certificate verification failures towards search-api only',
      source: 'slack',
      author: 'hana.sato',
    },
    {
      at: 38,
      kind: 'chat',
      title: 'Paged search secondary: priya.natarajan joins',
      source: 'slack',
      author: 'hana.sato',
    },
    {
      at: 44,
      kind: 'note',
      title:
        'search-api-mtls expired at 00:00; its Certificate has been IssuerNotFound for 30 days',
      source: 'manual',
      author: 'priya.natarajan',
      precision: 'min',
      pinned: true,
    },
    {
      at: 52,
      kind: 'change',
      title: 'Patched Certificate issuerRef to internal-ca-v2 and ran cmctl renew',
      source: 'kubernetes',
      service: 'search-api',
      author: 'priya.natarajan',
    },
    {
      at: 58,
      kind: 'alert',
      title: 'SyntheticSearchFailing resolved',
      source: 'alertmanager',
      service: 'search-api',
    },
    {
      at: 64,
      kind: 'note',
      title: 'Three more certificates still reference internal-ca; they expire in 4, 6 and 9 days',
      body: 'Renewed all three against internal-ca-v2.',
      source: 'manual',
      author: 'hana.sato',
      precision: 'min',
    },
    {
      at: 70,
      kind: 'status',
      title: 'Status page: resolved',
      source: 'statuspage',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'scheduled-job',
      rootCauses: ['configuration', 'development-process'],
      factors: [
        {
          category: 'detection',
          description:
            'The Certificate was not Ready for 30 days; the warnings were only visible with kubectl describe.',
          cites: ['Certificate search-api-mtls: Ready=False, IssuerNotFound'],
        },
        {
          category: 'change-management',
          description: 'The issuer rename updated templates but not existing Certificates.',
          cites: ['ClusterIssuer internal-ca renamed to internal-ca-v2'],
        },
        {
          category: 'documentation',
          description:
            'The runbook for TLS errors did not mention checking cert-manager Certificate status.',
          cites: ['Gateway logs show certificate verification failures towards search-api only'],
        },
      ],
      whys: [
        {
          problem: 'Search was unavailable for 52 minutes.',
          links: [
            {
              why: 'Why was search unavailable?',
              answer: 'The gateway rejected search-api because its mTLS certificate had expired.',
              cites: ['api-gateway: upstream connect error, TLS error: CERTIFICATE_VERIFY_FAILED'],
            },
            {
              why: 'Why had the certificate expired?',
              answer: 'cert-manager could not renew it: its issuer no longer existed.',
              cites: ['Certificate search-api-mtls: Ready=False, IssuerNotFound'],
            },
            {
              why: 'Why did the issuer not exist?',
              answer:
                'The issuer was renamed and existing Certificates still referenced the old name.',
              cites: ['ClusterIssuer internal-ca renamed to internal-ca-v2'],
            },
          ],
        },
      ],
    },
    owner: 'kwame.mensah',
    status: 'published',
    sections: {
      summary:
        'The certificate that api-gateway uses to verify search-api over mutual TLS expired at ' +
        'midnight UTC. Its renewal had been failing for 30 days, since the internal CA issuer ' +
        'was renamed and this Certificate kept the old name. Nothing alerted on failed ' +
        'renewals, so the first signal was the expiry itself. Search was unavailable for 58 ' +
        'minutes.',
      impact:
        '- Search and category pages failed for every user from 00:00 to 00:58 UTC ' +
        '(61,800 requests, about 2,900 users at night-time traffic).\n' +
        '- Carts, product pages and checkout were not affected.\n' +
        '- The search availability SLO spent 40% of its monthly budget.',
      trigger: 'The `search-api-mtls` certificate reached its notAfter time.',
      rootCauses:
        '1. The issuer rename in PR #388 updated the issuer and the templates but not ' +
        'Certificate resources created before the templates existed; cert-manager cannot ' +
        'renew a Certificate whose issuer does not exist.\n' +
        '2. Certificate readiness and expiry had no alert; the metrics ' +
        '`certmanager_certificate_ready_status` and `certmanager_certificate_expiration_timestamp_seconds` ' +
        'were scraped and unused.',
      contributingFactors:
        '- 30 days of Warning events were visible only to someone running `kubectl describe`.\n' +
        '- The synthetic search check ran every 5 minutes with 3 failures required, so paging ' +
        'took 4 minutes.\n' +
        '- Night on-call for the edge team had no access to the search namespace and needed a ' +
        'second page to get it.',
      detection:
        'Detected by the synthetic search check 4 minutes after expiry. The renewal failures ' +
        'were detectable 30 days earlier from metrics that already existed.',
      resolution:
        'Once the expiry was found, pointing the Certificate at `internal-ca-v2` and forcing ' +
        'renewal restored search in six minutes. A search for other Certificates on the old ' +
        'issuer found three more, all renewed before they expired.',
      wentWell:
        '- The blast radius matched the design: only search depended on this certificate.\n' +
        '- The follow-up sweep prevented three more expiries within the next nine days.',
      wentWrong:
        '- Renewal failures accumulated silently for 30 days.\n' +
        '- Getting namespace access at night took a second page and 12 minutes.',
      gotLucky:
        'The three other stale certificates included the one for checkout-api, due to expire ' +
        'four days later during a sale.',
      lessons:
        'Automated renewal turns certificate expiry from a calendar problem into a monitoring ' +
        'problem: the renewal itself must be watched. Renames of shared infrastructure need a ' +
        'sweep for every reference, or an alias kept until nothing uses the old name.',
    },
  },
  actions: [
    {
      title:
        'Alert on Certificates not Ready for 1 h and on any certificate expiring within 14 days',
      type: 'detect',
      priority: 'P0',
      owner: 'kwame.mensah',
      dueInDays: 3,
      status: 'verified',
      verificationCriteria:
        'A Certificate with a missing issuer in staging pages within 1 hour; a 10-day certificate pages immediately.',
    },
    {
      title: 'Keep the old issuer name as an alias during renames; CI check for references',
      type: 'prevent',
      priority: 'P1',
      owner: 'ola.nordmann',
      dueInDays: 21,
      status: 'done',
      verificationCriteria:
        'The platform repository CI fails when a manifest references a missing issuer.',
    },
    {
      title: 'Run the synthetic search check every 30 s through the gateway',
      type: 'detect',
      priority: 'P2',
      owner: 'priya.natarajan',
      dueInDays: 14,
      status: 'verified',
      verificationCriteria: 'A forced search-api outage in staging pages in under 2 minutes.',
    },
    {
      title: 'Give night on-call read access to every tier-1 and tier-2 namespace',
      type: 'process',
      priority: 'P2',
      owner: 'hana.sato',
      dueInDays: 10,
      status: 'done',
      verificationCriteria: 'The on-call access audit shows read access for all rotations.',
    },
    {
      title: 'Runbook: internal mTLS certificate failures',
      type: 'process',
      priority: 'P3',
      owner: 'hana.sato',
      dueInDays: 30,
      status: 'done',
      verificationCriteria: 'Linked from the SyntheticSearchFailing and certificate alerts.',
    },
  ],
};
