import {
  computeSloImpact,
  computeSloStatus,
  createIdGenerator,
  createIncident,
  importOpenSlo,
  importSli,
  updateIncident,
  type Context,
} from '@aftermath/core';
import { systemPrincipal } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { expect, it } from 'vitest';

// SLOs end to end on real storage: OpenSLO in, SLI uploads in (CSV and Prometheus JSON), then
// status, the budget an incident spent, and the incident an SLO opens on its own.

const now = new Date('2026-03-10T12:00:00.000Z');
const minutesAgo = (minutes: number): string =>
  new Date(now.getTime() - minutes * 60_000).toISOString();

const openslo = (openIncident: boolean): string => `
apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
  annotations:
    aftermath/open-incident-on-page: "${String(openIncident)}"
spec:
  service: checkout-api
  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: good } } }
        total: { metricSource: { type: Prometheus, spec: { query: total } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.999 }]
`;

const bytes = (text: string) => () =>
  (async function* () {
    yield await Promise.resolve(new TextEncoder().encode(text));
  })();

/** One sample a minute for the last `minutes`, `bad` of 1000 failing in each. */
function csvSeries(minutes: number, bad: (minute: number) => number): string {
  const lines = ['timestamp,good,total'];
  for (let minute = minutes - 1; minute >= 0; minute -= 1) {
    lines.push(`${minutesAgo(minute)},${1000 - bad(minute)},1000`);
  }
  return `${lines.join('\n')}\n`;
}

describeEachDialect('SLOs over real storage', (suite) => {
  const context = (): Context => ({
    store: suite.store(),
    clock: () => now,
    newId: createIdGenerator(),
  });

  it('imports OpenSLO and CSV samples, then reports budget and burn rates', async () => {
    const ctx = context();
    expect(await importOpenSlo(ctx, systemPrincipal, openslo(false))).toEqual({
      slos: ['checkout-availability'],
      servicesCreated: ['checkout-api'],
    });
    // 60 minutes × 1000 events, 3 bad a minute in the last 10: 30 bad of 60 000, budget 60.
    const result = await importSli(
      ctx,
      systemPrincipal,
      'checkout-availability',
      bytes(csvSeries(60, (m) => (m < 10 ? 3 : 0))),
      {
        format: 'csv',
      },
    );
    expect(result).toMatchObject({ samples: 60, incidentOpened: null });
    const [status] = await computeSloStatus(ctx, systemPrincipal);
    expect(status?.budget.total).toBeCloseTo(60, 9);
    expect(status?.budget.spent).toBe(30);
    expect(status?.budget.remaining).toBeCloseTo(0.5, 9);
    // Last 5 minutes: 15 of 5000 = 0.3 % → 3× burn; last hour 30 of 60 000 → 0.5×.
    expect(status?.burnRates[0]?.short).toBeCloseTo(3, 9);
    expect(status?.burnRates[0]?.long).toBeCloseTo(0.5, 9);
    expect(status?.alert).toBe('ok');
  });

  it('merges Prometheus good and total uploads and rejects a bad file without storing any of it', async () => {
    const ctx = context();
    await importOpenSlo(ctx, systemPrincipal, openslo(false));
    const matrix = (values: [number, string][]) =>
      JSON.stringify({
        status: 'success',
        data: { resultType: 'matrix', result: [{ metric: {}, values }] },
      });
    const t = (minutes: number): number => Date.parse(minutesAgo(minutes)) / 1000;
    const name = 'checkout-availability';
    await importSli(
      ctx,
      systemPrincipal,
      name,
      bytes(
        matrix([
          [t(2), '990'],
          [t(1), '1000'],
        ]),
      ),
      { format: 'prometheus', series: 'good' },
    );
    await importSli(
      ctx,
      systemPrincipal,
      name,
      bytes(
        matrix([
          [t(2), '1000'],
          [t(1), '1000'],
        ]),
      ),
      { format: 'prometheus', series: 'total' },
    );
    const [status] = await computeSloStatus(ctx, systemPrincipal, { name });
    expect(status?.budget.spent).toBe(10);
    const broken = `${csvSeries(3, () => 0)}not-a-time,1,1\n`;
    await expect(
      importSli(ctx, systemPrincipal, name, bytes(broken), { format: 'csv' }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('line 5, column timestamp') as unknown,
    });
    const [after] = await computeSloStatus(ctx, systemPrincipal, { name });
    expect(after?.budget).toEqual(status?.budget);
    await expect(
      importSli(ctx, systemPrincipal, name, bytes(matrix([])), { format: 'prometheus' }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('series') as unknown,
    });
  });

  it('reports the budget an incident spent inside its impact window', async () => {
    const ctx = context();
    await importOpenSlo(ctx, systemPrincipal, openslo(false));
    // 100 bad a minute from 40 to 31 minutes ago (10 samples): 1000 bad inside the window.
    await importSli(
      ctx,
      systemPrincipal,
      'checkout-availability',
      bytes(csvSeries(60, (m) => (m >= 31 && m <= 40 ? 100 : 0))),
      {
        format: 'csv',
      },
    );
    const incident = await createIncident(ctx, systemPrincipal, {
      title: 'Checkout errors',
      severity: 'SEV2',
      type: 'outage',
      services: ['checkout-api'],
      commander: null,
      visibility: 'normal',
      tags: [],
      customerImpact: { description: '', usersAffected: null, requestsAffected: null },
      milestones: {},
      milestoneOrderOverride: null,
    });
    await updateIncident(ctx, systemPrincipal, incident.key, incident.version, {
      milestones: { impactStartedAt: minutesAgo(41), resolvedAt: minutesAgo(30) },
    });
    const impact = await computeSloImpact(ctx, systemPrincipal, incident.key);
    // The period ending 30 minutes ago holds 30 samples = 30 000 events: budget 30.
    expect(impact).toMatchObject({
      from: minutesAgo(41),
      to: minutesAgo(30),
      bounds: { from: 'impactStartedAt', to: 'resolvedAt' },
    });
    expect(impact.items).toHaveLength(1);
    expect(impact.items[0]?.spent).toBe(1000);
    expect(impact.items[0]?.budgetTotal).toBeCloseTo(30, 9);
    expect(impact.items[0]?.fraction).toBeCloseTo(1000 / 30, 6);
  });

  it('opens one incident for the service when the page condition holds, and not a second', async () => {
    const ctx = context();
    await importOpenSlo(ctx, systemPrincipal, openslo(true));
    // 50 bad of 1000 every minute: 5 % errors = 50× burn in every window.
    const burning = bytes(csvSeries(60, () => 50));
    const first = await importSli(ctx, systemPrincipal, 'checkout-availability', burning, {
      format: 'csv',
    });
    expect(first.status[0]?.alert).toBe('page');
    expect(first.incidentOpened).toBe('INC-1');
    const incident = await ctx.store.incidents.get('INC-1');
    expect(incident).toMatchObject({
      services: ['checkout-api'],
      severity: 'SEV2',
      tags: ['slo-triggered'],
      status: 'open',
    });
    expect(incident?.title).toContain('checkout-availability');
    const second = await importSli(ctx, systemPrincipal, 'checkout-availability', burning, {
      format: 'csv',
    });
    expect(second.incidentOpened).toBeNull();
    expect((await ctx.store.incidents.list({ limit: 50, offset: 0 })).total).toBe(1);
  });

  it('leaves incidents alone when the SLO does not ask for them', async () => {
    const ctx = context();
    await importOpenSlo(ctx, systemPrincipal, openslo(false));
    const result = await importSli(
      ctx,
      systemPrincipal,
      'checkout-availability',
      bytes(csvSeries(60, () => 50)),
      { format: 'csv' },
    );
    expect(result).toMatchObject({ incidentOpened: null, status: [{ alert: 'page' }] });
  });
});
