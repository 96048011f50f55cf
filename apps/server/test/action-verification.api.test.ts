import { checkActionVerifications, type Context } from '@aftermath/core';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Action {
  id: string;
  status: string;
  version: number;
}
interface Verification {
  state: string;
  detail: string;
  since: string | null;
  evidence: { at: string; summary: string; incidentKey: string | null; entryId: string | null }[];
  signOff: { by: string; note: string } | null;
}

const day = 86_400_000;
const doneAt = Date.parse('2026-11-20T10:00:00.000Z'); // the harness clock
const later = (days: number, hours = 0) => new Date(doneAt + days * day + hours * 3_600_000);

/** An Alertmanager v4 webhook body with one firing alert, as Alertmanager posts it. */
function alertGroup(fingerprint: string, startsAt: string): string {
  return JSON.stringify({
    version: '4',
    groupKey: '{}:{alertname="PoolSaturated"}',
    status: 'firing',
    receiver: 'aftermath',
    groupLabels: { alertname: 'PoolSaturated' },
    commonLabels: { alertname: 'PoolSaturated', service: 'checkout' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.local',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'PoolSaturated', service: 'checkout' },
        annotations: { summary: 'Connection pool saturated' },
        startsAt,
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.local/graph',
        fingerprint,
      },
    ],
  });
}

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-latency
spec:
  service: checkout
  indicator:
    metadata: { name: checkout-p99 }
    spec:
      thresholdMetric: { metricSource: { type: Prometheus, spec: { query: p99 } } }
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ op: lte, value: 0.5, target: 0.9 }]
`;

describe.each(testDialects())('action verification on %s', (dialect) => {
  let api: ApiHarness;
  let key: string;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    const created = await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout pool exhausted',
      severity: 'SEV2',
      services: ['checkout'],
    });
    key = created.json<{ key: string }>().key;
  });
  afterEach(async () => {
    await api.close();
  });

  const ctxAt = (at: Date): Context => ({
    store: api.store,
    clock: () => at,
    newId: () => crypto.randomUUID(),
  });
  const addAction = async (title: string) => {
    const response = await api.request('POST', `/api/v1/incidents/${key}/actions`, {
      title,
      owner: 'dana',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Action>();
  };
  const setCriteria = async (id: string, criteria: Record<string, unknown>) => {
    const response = await api.request('PUT', `/api/v1/actions/${id}/verification`, { criteria });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Verification>();
  };
  const markDone = async (action: Action) => {
    const response = await api.request(
      'PATCH',
      `/api/v1/actions/${action.id}`,
      { status: 'done' },
      { 'if-match': `"${action.version}"` },
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Action>();
  };
  const statusOf = async (id: string) =>
    (await api.request('GET', `/api/v1/actions/${id}`)).json<Action>().status;
  const verificationOf = async (id: string) =>
    (await api.request('GET', `/api/v1/actions/${id}/verification`)).json<Verification>();
  const upload = async (format: string, payload: string) => {
    const response = await api.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${key}/evidence?format=${format}`,
      headers: { ...api.authHeaders, 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
  };

  it('reopens a done action when its alert fires again, with the alert as evidence; verifies a quiet one', async () => {
    const recurring = await addAction('Cap pool connections');
    const quiet = await addAction('Alert on pool saturation');
    expect(
      await setCriteria(recurring.id, {
        kind: 'no_alert_recurrence',
        fingerprint: 'f00dfeed12345678',
        days: 7,
      }),
    ).toMatchObject({ state: 'waiting', since: null });
    await setCriteria(quiet.id, { kind: 'no_alert_recurrence', fingerprint: 'abad1dea', days: 7 });
    await markDone(recurring);
    await markDone(quiet);

    // Two days later the same alert fires again (ingested like any Alertmanager webhook body).
    await upload('alertmanager', alertGroup('f00dfeed12345678', later(2).toISOString()));
    const first = await checkActionVerifications(ctxAt(later(3)));
    expect(first).toEqual({ checked: 2, verified: [], reopened: [recurring.id] });
    expect(await statusOf(recurring.id)).toBe('open');
    const broken = await verificationOf(recurring.id);
    expect(broken.state).toBe('broken');
    expect(broken.detail).toContain('recurred 1 time');
    expect(broken.evidence).toEqual([
      expect.objectContaining({
        at: later(2).toISOString(),
        incidentKey: key,
        summary: expect.stringContaining('PoolSaturated') as unknown,
      }),
    ]);
    expect(await verificationOf(quiet.id)).toMatchObject({ state: 'holding' });
    expect(await statusOf(quiet.id)).toBe('done');

    const second = await checkActionVerifications(ctxAt(later(7, 1)));
    expect(second.verified).toEqual([quiet.id]);
    expect(await statusOf(quiet.id)).toBe('verified');
    expect((await verificationOf(quiet.id)).detail).toContain('for 7 days');
  }, 120_000);

  it('verifies on an SLO burn rate below the threshold for N days, and reopens when a day burns hot', async () => {
    expect((await api.request('POST', '/api/v1/slos', { openslo })).statusCode).toBe(201);
    const steady = await addAction('Tune pool size');
    await setCriteria(steady.id, {
      kind: 'slo_burn_rate',
      slo: 'checkout-latency',
      below: 1,
      days: 3,
    });
    await markDone(steady);
    // One p99 sample an hour for three days: all fast on days one and three, day two ...
    const samples = (slowOnDayTwo: boolean) =>
      Array.from({ length: 72 }, (_, hour) => {
        const slow = slowOnDayTwo && hour >= 24 && hour < 48 && hour % 4 === 0;
        return [(doneAt + (hour + 1) * 3_600_000) / 1000, slow ? '0.9' : '0.2'];
      });
    const matrix = (values: unknown[]) =>
      JSON.stringify({
        status: 'success',
        data: { resultType: 'matrix', result: [{ metric: {}, values }] },
      });
    const quiet = await api.request(
      'POST',
      '/api/v1/slos/checkout-latency/sli?format=prometheus',
      matrix(samples(false)),
    );
    expect(quiet.statusCode, quiet.body).toBe(201);
    expect((await checkActionVerifications(ctxAt(later(2)))).verified).toEqual([]);
    expect((await verificationOf(steady.id)).detail).toContain('on 2 of 3 days so far');
    expect((await checkActionVerifications(ctxAt(later(3)))).verified).toEqual([steady.id]);
    expect(await statusOf(steady.id)).toBe('verified');

    // New samples: one in four of day two is slow (25 % bad against a 10 % budget: burn 2.5).
    await api.request(
      'POST',
      '/api/v1/slos/checkout-latency/sli?format=prometheus',
      matrix(samples(true)),
    );
    const report = await checkActionVerifications(ctxAt(later(3, 1)));
    expect(report.reopened).toEqual([steady.id]);
    const broken = await verificationOf(steady.id);
    expect(broken.state).toBe('broken');
    expect(broken.evidence[0]?.summary).toMatch(/^Burn rate 2\.50 of checkout-latency/);
  }, 120_000);

  it('verifies when a deploy naming the change arrives, through the check endpoint', async () => {
    const fix = await addAction('Ship pool fix');
    await setCriteria(fix.id, { kind: 'deploy_seen', change: 'Pool-Fix-2.4.1' });
    await markDone(fix);
    const run = () => api.request('POST', '/api/v1/actions/verification-checks');
    expect((await run()).json()).toEqual({ checked: 1, verified: [], reopened: [] });
    await upload(
      'deploy',
      JSON.stringify({
        service: 'checkout',
        version: 'pool-fix-2.4.1',
        who: 'ci-bot',
        when: '2026-11-20T11:00:00Z',
        kind: 'deploy',
      }),
    );
    expect((await run()).json()).toEqual({ checked: 1, verified: [fix.id], reopened: [] });
    expect(await statusOf(fix.id)).toBe('verified');
    expect((await verificationOf(fix.id)).evidence[0]?.summary).toContain('pool-fix-2.4.1');
  }, 120_000);

  it('lets only the named person sign a done action off, with a note', async () => {
    const drill = await addAction('Run a failover drill');
    await setCriteria(drill.id, { kind: 'sign_off', person: 'dana' });
    const dana = await api.addUser('dana', 'responder');
    const signOff = (headers: Record<string, string>) =>
      api.request(
        'POST',
        `/api/v1/actions/${drill.id}/verification/sign-off`,
        { note: 'Drill passed; runbook updated.' },
        headers,
      );
    const early = await signOff(dana.authHeaders);
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('mark it done first');
    const done = await markDone(drill);
    // Not by hand either, once criteria are set.
    const byHand = await api.request(
      'PATCH',
      `/api/v1/actions/${drill.id}`,
      { status: 'verified' },
      { 'if-match': `"${done.version}"` },
    );
    expect(byHand.statusCode).toBe(409);
    expect((await signOff(api.authHeaders)).statusCode).toBe(403);
    expect(await statusOf(drill.id)).toBe('done');

    const signed = await signOff(dana.authHeaders);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json<Verification>()).toMatchObject({
      state: 'met',
      signOff: { by: 'dana', note: 'Drill passed; runbook updated.' },
    });
    expect(await statusOf(drill.id)).toBe('verified');
  }, 120_000);

  it('refuses criteria naming an unknown SLO or kind, and keeps what was set', async () => {
    const action = await addAction('Tune pool size');
    await setCriteria(action.id, { kind: 'deploy_seen', change: 'pool-fix' });
    const unknownSlo = await api.request('PUT', `/api/v1/actions/${action.id}/verification`, {
      criteria: { kind: 'slo_burn_rate', slo: 'nope', below: 1, days: 7 },
    });
    expect(unknownSlo.statusCode).toBe(400);
    expect(unknownSlo.json<{ error: { details: { path: string }[] } }>().error.details).toEqual([
      expect.objectContaining({ path: 'criteria.slo' }),
    ]);
    const badKind = await api.request('PUT', `/api/v1/actions/${action.id}/verification`, {
      criteria: { kind: 'vibes', days: 7 },
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.body).toContain('criteria.kind');
    expect((await verificationOf(action.id)).detail).toContain('a deploy of pool-fix');
  }, 120_000);
});
