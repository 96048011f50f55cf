import { emptyMilestones } from '@aftermath/domain';
import { testDialects } from '@aftermath/storage/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createFolderBlobStore } from '../src/blobs/folder-blob-store';
import { createStore } from '../src/create-store';
import type { Executor } from '../src/database';
import { runMigrations } from '../src/migrations';
import { rebuildMetricRollups } from '../src/repositories/metric-rollup';
import { createPostgresTestDatabase } from '../src/testing/postgres-test-database';
import { createSqliteTestDatabase } from '../src/testing/sqlite-test-database';
import { aPostmortem, aTimelineEntry, anAction, anIncident } from './factories';

// The roll-up is kept by taking each changed summary row's old figures away and adding its new
// ones. After any sequence of writes it must equal the roll-up worked out from scratch, and a
// rolled-back write must leave it as it was.

/** Rows as plain numbers (PostgreSQL returns bigint as text). */
function plain(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([name, value]) => [
        name,
        typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value,
      ]),
    ),
  );
}

/** The roll-up's rows, zero rows left out. */
async function readRollup(db: Executor): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from incident_metric_rollups
    where incidents <> 0 order by day, severity, type`.execute(db);
  return plain(rows);
}

/** The action roll-up's rows, zero rows left out. */
async function readActionRollup(db: Executor): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`select * from incident_metric_action_rollups
    where excluded + closed + on_time + open <> 0 order by priority, due_date`.execute(db);
  return plain(rows);
}

const start = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

for (const dialect of testDialects()) {
  describe(`metrics roll-up on ${dialect}`, () => {
    it('equals the roll-up worked out from scratch after writes, and ignores rolled-back ones', async () => {
      const testDatabase =
        dialect === 'sqlite'
          ? await createSqliteTestDatabase()
          : await createPostgresTestDatabase();
      const database = testDatabase.open();
      const store = createStore(database, createFolderBlobStore('unused-blobs'));
      try {
        await runMigrations(database);
        const milestones = (day: string, minutes: number) => ({
          ...emptyMilestones,
          impactStartedAt: start(day),
          detectedAt: start(day, 11),
          resolvedAt: new Date(Date.parse(start(day)) + minutes * 60_000).toISOString(),
        });
        await store.incidents.insert(
          anIncident({ key: 'INC-1', milestones: milestones('2026-03-01', 40) }),
        );
        await store.incidents.insert(
          anIncident({
            key: 'INC-2',
            severity: 'SEV1',
            visibility: 'restricted',
            services: [],
            milestones: milestones('2026-03-01', 3000),
          }),
        );
        await store.incidents.insert(
          anIncident({ key: 'INC-3', milestones: { ...emptyMilestones } }),
        );
        const rollup = await readRollup(database.db);
        expect(rollup.map((row) => [row.day, row.severity, row.incidents])).toEqual([
          ['', 'SEV2', 1],
          ['2026-03-01', 'SEV1', 1],
          ['2026-03-01', 'SEV2', 1],
        ]);
        // INC-2: 3,000 minutes fall in the 1d–3d bucket (lower edge 86,400 s, index 8).
        expect(rollup[1]).toMatchObject({ mttr_n: 1, mttr_sum: 180_000_000, mttr_b8: 1 });
        expect(rollup[1]).toMatchObject({ without_service: 1, mttd_n: 1, mttd_b4: 1 });

        // A milestone moving to another day and severity moves the incident between rows.
        const first = await store.incidents.get('INC-1');
        await store.incidents.update(
          { ...first!, severity: 'SEV3', milestones: milestones('2026-03-04', 10), version: 2 },
          1,
        );
        await store.timeline.insert(
          aTimelineEntry({
            id: 'e-1',
            incidentKey: 'INC-1',
            kind: 'log',
            body: `timeout\nTrace: ${'ab'.repeat(16)}`,
          }),
        );
        await store.postmortems.insert(aPostmortem({ incidentKey: 'INC-2' }));
        const [stale] = await store.metrics.listStaleSummaries(null, 10);
        expect(stale?.key).toBe('INC-2');
        await store.metrics.saveSummaryFacts('INC-2', stale!.stale, {
          checklist: { passed: 3, total: 5 },
        });
        // Actions: one open and dated, one closed on time, one closed late, one without a date.
        await store.actions.insert(anAction({ id: 'a-1', incidentKey: 'INC-2' }));
        await store.actions.insert(
          anAction({ id: 'a-2', status: 'done', updatedAt: '2026-03-20T09:00:00.000Z' }),
        );
        await store.actions.insert(
          anAction({ id: 'a-3', status: 'verified', updatedAt: '2026-04-03T09:00:00.000Z' }),
        );
        await store.actions.insert(anAction({ id: 'a-4', priority: 'P3', dueDate: null }));
        const action = await store.actions.get('a-1');
        await store.actions.update({ ...action!, dueDate: '2026-05-01', version: 2 }, 1);
        expect(await readActionRollup(database.db)).toEqual([
          { priority: 'P1', due_date: '2026-04-01', excluded: 0, closed: 2, on_time: 1, open: 0 },
          { priority: 'P1', due_date: '2026-05-01', excluded: 0, closed: 0, on_time: 0, open: 1 },
          { priority: 'P3', due_date: '', excluded: 1, closed: 0, on_time: 0, open: 0 },
        ]);
        // A recurrence link puts both incidents in the summary's recurrence index; moving the
        // link takes the first original out of it.
        const third = await store.incidents.get('INC-3');
        await store.incidents.update({ ...third!, recurrenceOf: 'INC-1', version: 2 }, 1);
        const linked = async () =>
          (await store.metrics.listRecurrenceMembers('none')).map((m) => m.key).sort();
        expect(await linked()).toEqual(['INC-1', 'INC-3']);
        await store.incidents.update({ ...third!, recurrenceOf: 'INC-2', version: 3 }, 2);
        expect(await linked()).toEqual(['INC-2', 'INC-3']);

        const kept = await readRollup(database.db);
        const keptActions = await readActionRollup(database.db);
        expect(kept.find((row) => row.day === '2026-03-04')).toMatchObject({
          severity: 'SEV3',
          incidents: 1,
          mttr_b1: 1,
          log_trace: 1,
          trace_ids: 1,
        });
        expect(kept.find((row) => row.severity === 'SEV1')).toMatchObject({
          checklist_passed: 3,
          checklist_total: 5,
          checklist_incidents: 1,
        });

        // A write that fails half-way leaves the roll-up as it was.
        await expect(
          store.transaction(async (tx) => {
            await tx.incidents.insert(
              anIncident({ key: 'INC-4', milestones: milestones('2026-03-09', 5) }),
            );
            await tx.actions.insert(anAction({ id: 'a-5', incidentKey: 'INC-4' }));
            throw new Error('abandoned');
          }),
        ).rejects.toThrow('abandoned');
        expect(await readRollup(database.db)).toEqual(kept);
        expect(await readActionRollup(database.db)).toEqual(keptActions);

        await rebuildMetricRollups(database.db);
        expect(await readRollup(database.db)).toEqual(kept);
        expect(await readActionRollup(database.db)).toEqual(keptActions);
      } finally {
        await store.close();
        await testDatabase.dispose();
      }
    }, 60_000);
  });
}
