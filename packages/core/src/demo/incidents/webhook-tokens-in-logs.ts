import { DAY, HOUR, type DemoIncident } from '../demo-incident';

/** Customer webhook credentials written to internal logs by debug logging (security, restricted). */
export const webhookTokensInLogs: DemoIncident = {
  startedDaysAgo: 29,
  startedAtUtc: '13:05:00',
  incident: {
    title: 'Customer webhook credentials written to internal logs by debug logging',
    severity: 'SEV3',
    type: 'security',
    visibility: 'restricted',
    services: ['notifications-worker'],
    commander: 'maya.cohen',
    tags: ['security', 'secrets', 'logging', 'customer-notified'],
    customerImpact: {
      description:
        'Authorization headers that 212 customers configured for their webhook endpoints were ' +
        'stored in internal logs for 37 hours. Access logs show no use outside the logging ' +
        'pipeline. Affected customers were notified and rotated their credentials with us.',
      usersAffected: 212,
      requestsAffected: null,
    },
  },
  milestones: {
    impactStartedAt: 0,
    detectedAt: 37 * HOUR,
    acknowledgedAt: 37 * HOUR + 14,
    mitigatedAt: 38 * HOUR,
    resolvedAt: 6 * DAY,
  },
  status: 'resolved',
  timeline: [
    {
      at: -2 * DAY,
      kind: 'deploy',
      title: 'notifications-worker v5.2.0: log outgoing webhook request headers at debug level',
      body: 'Added to diagnose delivery failures reported by one customer.',
      source: 'github',
      service: 'notifications-worker',
    },
    {
      at: 0,
      kind: 'change',
      title: 'Dynamic log level set to debug for tenant 4411 on notifications-worker',
      body: 'The logger applies the level to the whole process, so every tenant on the pod logs at debug.',
      source: 'manual',
      service: 'notifications-worker',
      author: 'tomas.novak',
    },
    {
      at: 37 * HOUR,
      kind: 'alert',
      title: 'Log secret scanner: 1,934 findings of kind http-authorization-header',
      body: 'Nightly scan of a 5% log sample. Findings redacted in the alert.',
      source: 'secret-scanner',
      service: 'notifications-worker',
    },
    {
      at: 37 * HOUR + 2,
      kind: 'page',
      title: 'Paged security on-call',
      source: 'pagerduty',
    },
    {
      at: 37 * HOUR + 14,
      kind: 'page',
      title: 'Page acknowledged by maya.cohen',
      source: 'pagerduty',
      author: 'maya.cohen',
    },
    {
      at: 37 * HOUR + 25,
      kind: 'chat',
      title: 'Restricted incident opened; notifications on-call invited',
      source: 'slack',
      author: 'maya.cohen',
    },
    {
      at: 37 * HOUR + 40,
      kind: 'change',
      title: 'Log level for notifications-worker reset to info on all pods',
      source: 'kubernetes',
      service: 'notifications-worker',
      author: 'tomas.novak',
    },
    {
      at: 38 * HOUR,
      kind: 'change',
      title: 'Deleted notifications-worker debug log streams for the affected window',
      body: 'Deletion confirmed in the log store and its replica; the 5% sample used by the scanner was purged too.',
      source: 'manual',
      author: 'maya.cohen',
      precision: 'min',
      pinned: true,
    },
    {
      at: 41 * HOUR,
      kind: 'note',
      title: 'Access-log review: 3 queries touched the window, all by the notifications team',
      source: 'manual',
      author: 'maya.cohen',
      precision: 'min',
    },
    {
      at: 3 * DAY,
      kind: 'status',
      title: 'Notified 212 customers with rotation instructions',
      source: 'manual',
      author: 'maya.cohen',
      precision: 'min',
    },
    {
      at: 6 * DAY,
      kind: 'note',
      title:
        'Last affected customer confirmed rotation; old credentials rejected by their endpoints',
      source: 'manual',
      author: 'tomas.novak',
      precision: 'day',
    },
  ],
  postmortem: {
    rca: {
      trigger: 'config-push',
      rootCauses: ['security', 'software-defect'],
      factors: [
        {
          category: 'process',
          description:
            'Header logging was reviewed with a test tenant that sends no Authorization header.',
          cites: [
            'notifications-worker v5.2.0: log outgoing webhook request headers at debug level',
          ],
        },
        {
          category: 'tooling',
          description: 'The log secret scanner caught the tokens, within the hour.',
          cites: ['Log secret scanner: 1,934 findings of kind http-authorization-header'],
        },
      ],
      whys: [
        {
          problem: 'Customer webhook credentials were written to logs.',
          links: [
            {
              why: 'Why were credentials logged?',
              answer: 'Debug logging wrote outgoing request headers, Authorization included.',
              cites: ['Dynamic log level set to debug for tenant 4411 on notifications-worker'],
            },
            {
              why: 'Why were headers not redacted?',
              answer: 'The HTTP client logger has no default redaction for credential headers.',
              cites: [
                'notifications-worker v5.2.0: log outgoing webhook request headers at debug level',
              ],
            },
          ],
        },
      ],
    },
    owner: 'rafael.lima',
    status: 'in_review',
    sections: {
      summary:
        'A debug log statement added to diagnose webhook delivery logged full request headers, ' +
        'including the Authorization header customers configure for their endpoints. Debug ' +
        'level was switched on for one tenant, but the logger applies levels per process, so ' +
        'all tenants on that pod were logged. Credentials of 212 customers were in internal ' +
        'logs for 37 hours until the log secret scanner found them.',
      impact:
        "- 212 customers' webhook credentials were readable by the ~140 engineers with log " +
        'access for 37 hours.\n' +
        '- The access review found three queries in the window, all by the notifications ' +
        'team, none exporting data.\n' +
        '- Every affected customer rotated their credential within 6 days.',
      trigger: 'Setting the dynamic log level to debug for tenant 4411.',
      rootCauses:
        '1. The HTTP client logger has no default redaction for credential headers.\n' +
        '2. Dynamic log levels are scoped per process, while the tooling and its documentation ' +
        'present them as per tenant.',
      contributingFactors:
        '- The header logging was reviewed with a test tenant that sends no Authorization ' +
        'header.\n' +
        '- The secret scanner runs nightly on a 5% sample, so the first run after the change ' +
        'found nothing.',
      detection:
        'Detected on the second nightly scan, 37 hours after the first credential was logged.',
      resolution:
        'Resetting the log level stopped new exposure; deleting the log streams and the scan ' +
        'sample removed the stored copies. Customers rotated credentials with guidance from ' +
        'the security team.',
      wentWell:
        '- The scanner found the exposure without anyone looking for it.\n' +
        '- Restricted handling kept the details to the people working on it.',
      wentWrong: '',
      gotLucky: '',
      lessons: '',
    },
  },
  actions: [
    {
      title: 'Redact Authorization, Cookie and *-Token headers in the HTTP client logger',
      type: 'prevent',
      priority: 'P0',
      owner: 'tomas.novak',
      dueInDays: 5,
      status: 'verified',
      verificationCriteria:
        'A unit test and a staging request show [REDACTED] for every credential header at debug level.',
    },
    {
      title: 'Scope dynamic log levels to a tenant, not the whole process',
      type: 'prevent',
      priority: 'P1',
      owner: 'tomas.novak',
      dueInDays: 40,
      status: 'in_progress',
      verificationCriteria: 'Debug for one tenant produces no debug lines for any other tenant.',
    },
    {
      title: 'Scan the full log stream for secrets in near real time',
      type: 'detect',
      priority: 'P1',
      owner: 'maya.cohen',
      dueInDays: 60,
      status: 'open',
      verificationCriteria: 'A planted test credential is reported within 10 minutes.',
    },
    {
      title: 'Attach the access-log review for the exposure window to this incident',
      type: 'process',
      priority: 'P0',
      owner: 'maya.cohen',
      dueInDays: 4,
      status: 'done',
      verificationCriteria: 'Review signed off by the security lead.',
    },
  ],
};
