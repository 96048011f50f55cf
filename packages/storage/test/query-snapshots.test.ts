import type { Store } from '@aftermath/core';
import type { WebhookDelivery } from '@aftermath/domain';
import { testDialects, type TestDialect } from '@aftermath/storage/testing';
import type { KyselyPlugin, UnknownRow } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createFolderBlobStore } from '../src/blobs/folder-blob-store';
import { createStore } from '../src/create-store';
import type { OpenedDatabase } from '../src/dialects/dialect';
import { runMigrations } from '../src/migrations';
import { createPostgresTestDatabase } from '../src/testing/postgres-test-database';
import { createSqliteTestDatabase } from '../src/testing/sqlite-test-database';
import { aPostmortem, aTimelineEntry, anAction, anEvidence, anIncident } from './factories';

// The SQL each repository method sends, per dialect, kept in test/queries/ so a change to a query
// shows up in review as a diff of SQL. Run `npx vitest run -u packages/storage` to accept one.

/** Records the SQL of every statement a Kysely instance runs. */
function recordStatements(database: OpenedDatabase, into: string[]): KyselyPlugin {
  return {
    transformQuery(args) {
      into.push(database.db.getExecutor().compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result as { rows: UnknownRow[] }),
  };
}

/** Runs the main operations, labelling the statements each one sent. */
async function exerciseStore(store: Store, statements: string[]): Promise<string> {
  const sections: string[] = [];
  const run = async (label: string, operation: () => Promise<unknown>) => {
    statements.length = 0;
    await operation().catch(() => undefined);
    sections.push(`-- ${label}\n${statements.map((sql) => `${sql};`).join('\n')}\n`);
  };
  await run('incidents.nextNumber', () => store.incidents.nextNumber());
  await run('incidents.insert', () => store.incidents.insert(anIncident()));
  await run('incidents.get', () => store.incidents.get('INC-1'));
  await run('incidents.list (every filter)', () =>
    store.incidents.list({
      status: ['open'],
      severity: ['SEV1', 'SEV2'],
      service: 'checkout-api',
      tag: 'payments',
      text: 'checkout',
      limit: 20,
      offset: 0,
    }),
  );
  await run('incidents.update', () => store.incidents.update(anIncident({ version: 2 }), 1));
  await run('timeline.insert', () => store.timeline.insert(aTimelineEntry()));
  await run('timeline.listByIncident', () => store.timeline.listByIncident('INC-1'));
  await run('timeline.insertMany', () =>
    store.timeline.insertMany([
      { entry: aTimelineEntry({ id: 'entry-2' }), dedupeKey: 'deploy:42' },
      { entry: aTimelineEntry({ id: 'entry-3' }), dedupeKey: null },
    ]),
  );
  await run('timeline.update', () => store.timeline.update(aTimelineEntry({ version: 2 }), 1));
  await run('timeline.delete (stale)', () => store.timeline.delete('entry-1', 1));
  await run('evidence.insert', () => store.evidence.insert(anEvidence()));
  await run('evidence.listByIncident', () => store.evidence.listByIncident('INC-1'));
  await run('milestoneDecisions.save', () =>
    store.milestoneDecisions.save({
      incidentKey: 'INC-1',
      milestone: 'detectedAt',
      decision: 'accepted',
      at: '2026-03-01T12:04:00.000Z',
      entryId: 'entry-1',
      reason: null,
      decidedBy: 'alice',
      decidedAt: '2026-03-02T09:00:00.000Z',
    }),
  );
  await run('milestoneDecisions.listByIncident', () =>
    store.milestoneDecisions.listByIncident('INC-1'),
  );
  await run('postmortems.insert', () => store.postmortems.insert(aPostmortem()));
  await run('postmortems.get', () => store.postmortems.get('INC-1'));
  await run('postmortems.update', () => store.postmortems.update(aPostmortem({ version: 2 }), 1));
  await run('postmortems.listAnalyses', () => store.postmortems.listAnalyses());
  await run('actions.insert', () => store.actions.insert(anAction()));
  await run('actions.listByIncident', () => store.actions.listByIncident('INC-1'));
  await run('services.upsert', () =>
    store.services.upsert({ name: 'search', team: null, tier: 2, description: '' }),
  );
  await run('settings.set', () => store.settings.set('scale', { SEV1: 'x' }));
  await exerciseWebhookDeliveries(store, run);
  await exerciseMetrics(store, run);
  await exerciseActionVerifications(store, run);
  return sections.join('\n');
}

/** The webhook delivery repository's statements (kept last so earlier sections stay put). */
async function exerciseWebhookDeliveries(
  store: Store,
  run: (label: string, operation: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const deliveries = store.webhookDeliveries;
  await run('webhookDeliveries.insert', () => deliveries.insert(aWebhookDelivery()));
  await run('webhookDeliveries.get', () => deliveries.get('d-1'));
  await run('webhookDeliveries.findByKey', () => deliveries.findByKey('alertmanager', 'k-1'));
  await run('webhookDeliveries.latestForGroup', () =>
    deliveries.latestForGroup('alertmanager', 'group'),
  );
  await run('webhookDeliveries.incidentsForService', () =>
    deliveries.incidentsForService('checkout', '2026-03-01T11:00:00.000Z'),
  );
  await run('webhookDeliveries.list', () => deliveries.list({ outcome: 'unrouted', limit: 10 }));
}

/** The metrics' statements over the summary table: totals, percentile ranks, stale rows. */
async function exerciseMetrics(
  store: Store,
  run: (label: string, operation: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const query = {
    readScope: { all: false, incidents: ['INC-1'], services: ['checkout'] },
    service: 'checkout',
    today: '2026-03-02',
    judgedBefore: '2025-12-01T00:00:00.000Z',
    bucketEdgesMs: [0, 300_000],
  } as const;
  await run('metrics.readSummaryTotals', () => store.metrics.readSummaryTotals(query));
  await run(
    'metrics.readSummaryTotals (roll-up: part days at both ends, a restricted reader)',
    () =>
      store.metrics.readSummaryTotals({
        readScope: { all: false, incidents: ['INC-1'], services: ['checkout'] },
        from: '2026-01-01T06:00:00.000Z',
        to: '2026-03-01T18:00:00.000Z',
        today: '2026-03-02',
        judgedBefore: '2025-12-01T00:00:00.000Z',
        bucketEdgesMs: [0, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, 604800].map(
          (seconds) => seconds * 1000,
        ),
      }),
  );
  await run('metrics.readSummaryTotals (roll-up, everything)', () =>
    store.metrics.readSummaryTotals({
      readScope: { all: true },
      today: '2026-03-02',
      judgedBefore: '2025-12-01T00:00:00.000Z',
      bucketEdgesMs: [0, 300, 900, 1800, 3600, 7200, 14400, 28800, 86400, 259200, 604800].map(
        (seconds) => seconds * 1000,
      ),
    }),
  );
  await run('metrics.readDurationsAtRanks', () =>
    store.metrics.readDurationsAtRanks(query, 'mttr', [0, 1, 4], {
      edgesMs: [0, 300_000],
      buckets: [2, 3],
    }),
  );
  await run('metrics.listStaleSummaries', () => store.metrics.listStaleSummaries(null, 200));
  await run('metrics.listRecurrenceMembers', () => store.metrics.listRecurrenceMembers('all'));
}

/** The action verification check's statements: its row and the evidence searches behind it. */
async function exerciseActionVerifications(
  store: Store,
  run: (label: string, operation: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const verifications = store.actionVerifications;
  const after = '2026-03-01T00:00:00.000Z';
  const until = '2026-03-15T00:00:00.000Z';
  await run('actionVerifications.save', () =>
    verifications.save({
      actionId: 'action-1',
      criteria: { kind: 'no_alert_recurrence', fingerprint: 'f00dfeed', days: 14 },
      state: 'holding',
      since: after,
      checkedAt: until,
      detail: 'No firing so far',
      evidence: [],
      signOff: null,
      updatedAt: until,
    }),
  );
  await run('actionVerifications.get', () => verifications.get('action-1'));
  await run('actionVerifications.listByActionStatus', () =>
    verifications.listByActionStatus(['done', 'verified']),
  );
  await run('actionVerifications.findAlertFirings', () =>
    verifications.findAlertFirings('f00dfeed', after, until),
  );
  await run('actionVerifications.findLogBursts', () =>
    verifications.findLogBursts('connection reset by <*>', after, until),
  );
  await run('actionVerifications.findDeploys', () =>
    verifications.findDeploys('checkout-api v2.4.1', after),
  );
}

function aWebhookDelivery(): WebhookDelivery {
  return {
    id: 'wd-1',
    source: 'alertmanager',
    deliveryKey: 'k-1',
    receivedAt: '2026-03-01T12:00:00.000Z',
    sha256: 'ab'.repeat(32),
    bytes: 120,
    outcome: 'created',
    incidentKey: 'INC-1',
    groupKey: 'group',
    service: 'checkout',
    reason: 'rule "pages" opens an incident for it',
    evidenceId: null,
    entriesAdded: 1,
    duplicatesSkipped: 0,
  };
}

function createTestDatabase(dialect: TestDialect) {
  return dialect === 'sqlite' ? createSqliteTestDatabase() : createPostgresTestDatabase();
}

describe('SQL sent by the repositories', () => {
  for (const dialect of testDialects()) {
    it(`matches test/queries/repositories.${dialect}.sql`, async () => {
      const testDatabase = await createTestDatabase(dialect);
      const database = testDatabase.open();
      await runMigrations(database);
      const statements: string[] = [];
      const db = database.db.withPlugin(recordStatements(database, statements));
      // Blobs are files, not SQL: this folder is never written.
      const store = createStore({ ...database, db }, createFolderBlobStore('unused-blobs'));
      try {
        const text = await exerciseStore(store, statements);
        await expect(text).toMatchFileSnapshot(`queries/repositories.${dialect}.sql`);
      } finally {
        await store.close();
        await testDatabase.dispose();
      }
      // PGlite runs every statement of every repository: minutes on a loaded two-core machine.
    }, 180_000);
  }
});
