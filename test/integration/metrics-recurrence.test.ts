import {
  computeMetrics,
  createIdGenerator,
  createIncident,
  updateIncident,
  type Context,
} from '@aftermath/core';
import { createIncidentInput, systemPrincipal, type Principal } from '@aftermath/domain';
import { computeMetricsOneByOne } from '@aftermath/core/testing';
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
    const link = async (key: string, to: string | null) => {
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

  it('follows links that move, and a start that moves, in the families the summary keeps', async () => {
    const at = async (key: string) => (await store.incidents.get(key))!;
    // INC-4 joins INC-1's family 4 days after it: INC-1's next member is now INC-4, INC-4 recurred
    // (INC-2 27 days later).
    await updateIncident(ctx, systemPrincipal, 'INC-4', (await at('INC-4')).version, {
      recurrenceOf: 'INC-1',
    });
    expect((await computeMetrics(ctx, systemPrincipal, {})).recurrence.count).toBe(2);
    // INC-2 leaves the family and takes INC-3 along: INC-4 loses its recurrence, INC-1 keeps one
    // (INC-4 came 4 days later); INC-2 and INC-3 are 120 days apart.
    await updateIncident(ctx, systemPrincipal, 'INC-2', (await at('INC-2')).version, {
      recurrenceOf: null,
    });
    expect((await computeMetrics(ctx, systemPrincipal, {})).recurrence.count).toBe(1);
    // INC-3 starts 60 days after INC-2 instead of 120: INC-2 recurred too.
    await updateIncident(ctx, systemPrincipal, 'INC-3', (await at('INC-3')).version, {
      milestones: { impactStartedAt: '2026-04-02T00:00:00.000Z' },
    });
    const moved = await computeMetrics(ctx, systemPrincipal, {});
    expect(moved.recurrence.count).toBe(2);
    expect(moved.recurrence).toEqual(
      (await computeMetricsOneByOne(ctx, systemPrincipal, {})).recurrence,
    );
    // Back as the other tests expect it.
    await updateIncident(ctx, systemPrincipal, 'INC-3', (await at('INC-3')).version, {
      milestones: { impactStartedAt: '2026-06-01T00:00:00.000Z' },
    });
    await updateIncident(ctx, systemPrincipal, 'INC-2', (await at('INC-2')).version, {
      recurrenceOf: 'INC-1',
    });
    await updateIncident(ctx, systemPrincipal, 'INC-4', (await at('INC-4')).version, {
      recurrenceOf: null,
    });
    expect((await computeMetrics(ctx, systemPrincipal, {})).recurrence.count).toBe(1);
  });

  it('works the families out for a reader who may not see one of their incidents', async () => {
    const restricted = await createIncident(
      ctx,
      systemPrincipal,
      createIncidentInput.parse({
        title: 'Disk full again',
        severity: 'SEV1',
        visibility: 'restricted',
        milestones: { impactStartedAt: '2026-01-20T00:00:00.000Z' },
      }),
    );
    await updateIncident(ctx, systemPrincipal, restricted.key, restricted.version, {
      recurrenceOf: 'INC-4',
    });
    const viewer: Principal = { kind: 'user', username: 'vic', role: 'viewer', scopes: ['read'] };
    // Everyone who sees it: INC-4 recurred (15 days later), and the restricted one is judged.
    expect((await computeMetrics(ctx, systemPrincipal, {})).recurrence).toMatchObject({
      n: 5,
      count: 2,
    });
    // The viewer does not see the restricted incident, so INC-4 did not recur for them.
    const seen = await computeMetrics(ctx, viewer, {});
    expect(seen.recurrence).toMatchObject({ n: 4, count: 1 });
    expect(seen.recurrence).toEqual((await computeMetricsOneByOne(ctx, viewer, {})).recurrence);
  });

  it('counts a recurrence that lies outside the filter', async () => {
    const sev1 = await computeMetrics(ctx, systemPrincipal, { severity: 'SEV1' });
    // INC-1 (SEV1) recurred as INC-2 (SEV2); INC-4 recurred as the restricted INC-6; INC-5 is
    // too recent.
    expect(sev1.recurrence).toMatchObject({ n: 3, count: 2, excluded: 1 });
  });
});
