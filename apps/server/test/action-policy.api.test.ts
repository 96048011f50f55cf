import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Action {
  id: string;
  priority: string;
  dueDate: string | null;
  status: string;
  rationale: string | null;
  version: number;
}
interface ChecklistItem {
  id: string;
  passed: boolean;
  why: string;
}

// The harness clock says 2026-11-20T10:00Z.
describe.each(testDialects())('action policy API on %s', (dialect) => {
  let api: ApiHarness;
  let key: string;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    const created = await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout 502s',
      severity: 'SEV2',
    });
    key = created.json<{ key: string }>().key;
  });
  afterEach(async () => {
    await api.close();
  });

  const addAction = async (body: Record<string, unknown>) => {
    const response = await api.request('POST', `/api/v1/incidents/${key}/actions`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Action>();
  };

  it('gives an action without a due date the SLA of its priority, and keeps an explicit null', async () => {
    expect((await addAction({ title: 'Fix pool', priority: 'P0' })).dueDate).toBe('2026-11-27');
    expect((await addAction({ title: 'Alert', priority: 'P1' })).dueDate).toBe('2026-12-20');
    expect((await addAction({ title: 'Docs' })).dueDate).toBe('2027-02-18');
    expect((await addAction({ title: 'Someday', priority: 'P3', dueDate: null })).dueDate).toBe(
      null,
    );
    expect((await addAction({ title: 'Dated', dueDate: '2026-12-01' })).dueDate).toBe('2026-12-01');

    const saved = await api.request('PUT', '/api/v1/settings/policy', {
      actions: { dueDays: { P0: 3 } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<{ actions: { dueDays: unknown } }>().actions.dueDays).toEqual({
      P0: 3,
      P1: 30,
      P2: 90,
      P3: 180,
    });
    expect((await addAction({ title: 'Faster', priority: 'P0' })).dueDate).toBe('2026-11-23');
  }, 120_000);

  it('refuses a bad SLA naming the field, and keeps the saved policy', async () => {
    const bad = await api.request('PUT', '/api/v1/settings/policy', {
      actions: { dueDays: { P1: 0 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { path: string }[] } }>().error.details).toEqual([
      expect.objectContaining({ path: 'body.actions.dueDays.P1' }),
    ]);
    const policy = await api.request('GET', '/api/v1/settings/policy');
    expect(policy.json<{ actions: { dueDays: { P1: number } } }>().actions.dueDays.P1).toBe(30);
  }, 120_000);

  it('refuses wont_do without a rationale, on create and on update, and changes nothing', async () => {
    const refused = await api.request('POST', `/api/v1/incidents/${key}/actions`, {
      title: 'Rewrite in Rust',
      status: 'wont_do',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('rationale');
    const listed = await api.request('GET', `/api/v1/incidents/${key}/actions`);
    expect(listed.json<{ items: unknown[] }>().items).toEqual([]);

    const action = await addAction({ title: 'Rewrite in Rust' });
    const blank = await api.request(
      'PATCH',
      `/api/v1/actions/${action.id}`,
      { status: 'wont_do' },
      { 'if-match': `"${action.version}"` },
    );
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'rationale',
    );
    const kept = await api.request('GET', `/api/v1/actions/${action.id}`);
    expect(kept.json<Action>()).toMatchObject({ status: 'open', version: action.version });

    const dropped = await api.request(
      'PATCH',
      `/api/v1/actions/${action.id}`,
      { status: 'wont_do', rationale: 'The pool fix removes the need.' },
      { 'if-match': `"${action.version}"` },
    );
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json<Action>()).toMatchObject({ status: 'wont_do' });
  }, 120_000);

  it('asks a SEV2 postmortem for a P0/P1 prevent action, as configured in the policy', async () => {
    await api.request('PUT', `/api/v1/incidents/${key}/postmortem`, {
      sections: { summary: 'Pool exhausted.' },
    });
    const prevent = async () => {
      const answer = await api.request('GET', `/api/v1/incidents/${key}/postmortem/checklist`);
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json<{ items: ChecklistItem[] }>().items.find((i) => i.id === 'prevent-action');
    };
    await addAction({ title: 'Validate pool size', type: 'prevent', priority: 'P2' });
    expect(await prevent()).toMatchObject({
      passed: false,
      why: expect.stringContaining('Policy rule actions.preventRule') as unknown,
    });
    await addAction({ title: 'Cap connections', type: 'prevent', priority: 'P1' });
    expect(await prevent()).toMatchObject({ passed: true });

    // Only P0 counts now; publication requires the item, so the gate names the rule.
    await api.request('PUT', '/api/v1/settings/policy', {
      actions: { preventRule: { priorities: ['P0'] } },
      gates: { in_review: ['prevent-action'] },
    });
    expect(await prevent()).toMatchObject({ passed: false });
    const pm = await api.request('GET', `/api/v1/incidents/${key}/postmortem`);
    const move = await api.request(
      'POST',
      `/api/v1/incidents/${key}/postmortem/transitions`,
      { to: 'in_review' },
      { 'if-match': `"${pm.json<{ version: number }>().version}"` },
    );
    expect(move.statusCode).toBe(409);
    expect(move.body).toContain('checklist.prevent-action');
    expect(move.body).toContain('actions.preventRule');
  }, 120_000);
});
