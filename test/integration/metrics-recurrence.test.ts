import {
  computeMetrics,
  createIdGenerator,
  createIncident,
  updateIncident,
  type Context,
} from '@aftermath/core';
import { createIncidentInput, systemPrincipal } from '@aftermath/domain';
import { openTestStore, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Recurrence (M4) from recurrenceOf links, on real storage.

const now = new Date('2026-11-01T00:00:00.000Z');

describe('recurrence rate', () => {
  let store: TestStore;
  let ctx: Context;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    ctx = { store, clock: () => now, newId: createIdGenerator() };
    const create = async (title: string, impact: string, severity: 'SEV1' | 'SEV2') =>
      createIncident(
        ctx,
        systemPrincipal,
        createIncidentInput.parse({ title, severity, milestones: { impactStartedAt: impact } }),
      );
    const link = async (key: string, to: string) => {
      const incident = await store.incidents.get(key);
      await updateIncident(ctx, systemPrincipal, key, incident?.version ?? 0, { recurrenceOf: to });
    };
    await create('Cache stampede', '2026-01-01T00:00:00.000Z', 'SEV1'); // INC-1
    await create('Cache stampede again', '2026-02-01T00:00:00.000Z', 'SEV2'); // INC-2, 31 days on
    await create('Cache stampede, third time', '2026-06-01T00:00:00.000Z', 'SEV2'); // INC-3, 120 days on
    await create('Disk full', '2026-01-05T00:00:00.000Z', 'SEV1'); // INC-4
    await create('Too recent to judge', '2026-10-01T00:00:00.000Z', 'SEV1'); // INC-5
    await link('INC-2', 'INC-1');
    await link('INC-3', 'INC-2');
  });
  afterAll(async () => {
    await store.close();
  });

  it('counts an incident whose family came back within 90 days; recent ones are not judged', async () => {
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    // INC-1 recurred (INC-2 after 31 days); INC-2 did not (INC-3 came 120 days later); INC-3 and
    // INC-4 did not; INC-5 is younger than 90 days.
    expect(metrics.recurrence).toMatchObject({ n: 4, count: 1, rate: 0.25, excluded: 1 });
  });

  it('counts a recurrence that lies outside the filter', async () => {
    const sev1 = await computeMetrics(ctx, systemPrincipal, { severity: 'SEV1' });
    // INC-1 (SEV1) recurred as INC-2 (SEV2); INC-4 did not; INC-5 is too recent.
    expect(sev1.recurrence).toMatchObject({ n: 2, count: 1, excluded: 1 });
  });
});
