import { Readable } from 'node:stream';
import {
  createIdGenerator,
  createIncident,
  importEvidence,
  purgeExpiredEvidence,
  setEvidenceRetention,
  updateIncident,
  type Context,
  type Store,
} from '@aftermath/core';
import { createIncidentInput, systemPrincipal, type Incident } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

const closedOn = new Date('2026-10-01T12:00:00Z');
const day = 86_400_000;
const shared = '2026-10-01T10:00:00Z ERROR shared: connection refused to db-primary\n';
const only = '2026-10-01T10:05:00Z ERROR checkout: pool exhausted\n';

function contextAt(store: Store, at: Date): Context {
  return { store, clock: () => at, newId: createIdGenerator() };
}

async function importText(ctx: Context, incident: Incident, text: string, name: string) {
  return importEvidence(ctx, systemPrincipal, incident.key, {
    source: Readable.from([Buffer.from(text)]),
    name,
    format: 'auto',
    channel: 'cli',
  });
}

/** INC-1 closed on `closedOn` with two files; INC-2 still open with one of the same files. */
async function twoIncidents(store: Store) {
  const ctx = contextAt(store, closedOn);
  const input = (title: string) => createIncidentInput.parse({ title, severity: 'SEV3' });
  const closed = await createIncident(ctx, systemPrincipal, input('Checkout down'));
  const open = await createIncident(ctx, systemPrincipal, input('Still open'));
  const sharedFile = await importText(ctx, closed, shared, 'shared.log');
  const onlyFile = await importText(ctx, closed, only, 'checkout.log');
  await importText(ctx, open, shared, 'shared.log');
  const resolved = await updateIncident(ctx, systemPrincipal, closed.key, closed.version, {
    status: 'resolved',
  });
  await updateIncident(ctx, systemPrincipal, closed.key, resolved.version, { status: 'closed' });
  return { closed, sharedFile, onlyFile };
}

describeEachDialect('evidence retention', (suite) => {
  it('keeps everything while no retention is set', async () => {
    const store = suite.store();
    const { onlyFile } = await twoIncidents(store);
    const report = await purgeExpiredEvidence(
      contextAt(store, new Date(closedOn.getTime() + 400 * day)),
      systemPrincipal,
    );
    expect(report).toMatchObject({ keepDaysAfterClose: null, purged: [] });
    expect(await store.blobs.has(onlyFile.sha256)).toBe(true);
  });

  it('purges raw files of incidents closed longer ago than the retention, keeping entries and shared files', async () => {
    const store = suite.store();
    const { closed, sharedFile, onlyFile } = await twoIncidents(store);
    await setEvidenceRetention(contextAt(store, closedOn), systemPrincipal, {
      keepDaysAfterClose: 30,
    });
    const entries = (await store.timeline.listByIncident(closed.key)).length;

    const early = await purgeExpiredEvidence(
      contextAt(store, new Date(closedOn.getTime() + 29 * day)),
      systemPrincipal,
    );
    expect(early.purged).toEqual([]);

    const later = contextAt(store, new Date(closedOn.getTime() + 31 * day));
    const dry = await purgeExpiredEvidence(later, systemPrincipal, { dryRun: true });
    expect(dry.purged.map((blob) => blob.sha256)).toEqual([onlyFile.sha256]);
    expect(await store.blobs.has(onlyFile.sha256)).toBe(true);

    const report = await purgeExpiredEvidence(later, systemPrincipal);
    expect(report.purged).toEqual([
      {
        sha256: onlyFile.sha256,
        bytes: only.length,
        evidence: [{ id: onlyFile.id, incidentKey: closed.key, name: 'checkout.log' }],
      },
    ]);
    expect(report.bytesFreed).toBe(only.length);
    expect(await store.blobs.has(onlyFile.sha256)).toBe(false);
    expect(await store.blobs.has(sharedFile.sha256)).toBe(true);
    expect((await store.timeline.listByIncident(closed.key)).length).toBe(entries);
    expect(await store.evidence.get(onlyFile.id)).toMatchObject({ sha256: onlyFile.sha256 });
    expect((await purgeExpiredEvidence(later, systemPrincipal)).purged).toEqual([]);
  });

  it('refuses a retention that is not a whole number of days, naming the field', async () => {
    const ctx = contextAt(suite.store(), closedOn);
    await expect(
      setEvidenceRetention(ctx, systemPrincipal, { keepDaysAfterClose: -1 }),
    ).rejects.toMatchObject({
      code: 'validation',
      details: [{ path: 'keepDaysAfterClose' }],
    });
    await expect(
      setEvidenceRetention(ctx, systemPrincipal, { keepDaysAfterClose: 1.5 }),
    ).rejects.toThrow(/keepDaysAfterClose/);
  });
});
