import type {
  DocumentActionItem,
  DocumentTimelineEntry,
  PostmortemDocument,
} from '@aftermath/domain';
import { createEmptyRca, emptySections } from '@aftermath/domain';

/** A timeline entry with sensible defaults; override what the test cares about. */
export function makeEntry(overrides: Partial<DocumentTimelineEntry> = {}): DocumentTimelineEntry {
  return {
    at: '2026-03-04T09:12:00.000Z',
    precision: 's',
    zoneAssumed: false,
    kind: 'note',
    title: 'Something happened',
    body: '',
    source: 'manual',
    service: null,
    evidence: null,
    author: null,
    pinned: false,
    ...overrides,
  };
}

/** An action item with sensible defaults. */
export function makeAction(overrides: Partial<DocumentActionItem> = {}): DocumentActionItem {
  return {
    title: 'Add a canary stage to config pushes',
    type: 'prevent',
    priority: 'P1',
    owner: 'payments-platform',
    dueDate: '2026-04-15',
    status: 'open',
    verificationCriteria: 'A bad config push stops at the canary in the next game day',
    rationale: null,
    links: [],
    ...overrides,
  };
}

/** A realistic document: a checkout outage after a config push, written blamelessly. */
export function makeDocument(overrides: Partial<PostmortemDocument> = {}): PostmortemDocument {
  return {
    incident: {
      key: 'INC-7',
      title: 'Checkout errors after a payment-gateway config push',
      severity: 'SEV2',
      status: 'resolved',
      type: 'outage',
      services: ['checkout-api', 'payment-gateway'],
      commander: 'Priya Natarajan',
      visibility: 'normal',
      tags: ['config-change', 'payments'],
      customerImpact: {
        description: 'About 18% of checkout attempts failed with HTTP 502 for 41 minutes.',
        usersAffected: 12840,
        requestsAffected: null,
      },
      milestones: {
        impactStartedAt: '2026-03-04T09:02:00.000Z',
        detectedAt: '2026-03-04T09:07:30.000Z',
        acknowledgedAt: '2026-03-04T09:09:00.000Z',
        mitigatedAt: '2026-03-04T09:43:00.000Z',
        resolvedAt: '2026-03-04T10:20:00.000Z',
        closedAt: null,
      },
      milestoneOrderOverride: null,
      recurrenceOf: null,
      createdAt: '2026-03-04T09:08:12.000Z',
      updatedAt: '2026-03-06T16:30:00.000Z',
    },
    postmortem: {
      owner: 'Marco Bianchi',
      status: 'in_review',
      template: 'standard',
      sections: {
        ...emptySections,
        summary: 'A configuration push lowered the gateway connection pool from 200 to 20.',
        impact:
          'Checkout failed for about 18% of attempts.\n\n| Region | Errors |\n| --- | --- |\n| eu | 21% |',
        lessons:
          '- Config pushes need the same canary as code.\n- Pool metrics belong on the checkout dashboard.',
      },
      rca: createEmptyRca(),
      createdAt: '2026-03-04T11:00:00.000Z',
      updatedAt: '2026-03-06T16:30:00.000Z',
    },
    timeline: [
      makeEntry({
        at: '2026-03-04T09:01:40.000Z',
        kind: 'deploy',
        source: 'github',
        service: 'payment-gateway',
        title: 'Config push #4411 rolled out',
        evidence: { evidenceId: 'ev-18', line: null, byteOffset: null, jsonPointer: '/deployment' },
      }),
      makeEntry({
        at: '2026-03-04T09:07:30.000Z',
        kind: 'alert',
        source: 'alertmanager',
        service: 'checkout-api',
        title: 'CheckoutErrorRateHigh firing',
        body: 'error rate 0.18 > 0.02 for 5m',
        pinned: true,
      }),
    ],
    actions: [makeAction()],
    ...overrides,
  };
}
