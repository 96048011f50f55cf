import {
  createIdGenerator,
  listNotificationDeliveries,
  setNotificationTarget,
  type Context,
} from '@aftermath/core';
import { systemClock, systemPrincipal } from '@aftermath/domain';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Review {
  required: number;
  approvals: number;
  pending: string[];
  ready: boolean;
  missing: string[];
  warnings: { code: string }[];
  verdicts: { reviewer: string; decision: string; stale: boolean }[];
  requests: { kind: string; name: string; state: string; answeredBy: string | null }[];
}
type ErrorBody = { error: { code: string; message: string; details: { path: string }[] } };

const pm = '/api/v1/incidents/INC-1/postmortem';

/** The accounts part of the harness, when requests are signed in (then the token says who acts). */
type Accounts = {
  addUser?: (name: string, role: 'reviewer') => Promise<{ authHeaders: Record<string, string> }>;
};

describe.each(testDialects())('postmortem review API on %s', (dialect) => {
  let api: ApiHarness;
  let tokens: Map<string, Record<string, string>>;
  /** Headers that make a request come from `name`; the body names them too (unsigned requests). */
  const as = async (name: string): Promise<Record<string, string>> => {
    const { addUser } = api as unknown as Accounts;
    if (addUser === undefined) return {};
    const known = tokens.get(name) ?? (await addUser(name, 'reviewer')).authHeaders;
    tokens.set(name, known);
    return known;
  };
  const etag = async () => (await api.request('GET', pm)).headers.etag as string;
  const save = async (sections: Record<string, string>, author: string) =>
    api.request(
      'PUT',
      pm,
      { sections, author },
      { 'if-match': await etag(), ...(await as(author)) },
    );
  const transition = async (to: string) =>
    api.request('POST', `${pm}/transitions`, { to }, { 'if-match': await etag() });
  const review = async () => (await api.request('GET', `${pm}/review`)).json<Review>();

  beforeEach(async () => {
    api = await createApiHarness(dialect);
    tokens = new Map();
    await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout errors',
      severity: 'SEV1',
      commander: 'ana',
    });
    await api.request(
      'PUT',
      pm,
      { sections: { summary: 'Checkout failed.' }, author: 'ana' },
      await as('ana'),
    );
    // Checklist gates have their own suite; here only the approval rule guards `approved`.
    await api.request('PUT', '/api/v1/settings/policy', {
      gates: { in_review: [], published: [] },
    });
  });
  afterEach(async () => {
    await api.close();
  });

  it('warns, without refusing, when the owner is also the incident commander', async () => {
    const same = await api.request('PUT', `${pm}/owner`, { owner: 'ana' });
    expect(same.statusCode).toBe(200);
    expect(same.json<Review>().warnings.map((w) => w.code)).toEqual(['owner-is-commander']);
    expect((await api.request('GET', pm)).json()).toMatchObject({ owner: 'ana' });
    const other = await api.request('PUT', `${pm}/owner`, { owner: 'cy' });
    expect(other.json<Review>().warnings).toEqual([]);
    const stale = await api.request('PUT', `${pm}/owner`, { owner: 'di' }, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    const bad = await api.request('PUT', `${pm}/owner`, { owner: 'Not A Name' });
    expect(bad.json<ErrorBody>().error.details[0]?.path).toBe('body.owner');
  });

  it('refuses approval until the SEV1 count of current approvals is reached', async () => {
    await api.request('PUT', `${pm}/owner`, { owner: 'cy' });
    expect((await transition('in_review')).statusCode).toBe(200);
    const none = await transition('approved');
    expect(none.statusCode).toBe(409);
    expect(none.json<ErrorBody>().error.message).toContain('approvals 0 of 2 (SEV1)');
    expect(none.json<ErrorBody>().error.message).toContain('no reviewer has been requested');

    const asked = await api.request('POST', `${pm}/review/requests`, { reviewers: ['bo', 'di'] });
    expect(asked.json<Review>().pending).toEqual(['bo', 'di']);
    const stranger = await api.request(
      'POST',
      `${pm}/review/verdicts`,
      {
        decision: 'approve',
        reviewer: 'zed',
      },
      await as('zed'),
    );
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json<ErrorBody>().error.message).toContain('zed was not asked');
    const owner = await api.request(
      'POST',
      `${pm}/review/verdicts`,
      {
        decision: 'approve',
        reviewer: 'cy',
      },
      await as('cy'),
    );
    expect(owner.json<ErrorBody>().error.message).toContain('cy owns this postmortem');
    const noNote = await api.request(
      'POST',
      `${pm}/review/verdicts`,
      {
        decision: 'request_changes',
        reviewer: 'bo',
      },
      await as('bo'),
    );
    expect(noNote.json<ErrorBody>().error.details[0]?.path).toBe('body.note');

    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'bo' },
      await as('bo'),
    );
    const one = await transition('approved');
    expect(one.statusCode).toBe(409);
    expect(one.json<ErrorBody>().error.message).toContain(
      'approvals 1 of 2 (SEV1); waiting for di',
    );

    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'di' },
      await as('di'),
    );
    expect((await transition('approved')).json()).toMatchObject({ status: 'approved' });
  });

  it('marks approvals stale after a saved change and counts them again once re-given', async () => {
    await api.request('POST', `${pm}/review/requests`, { reviewers: ['bo', 'di'] });
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'bo' },
      await as('bo'),
    );
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      {
        decision: 'request_changes',
        note: 'Impact needs numbers',
        reviewer: 'di',
      },
      await as('di'),
    );
    expect((await review()).missing).toContain('changes requested by di');
    expect(
      (await save({ impact: '4 % of checkouts failed for 20 minutes.' }, 'cy')).statusCode,
    ).toBe(200);
    const after = await review();
    expect(after.approvals).toBe(0);
    expect(after.verdicts.map((v) => [v.reviewer, v.stale])).toEqual([
      ['bo', true],
      ['di', true],
    ]);
    expect(after.missing).toContain('1 approval is stale (given before the latest edit)');
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'bo' },
      await as('bo'),
    );
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'di' },
      await as('di'),
    );
    expect(await review()).toMatchObject({ approvals: 2, ready: true, missing: [] });
  });

  it('lets any member answer a team request and refuses a team without members', async () => {
    await api.store.directory.upsertTeam({ name: 'payments', description: '' });
    await api.store.directory.upsertUser({
      username: 'ed',
      displayName: 'Ed',
      role: 'reviewer',
      team: 'payments',
    });
    const unknown = await api.request('POST', `${pm}/review/requests`, { teams: ['nobody'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ErrorBody>().error.details[0]?.path).toBe('teams');
    await api.request('POST', `${pm}/review/requests`, { teams: ['payments'] });
    expect((await review()).pending).toEqual(['team payments']);
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'ed' },
      await as('ed'),
    );
    expect((await review()).requests).toMatchObject([
      { kind: 'team', name: 'payments', state: 'approved', answeredBy: 'ed' },
    ]);
  });

  it('threads, anchors, edits, resolves and reopens comments with mentions', async () => {
    const url = `${pm}/comments`;
    const thread = await api.request(
      'POST',
      url,
      {
        body: '@bo are these numbers right? cc @di.',
        anchor: { kind: 'section', section: 'impact' },
        author: 'cy',
      },
      await as('cy'),
    );
    expect(thread.statusCode).toBe(201);
    const root = thread.json<{ id: string; mentions: string[] }>();
    expect(root.mentions).toEqual(['bo', 'di']);
    const reply = await api.request(
      'POST',
      url,
      {
        body: 'Yes, from the logs.',
        parentId: root.id,
        author: 'bo',
      },
      await as('bo'),
    );
    expect(reply.json()).toMatchObject({
      parentId: root.id,
      anchor: { kind: 'section', section: 'impact' },
    });
    const both = await api.request(
      'POST',
      url,
      {
        body: 'x',
        parentId: root.id,
        anchor: { kind: 'section', section: 'summary' },
        author: 'bo',
      },
      await as('bo'),
    );
    expect(both.statusCode).toBe(400);
    const nowhere = await api.request(
      'POST',
      url,
      {
        body: 'x',
        anchor: { kind: 'timeline', entryId: 'nope' },
        author: 'bo',
      },
      await as('bo'),
    );
    expect(nowhere.json<ErrorBody>().error.details[0]?.path).toBe('anchor.entryId');

    const edit = `${url}/${root.id}`;
    const notMine = await api.request(
      'PUT',
      edit,
      { body: 'mine now', author: 'bo' },
      { 'if-match': '"1"', ...(await as('bo')) },
    );
    expect(notMine.statusCode).toBe(403);
    const edited = await api.request(
      'PUT',
      edit,
      { body: 'Right, @ed?', author: 'cy' },
      { 'if-match': '"1"', ...(await as('cy')) },
    );
    expect(edited.json()).toMatchObject({ body: 'Right, @ed?', mentions: ['ed'], version: 2 });
    const stale = await api.request(
      'PUT',
      edit,
      { body: 'again', author: 'cy' },
      { 'if-match': '"1"', ...(await as('cy')) },
    );
    expect(stale.statusCode).toBe(412);

    const replyId = reply.json<{ id: string }>().id;
    const onReply = await api.request(
      'POST',
      `${url}/${replyId}/resolution`,
      {
        resolved: true,
        by: 'cy',
      },
      await as('cy'),
    );
    expect(onReply.json<ErrorBody>().error.message).toContain('is a reply');
    const resolved = await api.request(
      'POST',
      `${edit}/resolution`,
      { resolved: true, by: 'cy' },
      await as('cy'),
    );
    expect(resolved.json()).toMatchObject({ resolved: true, resolvedBy: 'cy' });
    const reopened = await api.request('POST', `${edit}/resolution`, { resolved: false });
    expect(reopened.json()).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    const listed = (await api.request('GET', url)).json<{ items: { id: string }[] }>().items;
    expect(listed.map((c) => c.id)).toEqual([root.id, replyId]);
  });

  it('keeps every saved version with its author and diffs any two', async () => {
    await save({ impact: 'Checkouts failed.' }, 'bo');
    await api.request(
      'POST',
      `${pm}/transitions`,
      { to: 'in_review' },
      { 'if-match': await etag() },
    );
    await save({ summary: 'Checkout failed for 20 minutes.\nA config push caused it.' }, 'cy');
    const versions = (await api.request('GET', `${pm}/versions`)).json<{
      items: { version: number; author: string; changed: string[] }[];
    }>().items;
    expect(versions).toEqual([
      expect.objectContaining({ version: 4, author: 'cy', changed: ['summary'] }),
      expect.objectContaining({ version: 2, author: 'bo', changed: ['impact'] }),
      // a signed-in creator also becomes the owner
      expect.objectContaining({
        version: 1,
        author: 'ana',
        changed: expect.arrayContaining(['summary']) as string[],
      }),
    ]);
    const first = (await api.request('GET', `${pm}/versions/1`)).json<{
      sections: { summary: string };
    }>();
    expect(first.sections.summary).toBe('Checkout failed.');
    const diff = (await api.request('GET', `${pm}/diff?from=1&to=4`)).json<{
      parts: { part: string; changed: boolean; lines: { op: string; text: string }[] }[];
    }>();
    expect(diff.parts.filter((p) => p.changed).map((p) => p.part)).toEqual(['summary', 'impact']);
    expect(diff.parts.find((p) => p.part === 'summary')?.lines).toEqual([
      { op: 'delete', text: 'Checkout failed.', oldLine: 1, newLine: null },
      { op: 'insert', text: 'Checkout failed for 20 minutes.', oldLine: null, newLine: 1 },
      { op: 'insert', text: 'A config push caused it.', oldLine: null, newLine: 2 },
    ]);
    expect((await api.request('GET', `${pm}/diff?from=1&to=3`)).statusCode).toBe(404);
    expect((await api.request('GET', `${pm}/diff?from=2&to=2`)).statusCode).toBe(400);
  });

  it('queues a notification for review requests, mentions and verdicts, none for a refused one', async () => {
    const ctx: Context = { store: api.store, clock: systemClock, newId: createIdGenerator() };
    await setNotificationTarget(ctx, systemPrincipal, 'reviews', {
      type: 'webhook',
      events: ['review_requested', 'comment_mention', 'approval'],
      url: 'http://127.0.0.1:9/hook',
      secret: 'a-test-secret-of-32-characters!!',
    });
    await api.request(
      'POST',
      `${pm}/review/requests`,
      { reviewers: ['bo'], requestedBy: 'cy' },
      await as('cy'),
    );
    await api.request('POST', `${pm}/review/requests`, { reviewers: ['bo'] });
    await api.request(
      'POST',
      `${pm}/comments`,
      {
        body: '@bo see the impact numbers',
        anchor: { kind: 'section', section: 'impact' },
        author: 'cy',
      },
      await as('cy'),
    );
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'zed' },
      await as('zed'),
    );
    await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve', reviewer: 'bo' },
      await as('bo'),
    );
    const deliveries = await listNotificationDeliveries(ctx, systemPrincipal, {});
    expect(deliveries.map((d) => [d.event, d.title]).reverse()).toEqual([
      ['review_requested', 'Review requested: INC-1 postmortem'],
      ['comment_mention', 'cy mentioned bo on the INC-1 postmortem'],
      ['approval', 'INC-1 postmortem approved: bo'],
    ]);
  });

  it('lists postmortems near or past their deadline, most urgent first', async () => {
    await api.request('POST', '/api/v1/incidents', {
      title: 'Old outage',
      severity: 'SEV2',
      milestones: { resolvedAt: '2026-11-10T10:00:00.000Z' },
    });
    await api.request(
      'PATCH',
      '/api/v1/incidents/INC-2',
      { status: 'resolved' },
      { 'if-match': '"1"' },
    );
    await api.request('POST', '/api/v1/incidents', { title: 'Fresh outage', severity: 'SEV2' });
    await api.request(
      'PATCH',
      '/api/v1/incidents/INC-3',
      { status: 'resolved' },
      { 'if-match': '"1"' },
    );
    const all = (await api.request('GET', '/api/v1/postmortems/deadlines?nearHours=24')).json<{
      items: { incidentKey: string; kind: string; state: string }[];
    }>().items;
    expect(all.map((d) => [d.incidentKey, d.kind, d.state])).toEqual([
      ['INC-2', 'draft', 'overdue'],
      ['INC-3', 'draft', 'due'],
    ]);
    const urgent = (await api.request('GET', '/api/v1/postmortems/deadlines?attention=true')).json<{
      items: { incidentKey: string }[];
    }>().items;
    expect(urgent.map((d) => d.incidentKey)).toEqual(['INC-2']);
    const near = (
      await api.request('GET', '/api/v1/postmortems/deadlines?nearHours=80&attention=true')
    ).json<{
      items: { incidentKey: string; state: string }[];
    }>().items;
    expect(near.map((d) => [d.incidentKey, d.state])).toEqual([
      ['INC-2', 'overdue'],
      ['INC-3', 'near'],
    ]);
  });
});
