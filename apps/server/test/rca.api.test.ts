import { defaultRcaTaxonomy } from '@aftermath/domain';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

type ErrorBody = { error: { code: string; message: string; details: { path: string }[] } };

describe.each(testDialects())('root-cause analysis API on %s', (dialect) => {
  let api: ApiHarness;
  let entryId: string;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV2' });
    const added = await api.request('POST', '/api/v1/incidents/INC-1/timeline', {
      at: '2026-11-20T09:00:00Z',
      title: 'Config push #4411 rolled out',
      kind: 'deploy',
    });
    entryId = added.json<{ id: string }>().id;
  });
  afterEach(async () => {
    await api.close();
  });

  const analysis = (id: string) => ({
    trigger: 'config-push',
    rootCauses: ['configuration'],
    factors: [{ id: 'f1', category: 'detection', description: 'Alert was late', entryIds: [id] }],
    whys: [
      {
        id: 'w1',
        problem: 'Checkout failed',
        links: [{ why: 'Why?', answer: 'Pool too small', evidence: [{ entryId: id }] }],
      },
    ],
  });

  it('saves and returns the coded analysis with the postmortem; a new one starts empty', async () => {
    const started = await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {});
    expect(started.json()).toMatchObject({
      rca: { trigger: null, rootCauses: [], factors: [], whys: [] },
    });
    const saved = await api.request(
      'PUT',
      '/api/v1/incidents/INC-1/postmortem',
      { rca: analysis(entryId) },
      { 'if-match': started.headers.etag as string },
    );
    expect(saved.statusCode).toBe(200);
    const read = await api.request('GET', '/api/v1/incidents/INC-1/postmortem');
    expect(read.json()).toMatchObject({ rca: analysis(entryId), version: 2 });
  });

  it('refuses codes outside the taxonomy and citations of other entries, naming each field', async () => {
    const bad = {
      ...analysis('no-such-entry'),
      trigger: 'moon-phase',
      rootCauses: ['configuration', 'bad-luck'],
    };
    const refused = await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', { rca: bad });
    expect(refused.statusCode).toBe(400);
    const body = refused.json<ErrorBody>();
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toContain('rca.trigger');
    expect(body.error.details.map((d) => d.path)).toEqual([
      'rca.trigger',
      'rca.rootCauses.1',
      'rca.factors.0.entryIds.0',
      'rca.whys.0.links.0.evidence.0.entryId',
    ]);
    expect((await api.request('GET', '/api/v1/incidents/INC-1/postmortem')).statusCode).toBe(404);
  });

  it('refuses a malformed analysis with the field in the message', async () => {
    const refused = await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      rca: {
        ...analysis(entryId),
        factors: [{ id: 'f1', category: 'blame', description: 'x', entryIds: [] }],
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('rca.factors.0.category');
  });

  it('serves the default taxonomy and lets an admin replace it', async () => {
    const initial = await api.request('GET', '/api/v1/settings/rca-taxonomy');
    expect(initial.json()).toEqual(defaultRcaTaxonomy);
    const next = {
      triggers: [{ code: 'moon-phase', label: 'Moon phase', description: '' }],
      rootCauses: defaultRcaTaxonomy.rootCauses,
    };
    expect((await api.request('PUT', '/api/v1/settings/rca-taxonomy', next)).statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/settings/rca-taxonomy')).json()).toEqual(next);
    const saved = await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      rca: { ...analysis(entryId), trigger: 'moon-phase' },
    });
    expect(saved.statusCode).toBe(200);
  });

  it('refuses repeated codes, and removing a code in use unless it is kept retired', async () => {
    const twice = {
      ...defaultRcaTaxonomy,
      rootCauses: [...defaultRcaTaxonomy.rootCauses, defaultRcaTaxonomy.rootCauses[0]],
    };
    const repeated = await api.request('PUT', '/api/v1/settings/rca-taxonomy', twice);
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json<ErrorBody>().error.details[0]?.path).toBe(
      `body.rootCauses.${twice.rootCauses.length - 1}.code`,
    );

    await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', { rca: analysis(entryId) });
    const withoutConfigPush = defaultRcaTaxonomy.triggers.filter((e) => e.code !== 'config-push');
    const removed = await api.request('PUT', '/api/v1/settings/rca-taxonomy', {
      ...defaultRcaTaxonomy,
      triggers: withoutConfigPush,
    });
    expect(removed.statusCode).toBe(409);
    expect(removed.json<ErrorBody>().error.message).toContain(
      '"config-push" is still used by INC-1',
    );
    expect((await api.request('GET', '/api/v1/settings/rca-taxonomy')).json()).toEqual(
      defaultRcaTaxonomy,
    );

    const retired = defaultRcaTaxonomy.triggers.map((e) =>
      e.code === 'config-push' ? { ...e, retired: true } : e,
    );
    const kept = await api.request('PUT', '/api/v1/settings/rca-taxonomy', {
      ...defaultRcaTaxonomy,
      triggers: retired,
    });
    expect(kept.statusCode).toBe(200);
  });
});
