import {
  computeMetrics,
  createIdGenerator,
  getPostmortemChecklist,
  loadDemoWorkspace,
  type Context,
} from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { openTestStore, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The demo places its incidents relative to this clock; metrics are asked at the same instant.
const now = new Date('2026-11-01T12:00:00Z');

describe('metrics on the demo workspace', () => {
  let store: TestStore;
  let ctx: Context;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    ctx = { store, clock: () => now, newId: createIdGenerator() };
    await loadDemoWorkspace(ctx, systemPrincipal);
  });
  afterAll(async () => {
    await store.close();
  });

  it('measures postmortem lag for exactly the postmortems that went through publication', async () => {
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    // Four demo postmortems reached published (one of them then closed); the others never did.
    expect(metrics.postmortemLag).toMatchObject({ n: 4, excluded: metrics.incidents - 4 });
    expect(metrics.postmortemLag.median).toBeGreaterThan(0);
  });

  it('filters by team through the services the team owns', async () => {
    const all = await store.incidents.list({ limit: 500, offset: 0 });
    const payments = all.items.filter((incident) =>
      incident.services.some((service) => service === 'checkout-api' || service === 'payments-db'),
    );
    const metrics = await computeMetrics(ctx, systemPrincipal, { team: 'payments' });
    expect(payments.length).toBeGreaterThan(0);
    expect(metrics.incidents).toBe(payments.length);
    expect(metrics.frequency.perService.map((s) => s.service)).toEqual(
      expect.arrayContaining(['checkout-api']),
    );
  });

  it('pools the quality checklist of every postmortem into RCA completeness', async () => {
    const all = await store.incidents.list({ limit: 500, offset: 0 });
    let passed = 0;
    let total = 0;
    for (const incident of all.items) {
      if (!(await store.postmortems.get(incident.key))) continue;
      const checklist = await getPostmortemChecklist(ctx, systemPrincipal, incident.key);
      const scored = checklist.items.filter((item) => item.weight > 0);
      passed += scored.filter((item) => item.passed).length;
      total += scored.length;
    }
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    expect(total).toBeGreaterThan(0);
    expect(metrics.rcaCompleteness).toMatchObject({ n: total, count: passed, reason: null });
  });

  it('reports sources it does not have as null with a reason', async () => {
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    expect(metrics.sloCompliance).toMatchObject({ rate: null });
    expect(metrics.sloCompliance.reason).not.toBeNull();
  });
});
