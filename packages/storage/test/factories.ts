import {
  createEmptyRca,
  emptyMilestones,
  emptySections,
  type ActionItem,
  type Evidence,
  type Incident,
  type Postmortem,
  type TimelineEntry,
} from '@aftermath/domain';

// Complete domain objects with every field set, so a round trip through storage checks them all.

export const t0 = '2026-03-01T12:00:00.000Z';

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    key: 'INC-1',
    title: 'Checkout returns 502',
    severity: 'SEV2',
    status: 'open',
    type: 'outage',
    services: ['checkout-api'],
    commander: 'dana',
    visibility: 'normal',
    tags: ['payments'],
    customerImpact: {
      description: 'Card payments failed',
      usersAffected: 1200,
      requestsAffected: null,
    },
    milestones: { ...emptyMilestones, impactStartedAt: '2026-03-01T11:58:30.123Z', detectedAt: t0 },
    milestoneOrderOverride: null,
    recurrenceOf: null,
    createdAt: t0,
    updatedAt: t0,
    version: 1,
    ...overrides,
  };
}

export function aTimelineEntry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: 'entry-1',
    incidentKey: 'INC-1',
    at: t0,
    precision: 'ms',
    zoneAssumed: false,
    kind: 'alert',
    title: 'HighErrorRate firing',
    body: 'error rate 12%',
    source: 'alertmanager',
    service: 'checkout-api',
    evidence: { evidenceId: 'ev-1', line: 3, byteOffset: 5_000_000_000, jsonPointer: '/alerts/0' },
    author: null,
    pinned: true,
    createdAt: t0,
    version: 1,
    ...overrides,
  };
}

export function aPostmortem(overrides: Partial<Postmortem> = {}): Postmortem {
  return {
    incidentKey: 'INC-1',
    owner: 'erin',
    status: 'draft',
    template: 'default',
    sections: { ...emptySections, summary: 'Payments failed for 20 minutes.' },
    rca: createEmptyRca(),
    createdAt: t0,
    updatedAt: t0,
    version: 1,
    ...overrides,
  };
}

export function anAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'action-1',
    incidentKey: 'INC-1',
    title: 'Alert on 502 ratio',
    type: 'detect',
    priority: 'P1',
    owner: 'sam',
    dueDate: '2026-04-01',
    status: 'open',
    verificationCriteria: 'Alert fires in a game day',
    rationale: null,
    links: ['https://tracker.example/ISSUE-7'],
    createdAt: t0,
    updatedAt: t0,
    version: 1,
    ...overrides,
  };
}

export function anEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: 'ev-1',
    incidentKey: 'INC-1',
    format: 'deploy',
    channel: 'cli',
    name: 'deploys.jsonl',
    sha256: 'a'.repeat(64),
    bytes: 5_000_000_000,
    receivedAt: t0,
    records: 3,
    entriesAdded: 2,
    duplicatesSkipped: 0,
    problems: [{ line: 3, jsonPointer: null, message: 'when: expected a timestamp' }],
    ...overrides,
  };
}
