import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        bad: { metricSource: { type: Prometheus, spec: { query: errors } } }
        total: { metricSource: { type: Prometheus, spec: { query: requests } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ targetPercent: 99 }]
`;

/** One sample a minute over the impact window, `bad` of 1000 requests failing (objective: 1%). */
function sliCsv(bad = 50): string {
  const start = Date.parse('2026-11-16T09:00:00Z');
  const rows = Array.from({ length: 60 }, (_, minute) => {
    const at = new Date(start + (minute + 1) * 60_000).toISOString();
    return `${at},${bad},1000`;
  });
  return ['timestamp,bad,total', ...rows].join('\n');
}

describe.each(testDialects())('decision policy with SLO facts on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout errors',
      severity: 'SEV3',
      services: ['checkout'],
      milestones: {
        impactStartedAt: '2026-11-16T09:00:00Z',
        detectedAt: '2026-11-16T09:05:00Z',
        mitigatedAt: '2026-11-16T09:50:00Z',
        resolvedAt: '2026-11-16T10:00:00Z',
      },
    });
    await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      sections: { impact: '1,200 customers saw failed payments.' },
    });
    const created = await api.request('POST', '/api/v1/slos', { openslo });
    expect(created.statusCode).toBe(201);
  });
  afterEach(async () => {
    await api.close();
  });

  it('asks for the budget spent while the SLO has no data for the window', async () => {
    const policy = await api.request('GET', '/api/v1/incidents/INC-1/policy');
    expect(policy.json()).toMatchObject({ requirement: 'lightweight' });
    const checklist = await api.request('GET', '/api/v1/incidents/INC-1/postmortem/checklist');
    const impact = checklist
      .json<{ items: { id: string; passed: boolean; why: string }[] }>()
      .items.find((item) => item.id === 'impact-quantified');
    expect(impact).toMatchObject({
      passed: false,
      why: 'The impact lacks the error budget of SLO checkout-availability spent.',
    });
  });

  it('does not count errors within the objective as a violation', async () => {
    await api.request('POST', '/api/v1/slos/checkout-availability/sli', sliCsv(5), {
      'content-type': 'text/csv',
    });
    const policy = await api.request('GET', '/api/v1/incidents/INC-1/policy');
    const body = policy.json<{ requirement: string; reasons: string[] }>();
    expect(body.requirement).toBe('lightweight');
    expect(body.reasons.join('\n')).not.toContain('SLO');
  });

  it('makes a violated SLO with enough budget spent a full postmortem', async () => {
    const uploaded = await api.request('POST', '/api/v1/slos/checkout-availability/sli', sliCsv(), {
      'content-type': 'text/csv',
    });
    expect(uploaded.statusCode).toBe(201);
    const policy = await api.request('GET', '/api/v1/incidents/INC-1/policy');
    const body = policy.json<{ requirement: string; reasons: string[] }>();
    expect(body.requirement).toBe('full');
    expect(body.reasons.join('\n')).toMatch(
      /SLO checkout-availability was violated and the impact passes the threshold \(.*of the error budget spent ≥ 10%\)/,
    );
    const checklist = await api.request('GET', '/api/v1/incidents/INC-1/postmortem/checklist');
    const impact = checklist
      .json<{ items: { id: string; passed: boolean; why: string }[] }>()
      .items.find((item) => item.id === 'impact-quantified');
    expect(impact?.passed).toBe(true);
    expect(impact?.why).toContain('budget spent recorded for checkout-availability');
  });
});
