import { findSuspectChanges, proposeMilestones, readEntryStatus } from '@aftermath/analysis';
import type { TimelineEntry } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import { alertmanagerImporter } from '../alertmanager';
import { githubImporter } from '../github';
import type { ImportedEntry, Importer } from '../importer';
import { kubernetesImporter } from '../kubernetes';
import { opsgenieImporter } from '../opsgenie';
import { pagerdutyImporter } from '../pagerduty';
import { taggedTitle, type StatusTagWord } from './status-tag';
import { runImport, sourceOf } from './test-support';

/**
 * The importers' titles against the milestone contract of `@aftermath/analysis`: one incident
 * told by hand-written bodies of five formats, imported, then read by `proposeMilestones`.
 */
const incident: Array<[Importer, unknown]> = [
  [
    githubImporter,
    {
      action: 'created',
      deployment_status: { id: 11, state: 'success', created_at: '2026-03-01T09:50:00Z' },
      deployment: { id: 10, ref: 'main', sha: 'abc1234ef', environment: 'production' },
      repository: { name: 'checkout-api', full_name: 'shop/checkout-api' },
    },
  ],
  [
    kubernetesImporter,
    {
      kind: 'Event',
      metadata: { uid: 'k1', namespace: 'shop' },
      involvedObject: { kind: 'Pod', name: 'checkout-api-7d9c5b6f4-x2x9z' },
      reason: 'BackOff',
      message: 'Back-off restarting failed container',
      firstTimestamp: '2026-03-01T09:58:00Z',
      count: 4,
      type: 'Warning',
    },
  ],
  [
    alertmanagerImporter,
    {
      version: '4',
      groupKey: 'g',
      status: 'firing',
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'HighErrorRate', service: 'checkout-api' },
          startsAt: '2026-03-01T10:00:00Z',
          fingerprint: 'f1',
        },
      ],
    },
  ],
  [
    pagerdutyImporter,
    {
      event: {
        id: 'p1',
        event_type: 'incident.acknowledged',
        occurred_at: '2026-03-01T10:04:00Z',
        data: { id: 'PD1', type: 'incident', number: 7, title: 'Checkout errors' },
      },
    },
  ],
  [
    opsgenieImporter,
    {
      action: 'AddNote',
      alert: {
        alertId: 'o1',
        alias: 'checkout',
        message: 'resolved? not yet',
        updatedAt: 1772359500000,
      },
    },
  ],
  [
    githubImporter,
    {
      action: 'created',
      deployment_status: { id: 21, state: 'success', created_at: '2026-03-01T10:12:00Z' },
      deployment: { id: 20, task: 'deploy:rollback', sha: 'fff0000aa', environment: 'production' },
      repository: { name: 'checkout-api' },
    },
  ],
  [
    alertmanagerImporter,
    {
      version: '4',
      groupKey: 'g',
      status: 'resolved',
      alerts: [
        {
          status: 'resolved',
          labels: { alertname: 'HighErrorRate', service: 'checkout-api' },
          startsAt: '2026-03-01T10:00:00Z',
          endsAt: '2026-03-01T10:20:00Z',
          fingerprint: 'f1',
        },
      ],
    },
  ],
];

async function importIncident(): Promise<TimelineEntry[]> {
  const imported: ImportedEntry[] = [];
  for (const [importer, body] of incident) {
    imported.push(...(await runImport(importer, sourceOf(JSON.stringify(body)))).items);
  }
  return imported.map(({ entry }, index) => ({
    ...entry,
    id: `e${index}`,
    incidentKey: 'INC-1',
    createdAt: entry.at,
    version: 1,
  }));
}

describe('importer titles and the milestone contract', () => {
  it.each<[StatusTagWord, string]>([
    ['firing', 'firing'],
    ['acknowledged', 'acknowledged'],
    ['resolved', 'resolved'],
    ['rollback', 'rollback'],
    ['error', 'error'],
    ['info', 'info'],
  ])('a [%s] tag reads back as %s', (word, status) => {
    const reading = readEntryStatus({ kind: 'page', title: taggedTitle(word, 'X closed') });
    expect(reading).toMatchObject({ status, basis: 'tag' });
  });

  it('proposes every milestone from the imported entries', async () => {
    const entries = await importIncident();
    const proposed = proposeMilestones(entries);
    expect({
      impactStartedAt: proposed.impactStartedAt?.at,
      detectedAt: proposed.detectedAt?.at,
      acknowledgedAt: proposed.acknowledgedAt?.at,
      mitigatedAt: proposed.mitigatedAt?.at,
      resolvedAt: proposed.resolvedAt?.at,
    }).toEqual({
      impactStartedAt: '2026-03-01T09:58:00.000Z',
      detectedAt: '2026-03-01T10:00:00.000Z',
      acknowledgedAt: '2026-03-01T10:04:00.000Z',
      mitigatedAt: '2026-03-01T10:12:00.000Z',
      resolvedAt: '2026-03-01T10:20:00.000Z',
    });
  });

  it('makes the deploy before impact the first suspect, on the same service', async () => {
    const entries = await importIncident();
    const [suspect] = findSuspectChanges(entries, {
      impactStartedAt: '2026-03-01T09:58:00.000Z',
      services: [],
    });
    expect(suspect).toMatchObject({
      kind: 'deploy',
      source: 'github',
      service: 'checkout-api',
      serviceMatch: 'same',
    });
  });
});
