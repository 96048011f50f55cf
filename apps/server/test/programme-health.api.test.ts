import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Signal {
  id: string;
  value: number | null;
  n: number;
  status: string;
  threshold: { warn: number; alert: number };
  trend: { period: string; value: number | null; n: number }[];
}
interface Health {
  periods: string[];
  signals: Signal[];
}

// The harness clock stands at Friday 2026-11-20 10:00 UTC: the last of 8 weeks starts 2026-11-16.
describe.each(testDialects())('programme health API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  /** An incident that started on Tuesday 2026-11-17 with one action due on `dueDate`. */
  const incidentWithAction = async (visibility: 'normal' | 'restricted', dueDate: string) => {
    const created = await api.request('POST', '/api/v1/incidents', {
      title: `A ${visibility} incident`,
      severity: 'SEV3',
      visibility,
      milestones: { impactStartedAt: '2026-11-17T08:00:00.000Z' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const key = created.json<{ key: string }>().key;
    const action = await api.request('POST', `/api/v1/incidents/${key}/actions`, {
      title: 'Add a saturation alert',
      priority: 'P2',
      dueDate,
    });
    expect(action.statusCode, action.body).toBe(201);
  };
  const drift = (body: Health) => body.signals.find((s) => s.id === 'action-drift');

  it('counts drifting actions per week, restricted incidents only for those who may read them', async () => {
    await incidentWithAction('normal', '2026-12-30');
    await incidentWithAction('restricted', '2026-11-01'); // overdue
    const { authHeaders: viewer } = await api.addUser('vera', 'viewer');

    const admin = await api.request('GET', '/api/v1/programme-health');
    expect(admin.statusCode, admin.body).toBe(200);
    const body = admin.json<Health>();
    expect(body.periods).toHaveLength(8);
    expect(body.periods.at(-1)).toBe('2026-11-16');
    expect(body.signals.map((s) => s.id)).toEqual([
      'telemetry-gaps',
      'trace-coverage',
      'blameless-findings',
      'review-participation',
      'action-drift',
      'over-reporting',
      'security-review-delay',
      'false-rca',
    ]);
    // One of two active actions is overdue: 0.5 is past the default alert limit 0.4.
    expect(drift(body)).toMatchObject({ value: 0.5, n: 2, status: 'alert' });
    expect(drift(body)?.trend.at(-1)).toEqual({ period: '2026-11-16', value: 0.5, n: 2 });

    const seen = await api.request('GET', '/api/v1/programme-health', undefined, viewer);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(drift(seen.json<Health>())).toMatchObject({ value: 0, n: 1, status: 'ok' });
  }, 120_000);

  it('takes the limits and look-back from the policy', async () => {
    await incidentWithAction('normal', '2026-11-01');
    await incidentWithAction('normal', '2026-12-30');
    await incidentWithAction('normal', '2026-12-30');
    await incidentWithAction('normal', '2026-12-30');
    const before = (await api.request('GET', '/api/v1/programme-health')).json<Health>();
    expect(drift(before)).toMatchObject({ value: 0.25, status: 'warn' });

    const saved = await api.request('PUT', '/api/v1/settings/policy', {
      programmeHealth: { weeks: 4, thresholds: { actionDrift: { warn: 0.3, alert: 0.5 } } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await api.request('GET', '/api/v1/programme-health')).json<Health>();
    expect(after.periods).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']);
    expect(drift(after)).toMatchObject({
      value: 0.25,
      status: 'ok',
      threshold: { warn: 0.3, alert: 0.5 },
    });
  }, 120_000);

  it('names a bad look-back and answers 400', async () => {
    const response = await api.request('GET', '/api/v1/programme-health?weeks=30');
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; details: { path: string }[] } }>();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.map((d) => d.path)).toEqual(['query.weeks']);
  }, 60_000);
});
