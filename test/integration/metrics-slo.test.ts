import {
  computeMetrics,
  createIdGenerator,
  importOpenSlo,
  importSli,
  type Context,
} from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { openTestStore, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// SLO compliance (M7) and error-budget burn (M8) read from the SLO store.

const now = new Date('2026-03-10T12:00:00.000Z');

const openslo = (name: string, service: string) => `
apiVersion: openslo/v1
kind: SLO
metadata: { name: ${name} }
spec:
  service: ${service}
  indicator:
    metadata: { name: ${name}-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: good } } }
        total: { metricSource: { type: Prometheus, spec: { query: total } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`;

/** 60 one-minute samples of 1000 events, `bad` failing in each: budget 60 events. */
function csv(bad: number): () => AsyncIterable<Uint8Array> {
  const lines = ['timestamp,good,total'];
  for (let minute = 59; minute >= 0; minute -= 1) {
    const at = new Date(now.getTime() - minute * 60_000).toISOString();
    lines.push(`${at},${1000 - bad},1000`);
  }
  const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
  return () =>
    (async function* () {
      yield await Promise.resolve(bytes);
    })();
}

describe('SLO metrics', () => {
  let store: TestStore;
  let ctx: Context;
  beforeAll(async () => {
    store = await openTestStore('sqlite');
    ctx = { store, clock: () => now, newId: createIdGenerator() };
  });
  afterAll(async () => {
    await store.close();
  });

  it('says there are no SLOs instead of a number', async () => {
    const metrics = await computeMetrics(ctx, systemPrincipal, {});
    expect(metrics.sloCompliance).toMatchObject({
      rate: null,
      reason: 'no SLOs are defined for this scope',
    });
  });

  it('counts SLOs within budget and averages the budget spent, per service', async () => {
    await importOpenSlo(ctx, systemPrincipal, openslo('checkout-availability', 'checkout-api'));
    await importOpenSlo(ctx, systemPrincipal, openslo('search-availability', 'search-api'));
    // checkout: 0.5 bad a minute → 30 of 60 spent; search: 2 a minute → 120 of 60, overspent.
    await importSli(ctx, systemPrincipal, 'checkout-availability', csv(0.5), { format: 'csv' });
    await importSli(ctx, systemPrincipal, 'search-availability', csv(2), { format: 'csv' });
    const all = await computeMetrics(ctx, systemPrincipal, {});
    expect(all.sloCompliance).toMatchObject({ n: 2, count: 1, rate: 0.5 });
    expect(all.errorBudgetBurn.n).toBe(2);
    expect(all.errorBudgetBurn.rate).toBeCloseTo((0.5 + 2) / 2, 6);
    const checkout = await computeMetrics(ctx, systemPrincipal, { service: 'checkout-api' });
    expect(checkout.sloCompliance).toMatchObject({ n: 1, count: 1, rate: 1 });
    expect(checkout.errorBudgetBurn.rate).toBeCloseTo(0.5, 6);
  });
});
