import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  backupWorkspace,
  computeMetrics,
  createIdGenerator,
  createIncident,
  getIncident,
  importEvidence,
  restoreWorkspace,
  searchIncidents,
  updateIncident,
  type ArchiveRow,
  type Context,
  type Store,
} from '@aftermath/core';
import { createIncidentInput, systemPrincipal } from '@aftermath/domain';
import { openTestStore, testDialects, type TestStore } from '@aftermath/storage/testing';
import { afterEach, describe, expect, it } from 'vitest';

const now = new Date('2026-11-01T12:00:00Z');
const logLines = '2026-11-01T10:00:00Z ERROR payments: connection refused to db-primary\n';
const inlineBody = '{"version":"4","status":"firing"}';

function contextFor(store: Store): Context {
  return { store, clock: () => now, newId: createIdGenerator() };
}

function bytesOf(buffer: Uint8Array): AsyncIterable<Uint8Array> {
  return Readable.from([buffer]);
}

/** A backup of `store` as the bytes of the file. */
async function backupOf(store: TestStore): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await backupWorkspace(contextFor(store), systemPrincipal, store.archive, sink);
  return Buffer.concat(chunks);
}

/** Every table's rows, as the archive reads them, by table. */
async function tablesOf(store: TestStore): Promise<Record<string, ArchiveRow[]>> {
  const tables: Record<string, ArchiveRow[]> = {};
  await store.archive.exportRows((table, row) => {
    (tables[table] ??= []).push(row);
    return Promise.resolve();
  });
  return tables;
}

/** Incidents, a service, a setting, a recurrence link and one imported log file (a blob). */
async function fillWorkspace(store: TestStore): Promise<void> {
  const ctx = contextFor(store);
  for (const title of ['Checkout latency', 'Search index stale', 'Login errors']) {
    await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title, severity: 'SEV3', services: ['payments'] }),
    );
  }
  await store.services.upsert({
    name: 'payments',
    team: 'core',
    tier: 1,
    description: 'Takes money',
  });
  await store.settings.set('backup-test', { keep: ['this', 1, null] });
  const first = await createIncident(
    ctx,
    systemPrincipal,
    createIncidentInput.parse({ title: 'Payments down', severity: 'SEV2' }),
  );
  const again = await createIncident(
    ctx,
    systemPrincipal,
    createIncidentInput.parse({ title: 'Payments down again', severity: 'SEV2' }),
  );
  await updateIncident(ctx, systemPrincipal, again.key, again.version, { recurrenceOf: first.key });
  // A webhook delivery whose small body is kept in the database rather than as a file.
  const kept = await store.blobs.keepSmall(Buffer.from(inlineBody));
  await store.webhookDeliveries.insert({
    id: 'dlv-backup',
    source: 'alertmanager',
    deliveryKey: 'backup-test',
    receivedAt: now.toISOString(),
    sha256: kept.sha256,
    bytes: kept.bytes,
    outcome: 'unrouted',
    incidentKey: null,
    groupKey: null,
    service: null,
    reason: 'no rule matched',
    evidenceId: null,
    entriesAdded: 0,
    duplicatesSkipped: 0,
  });
  await importEvidence(ctx, systemPrincipal, first.key, {
    source: bytesOf(Buffer.from(logLines)),
    name: 'payments.log',
    format: 'auto',
    channel: 'cli',
  });
}

function rewriteLines(backup: Buffer, change: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(backup).toString('utf8').trimEnd().split('\n');
  return gzipSync(`${change(lines).join('\n')}\n`);
}

const opened: TestStore[] = [];
async function open(dialect: 'sqlite' | 'postgres'): Promise<TestStore> {
  const store = await openTestStore(dialect);
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const store of opened.splice(0).reverse()) await store.close();
});

const dialects = testDialects();
const pairs = dialects.flatMap((from) => dialects.map((to) => [from, to] as const));

describe.each(pairs)('backup from %s, restore into %s', { timeout: 120_000 }, (from, to) => {
  it('gives back every table, the blobs, the search index and the incident counter', async () => {
    const source = await open(from);
    await fillWorkspace(source);
    const backup = await backupOf(source);
    const target = await open(to);
    const report = await restoreWorkspace(
      contextFor(target),
      systemPrincipal,
      target.archive,
      bytesOf(backup),
    );

    // The inline body travels once, as a blob record, not also as a row of its table.
    expect(report.blobs).toBe(2);
    expect(gunzipSync(backup).toString('utf8')).not.toContain('"t":"inline_blobs"');
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
    const inline: Uint8Array[] = [];
    const inlineSha = createHash('sha256').update(inlineBody).digest('hex');
    for await (const chunk of target.blobs.open(inlineSha)) inline.push(chunk);
    expect(Buffer.concat(inline).toString('utf8')).toBe(inlineBody);
    const [evidence] = (await tablesOf(target)).evidence ?? [];
    const chunks: Uint8Array[] = [];
    for await (const chunk of target.blobs.open(evidence?.sha256 as string)) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(logLines);
    const ctx = contextFor(target);
    // The metrics summary is derived: not in the backup, worked out again by the restore.
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    expect(metrics.incidents).toBe(5);
    expect(metrics).toEqual(await computeMetrics(contextFor(source), systemPrincipal, {}));
    const found = await searchIncidents(ctx, systemPrincipal, { q: 'payments' });
    expect(found.items.map((item) => item.key)).toEqual(expect.arrayContaining(['INC-4', 'INC-5']));
    const last = (await source.incidents.list({ limit: 1000, offset: 0 })).items.length;
    const next = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'After restore', severity: 'SEV4' }),
    );
    expect(next.key).toBe(`INC-${last + 1}`);
    const again = await getIncident(ctx, systemPrincipal, `INC-${last}`);
    expect(again.recurrenceOf).toBe(`INC-${last - 1}`);
  });
});

describe.each(dialects)('restore into %s refuses', { timeout: 120_000 }, (dialect) => {
  it('a database with data unless forced, then replaces it', async () => {
    const source = await open(dialect);
    await fillWorkspace(source);
    const backup = await backupOf(source);
    const target = await open(dialect);
    const ctx = contextFor(target);
    await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Only here', severity: 'SEV3' }),
    );
    await expect(
      restoreWorkspace(ctx, systemPrincipal, target.archive, bytesOf(backup)),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('--force') as string,
    });
    expect((await target.incidents.get('INC-1'))?.title).toBe('Only here');
    await restoreWorkspace(ctx, systemPrincipal, target.archive, bytesOf(backup), { force: true });
    expect(await tablesOf(target)).toEqual(await tablesOf(source));
  });

  it('a backup from a newer schema, naming the unknown migration', async () => {
    const source = await open(dialect);
    await fillWorkspace(source);
    const newer = rewriteLines(await backupOf(source), ([header = '', ...rest]) => {
      const parsed = JSON.parse(header) as { migrations: string[] };
      parsed.migrations.push('2099-01-01T000000-from-the-future');
      return [JSON.stringify(parsed), ...rest];
    });
    const target = await open(dialect);
    await expect(
      restoreWorkspace(contextFor(target), systemPrincipal, target.archive, bytesOf(newer)),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('2099-01-01T000000-from-the-future') as string,
    });
  });

  it('a truncated or damaged backup, leaving the target as it was', async () => {
    const source = await open(dialect);
    await fillWorkspace(source);
    const backup = await backupOf(source);
    const target = await open(dialect);
    const ctx = contextFor(target);
    await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({ title: 'Keep me', severity: 'SEV3' }),
    );
    const before = await tablesOf(target);
    const truncated = rewriteLines(backup, (lines) => lines.slice(0, -1));
    await expect(
      restoreWorkspace(ctx, systemPrincipal, target.archive, bytesOf(truncated), { force: true }),
    ).rejects.toThrow(/truncated/);
    const damaged = rewriteLines(backup, (lines) => [
      ...lines.slice(0, -3),
      '{"t":"incidents","r":{"key":"INC-1"}}',
      ...lines.slice(-1),
    ]);
    await expect(
      restoreWorkspace(ctx, systemPrincipal, target.archive, bytesOf(damaged), { force: true }),
    ).rejects.toThrow();
    await expect(
      restoreWorkspace(ctx, systemPrincipal, target.archive, bytesOf(Buffer.from('not gzip')), {
        force: true,
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    expect(await tablesOf(target)).toEqual(before);
  });
});
