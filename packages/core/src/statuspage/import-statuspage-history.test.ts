import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemPrincipal } from '@aftermath/domain';
import { describe, expect, it } from 'vitest';
import type { Context } from '../context';
import { createIdGenerator } from '../ids';
import { importStatuspageHistory } from './import-statuspage-history';
import { createMemoryStore } from './memory-store.test-support';
import { valueAtPointer } from './value-at-pointer';

const history = resolve(
  import.meta.dirname,
  '../../../../../shared/realdata/statuspage-github-incident-history/dev/incidents',
);
const now = new Date('2026-11-27T09:00:00Z');

function setup(failOn: { timelineInsert?: number } = {}) {
  const { store, state } = createMemoryStore(failOn);
  const ctx: Context = { store, clock: () => now, newId: createIdGenerator(() => now.getTime()) };
  return { ctx, state };
}

function readIncidentFile(id: string): unknown {
  return JSON.parse(readFileSync(resolve(history, `${id}.json`), 'utf8'));
}

describe.skipIf(!existsSync(history))('importing real GitHub status-page incidents', () => {
  const ids = ['rgy28jwprr1c', '2k3z9fkr9z5g', 'nk9gdvl03ztg'];

  it('creates one incident per status-page incident, with its milestones and updates', async () => {
    const { ctx, state } = setup();
    const result = await importStatuspageHistory(
      ctx,
      systemPrincipal,
      ids.map(readIncidentFile),
      'github.json',
    );
    expect(result).toMatchObject({ created: ['INC-1', 'INC-2', 'INC-3'], skipped: 0 });
    expect(result.problems.map((problem) => problem.jsonPointer)).toEqual(['/2/incident']);
    expect(state.incidents.get('INC-1')).toMatchObject({
      title: 'Notifications degredation',
      severity: 'SEV1',
      status: 'resolved',
      tags: ['statuspage', 'statuspage:rgy28jwprr1c'],
      milestones: {
        detectedAt: '2019-09-23T16:12:01.654Z',
        mitigatedAt: '2019-09-23T16:28:27.036Z',
      },
      version: 1,
    });
    const entries = state.timeline.filter((entry) => entry.incidentKey === 'INC-1');
    expect(entries.map((entry) => entry.title.split(']')[0])).toEqual([
      '[INVESTIGATING',
      '[IDENTIFIED',
      '[MONITORING',
      '[RESOLVED',
    ]);
    expect(state.incidents.get('INC-3')?.milestoneOrderOverride).toContain('Times as published');
  });

  it('stores each incident as evidence its entries point into', async () => {
    const { ctx, state } = setup();
    await importStatuspageHistory(
      ctx,
      systemPrincipal,
      readIncidentFile('rgy28jwprr1c'),
      'rgy.json',
    );
    const [evidence] = state.evidence;
    expect(evidence).toMatchObject({
      incidentKey: 'INC-1',
      format: 'statuspage',
      channel: 'cli',
      name: 'rgy.json',
      receivedAt: now.toISOString(),
      records: 4,
      entriesAdded: 4,
      problems: [],
    });
    const blob = JSON.parse(
      Buffer.from(state.blobs.get(evidence?.sha256 ?? '') ?? []).toString(),
    ) as unknown;
    for (const entry of state.timeline) {
      expect(entry.evidence?.evidenceId).toBe(evidence?.id);
      const update = valueAtPointer(blob, entry.evidence?.jsonPointer ?? '') as { status: string };
      expect(entry.title.toLowerCase()).toContain(`[${update.status}]`);
    }
  });

  it('creates nothing new when the same history is imported again', async () => {
    const { ctx, state } = setup();
    await importStatuspageHistory(ctx, systemPrincipal, ids.map(readIncidentFile), 'first.json');
    const again = await importStatuspageHistory(
      ctx,
      systemPrincipal,
      [...ids, 'pfsrq8bbt6bm'].map(readIncidentFile),
      'again.json',
    );
    expect(again).toMatchObject({ created: ['INC-4'], skipped: 3 });
    expect(state.incidents.size).toBe(4);
    expect(state.timeline.filter((entry) => entry.incidentKey === 'INC-4')).toHaveLength(1);
  });
});

describe('status-page imports that cannot complete', () => {
  const incident = (id: string) => ({
    id,
    name: `Outage ${id}`,
    impact: 'minor',
    created_at: '2026-11-20T10:00:00Z',
    incident_updates: [
      { status: 'investigating', body: 'Looking', display_at: '2026-11-20T10:00:00Z' },
      { status: 'resolved', body: 'Fixed', display_at: '2026-11-20T11:00:00Z' },
    ],
  });

  it('writes nothing of an incident whose transaction fails, and nothing twice', async () => {
    const { ctx, state } = setup({ timelineInsert: 4 });
    await expect(
      importStatuspageHistory(ctx, systemPrincipal, [incident('one'), incident('two')], 'x.json'),
    ).rejects.toThrow('disk full');
    expect([...state.incidents.keys()]).toEqual(['INC-1']);
    expect(state.timeline).toHaveLength(2);
    expect(state.evidence).toHaveLength(1);
  });

  it('skips an incident listed twice in one input and reports unreadable ones', async () => {
    const { ctx, state } = setup();
    const result = await importStatuspageHistory(
      ctx,
      systemPrincipal,
      { incidents: [incident('one'), incident('one'), { id: 'bad', impact: 'minor' }] },
      'dupes.json',
    );
    expect(result.created).toEqual(['INC-1']);
    expect(result.skipped).toBe(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ jsonPointer: '/incidents/2/name' }),
    ]);
    expect(state.incidents.size).toBe(1);
  });
});
