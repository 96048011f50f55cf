import type { Repositories } from '@aftermath/core';
import {
  createEmptyRca,
  emptyMilestones,
  emptySections,
  type ActionItem,
  type ActionStatus,
  type EvidenceFormat,
  type Incident,
  type TimelineEntry,
} from '@aftermath/domain';

// A workspace shaped to exercise every branch of M1–M10 at once: missing and reversed milestones,
// restricted incidents, recurrence chains, actions due, early, late and given up, evidence of one
// or two source kinds, log sources that go silent inside the impact window and trace lines that
// do and do not carry a valid id. Deterministic: incident i's shape follows from i alone.

const base = Date.parse('2026-03-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const minute = 60_000;
const services = ['checkout-api', 'payments-db', 'search', 'edge'];
const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'verified', 'wont_do'];
const traceId = (i: number) => i.toString(16).padStart(32, 'a');

function incidentOf(i: number, first: number): Incident {
  const start = base + i * 5 * 86_400_000 + (i % 7) * 3_600_000;
  const milestones = {
    ...emptyMilestones,
    impactStartedAt: i % 9 === 4 ? null : iso(start),
    detectedAt: iso(start + ((i * 7) % 13) * minute),
    acknowledgedAt: i % 4 === 0 ? null : iso(start + (((i * 11) % 17) + 14) * minute),
    mitigatedAt: i % 5 === 0 ? null : iso(start + (20 + (i % 6) * 10) * minute),
    // Every eleventh resolution lies before the impact start: measured as excluded.
    resolvedAt: i % 11 === 3 ? iso(start - minute) : iso(start + (60 + (i % 8) * 15) * minute),
  };
  return {
    key: `INC-${first + i}`,
    title: `Synthetic incident ${i}`,
    severity: (['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const)[i % 4]!,
    status: 'resolved',
    type: i % 6 === 0 ? 'security' : 'outage',
    services:
      i % 10 === 9 ? [] : [services[i % 4]!, ...(i % 3 === 0 ? [services[(i + 1) % 4]!] : [])],
    commander: null,
    visibility: i % 8 === 5 ? 'restricted' : 'normal',
    tags: [],
    customerImpact: { description: '', usersAffected: null, requestsAffected: null },
    milestones,
    milestoneOrderOverride: null,
    recurrenceOf: i % 5 === 2 && i > 5 ? `INC-${first + i - 5}` : null,
    createdAt: iso(start),
    updatedAt: iso(start),
    version: 1,
  };
}

function actionsOf(incident: Incident, i: number): ActionItem[] {
  const created = incident.createdAt;
  return Array.from({ length: i % 4 }, (_, j) => {
    const dueMs = Date.parse(created) + (j * 20 + (i % 3) * 40 - 10) * 86_400_000;
    const status = statuses[(i + j) % statuses.length]!;
    return {
      id: `act-${incident.key}-${j}`,
      incidentKey: incident.key,
      title: `Action ${j}`,
      type: 'prevent',
      priority: (['P0', 'P1', 'P2', 'P3'] as const)[(i + j) % 4]!,
      owner: null,
      dueDate: (i + j) % 6 === 1 ? null : iso(dueMs).slice(0, 10),
      status,
      verificationCriteria: '',
      rationale: null,
      links: [],
      createdAt: created,
      updatedAt: iso(dueMs + (j % 2 === 0 ? -2 : 3) * 86_400_000),
      version: 1,
    };
  });
}

function entry(incident: Incident, n: number, at: number, fields: Partial<TimelineEntry>) {
  return {
    id: `e-${incident.key}-${n}`,
    incidentKey: incident.key,
    at: iso(at),
    precision: 'ms' as const,
    zoneAssumed: false,
    kind: 'log' as const,
    title: 'request failed',
    body: 'upstream timeout',
    source: 'loki',
    service: incident.services[0] ?? null,
    evidence: null,
    author: null,
    pinned: false,
    createdAt: incident.createdAt,
    version: 1,
    ...fields,
  };
}

/** Logs every minute from 30 min before impact; every third incident's logs stop 10 min in. */
function timelineOf(incident: Incident, i: number): TimelineEntry[] {
  const start = Date.parse(incident.createdAt);
  const last = i % 3 === 1 ? 10 : 100;
  const entries: TimelineEntry[] = [];
  for (let m = -30; m <= last; m += 1) {
    const body =
      m % 4 === 0
        ? `upstream timeout\nTrace: ${traceId(i + m + 40)}`
        : m % 4 === 1
          ? 'see trace: not an id\nTrace: 1234' // the marker without a valid id
          : 'upstream timeout';
    entries.push(entry(incident, entries.length, start + m * minute, { body }));
  }
  entries.push(
    entry(incident, entries.length, start + 5 * minute, {
      kind: 'chat',
      source: 'slack',
      body: 'Trace: ' + traceId(i),
    }),
  );
  entries.push(
    entry(incident, entries.length, start + 7 * minute, {
      kind: 'trace',
      source: 'otel',
      body: `span\nTrace: ${traceId(i)}`,
    }),
  );
  return entries;
}

function formatsOf(i: number): EvidenceFormat[] {
  return (
    [
      ['alertmanager', 'jsonlines'],
      ['jsonlines', 'text-log'],
      ['alertmanager', 'grafana', 'otlp-traces'],
      [],
    ] as EvidenceFormat[][]
  )[i % 4]!;
}

/**
 * Adds `count` synthetic incidents numbered after `first - 1`, with actions, evidence records,
 * timelines and (for every other one) a postmortem, straight through the repositories.
 */
export async function seedMetricsDataset(
  repos: Repositories,
  first: number,
  count: number,
): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const incident = incidentOf(i, first);
    await repos.incidents.insert(incident);
    for (const action of actionsOf(incident, i)) await repos.actions.insert(action);
    for (const [j, format] of formatsOf(i).entries()) {
      await repos.evidence.insert({
        id: `ev-${incident.key}-${j}`,
        incidentKey: incident.key,
        format,
        channel: 'cli',
        name: `${format}.txt`,
        sha256: 'b'.repeat(64),
        bytes: 100,
        receivedAt: incident.createdAt,
        records: 1,
        entriesAdded: 1,
        duplicatesSkipped: 0,
        problems: [],
      });
    }
    if (i % 4 !== 3) for (const e of timelineOf(incident, i)) await repos.timeline.insert(e);
    if (i % 2 === 0) {
      await repos.postmortems.insert({
        incidentKey: incident.key,
        owner: null,
        status: 'draft',
        template: 'default',
        sections: { ...emptySections, summary: `Incident ${i} summary.` },
        rca: createEmptyRca(),
        createdAt: incident.createdAt,
        updatedAt: incident.createdAt,
        version: 1,
      });
    }
  }
}
