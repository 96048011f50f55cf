import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

describe.each(testDialects())('timeline, postmortem and actions API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', { title: 'Queue backlog', severity: 'SEV2' });
  });
  afterEach(async () => {
    await api.close();
  });

  it('keeps timeline entries in time order whatever the order they were added', async () => {
    for (const [at, title] of [
      ['2026-11-20T09:10:00Z', 'Rollback started'],
      ['2026-11-20T09:00:00Z', 'Alert fired'],
      ['2026-11-20T09:05:00+00:00', 'Paged on-call'],
    ]) {
      const added = await api.request('POST', '/api/v1/incidents/INC-1/timeline', {
        at,
        title,
        kind: 'note',
      });
      expect(added.statusCode).toBe(201);
    }
    const list = await api.request('GET', '/api/v1/incidents/INC-1/timeline');
    expect(list.json<{ items: { title: string }[] }>().items.map((e) => e.title)).toEqual([
      'Alert fired',
      'Paged on-call',
      'Rollback started',
    ]);
    const missing = await api.request('POST', '/api/v1/incidents/INC-9/timeline', {
      at: '2026-11-20T09:00:00Z',
      title: 'x',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('edits and deletes a timeline entry with If-Match', async () => {
    const added = await api.request('POST', '/api/v1/incidents/INC-1/timeline', {
      at: '2026-11-20T09:00:00Z',
      title: 'Alert fired',
    });
    const id = added.json<{ id: string }>().id;
    const url = `/api/v1/incidents/INC-1/timeline/${id}`;
    expect(
      (await api.request('PATCH', url, { pinned: true }, { 'if-match': '"1"' })).json(),
    ).toMatchObject({
      pinned: true,
      version: 2,
    });
    expect((await api.request('DELETE', url, undefined, { 'if-match': '"1"' })).statusCode).toBe(
      412,
    );
    expect((await api.request('DELETE', url, undefined, { 'if-match': '"2"' })).statusCode).toBe(
      204,
    );
    expect((await api.request('GET', '/api/v1/incidents/INC-1/timeline')).json()).toEqual({
      items: [],
    });
  });

  it('starts a postmortem, saves sections with If-Match and refuses a stale save', async () => {
    expect((await api.request('GET', '/api/v1/incidents/INC-1/postmortem')).statusCode).toBe(404);
    const started = await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      owner: 'dana',
      sections: { summary: 'A backlog built up after a config push.' },
    });
    expect(started.statusCode).toBe(200);
    expect(started.json()).toMatchObject({ status: 'draft', version: 1, owner: 'dana' });
    const saved = await api.request(
      'PUT',
      '/api/v1/incidents/INC-1/postmortem',
      { sections: { impact: '12% of jobs were delayed by up to 40 minutes.' } },
      { 'if-match': started.headers.etag as string },
    );
    expect(saved.json()).toMatchObject({
      version: 2,
      sections: {
        summary: 'A backlog built up after a config push.',
        impact: '12% of jobs were delayed by up to 40 minutes.',
      },
    });
    const stale = await api.request(
      'PUT',
      '/api/v1/incidents/INC-1/postmortem',
      { sections: { summary: 'Overwritten?' } },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const now = await api.request('GET', '/api/v1/incidents/INC-1/postmortem');
    expect(now.json()).toMatchObject({
      sections: { summary: 'A backlog built up after a config push.' },
    });
  });

  it('moves the postmortem through its lifecycle and refuses illegal moves with 409', async () => {
    // The lifecycle alone: the checklist gates are tested in policy.api.test.ts, approvals in
    // postmortem-review.api.test.ts.
    await api.request('PUT', '/api/v1/settings/policy', {
      gates: { in_review: [], published: [] },
      review: { approvals: { SEV2: 0 } },
    });
    await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', { sections: {} });
    const move = (to: string) =>
      api.request('POST', '/api/v1/incidents/INC-1/postmortem/transitions', { to });
    expect((await move('published')).statusCode).toBe(409);
    expect((await move('in_review')).json()).toMatchObject({ status: 'in_review' });
    expect((await move('approved')).json()).toMatchObject({ status: 'approved' });
    expect((await move('published')).json()).toMatchObject({ status: 'published', version: 4 });
  });

  it('tracks action items and requires a rationale for wont_do', async () => {
    const created = await api.request('POST', '/api/v1/incidents/INC-1/actions', {
      title: 'Alert on queue age, not depth',
      type: 'detect',
      priority: 'P1',
      owner: 'sam',
      dueDate: '2026-12-15',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const refused = await api.request(
      'PATCH',
      `/api/v1/actions/${id}`,
      { status: 'wont_do' },
      { 'if-match': '1' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'rationale',
    );
    const done = await api.request(
      'PATCH',
      `/api/v1/actions/${id}`,
      { status: 'done' },
      { 'if-match': '1' },
    );
    expect(done.json()).toMatchObject({ status: 'done', version: 2 });
    const list = await api.request('GET', '/api/v1/incidents/INC-1/actions');
    expect(list.json()).toMatchObject({ items: [{ id, status: 'done', priority: 'P1' }] });
  });
});
