import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Joint {
  primary: string;
  coveredBy: string | null;
  coveredByHidden: boolean;
  items: { key: string; teams: string[] }[];
  teams: string[];
}
type ErrorBody = { error: { code: string; details: { path: string; message: string }[] } };

const linked = (key: string) => `/api/v1/incidents/${key}/postmortem/incidents`;

describe.each(testDialects())('joint postmortems over HTTP on %s', (dialect) => {
  let api: ApiHarness;

  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('PUT', '/api/v1/services/checkout-api', { team: 'payments' });
    await api.request('PUT', '/api/v1/services/queue', { team: 'platform' });
    const incidents = [
      { title: 'Checkout errors', severity: 'SEV2', services: ['checkout-api'] },
      { title: 'Queue backlog', severity: 'SEV3', services: ['queue'] },
      { title: 'Token leak', severity: 'SEV1', visibility: 'restricted' },
      { title: 'Already written up', severity: 'SEV3' },
      { title: 'Empty draft', severity: 'SEV4' },
    ];
    for (const body of incidents) {
      expect((await api.request('POST', '/api/v1/incidents', body)).statusCode).toBe(201);
    }
    await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      sections: { summary: 'Checkout and the queue failed together.' },
    });
    await api.request('PUT', '/api/v1/incidents/INC-4/postmortem', {
      sections: { impact: 'Our own analysis.' },
    });
    await api.request('PUT', '/api/v1/incidents/INC-5/postmortem', { sections: {} });
  });
  afterEach(async () => {
    await api.close();
  });

  it('links incidents, shows the joint postmortem from each side with every team, and unlinks', async () => {
    const made = await api.request('POST', linked('INC-1'), { keys: ['INC-2', 'INC-5'] });
    expect(made.statusCode).toBe(200);
    const joint = made.json<Joint>();
    expect(joint.items.map((i) => i.key)).toEqual(['INC-2', 'INC-5']);
    expect(joint.teams).toEqual(['payments', 'platform']);
    const fromLinked = (await api.request('GET', linked('INC-2'))).json<Joint>();
    expect(fromLinked).toMatchObject({ primary: 'INC-1', coveredBy: 'INC-1' });
    const ownDraft = await api.request('PUT', '/api/v1/incidents/INC-2/postmortem', {
      sections: { summary: 'A second document' },
    });
    expect(ownDraft.statusCode).toBe(409);
    expect(ownDraft.json<ErrorBody>().error.details[0]?.message).toContain(
      "INC-2 is covered by INC-1's joint postmortem",
    );
    const unlinked = await api.request('DELETE', `${linked('INC-1')}/INC-2`);
    expect(unlinked.json<Joint>().items.map((i) => i.key)).toEqual(['INC-5']);
    expect((await api.request('GET', linked('INC-2'))).json<Joint>().coveredBy).toBeNull();
    const again = await api.request('DELETE', `${linked('INC-1')}/INC-2`);
    expect(again.statusCode).toBe(404);
  });

  it('refuses with 409 naming the key and why, and links none of the list', async () => {
    const cases = [
      [['INC-5', 'INC-4'], 'keys/1', 'INC-4 already has its own postmortem with content (impact)'],
      [['INC-3'], 'keys/0', 'INC-3 is restricted and INC-1 is not'],
    ] as const;
    for (const [keys, path, reason] of cases) {
      const refused = await api.request('POST', linked('INC-1'), { keys });
      expect(refused.statusCode, reason).toBe(409);
      const { details } = refused.json<ErrorBody>().error;
      expect(details[0]?.path).toBe(path);
      expect(details[0]?.message).toContain(reason);
    }
    expect((await api.request('GET', linked('INC-1'))).json<Joint>().items).toEqual([]);
    await api.request('POST', linked('INC-1'), { keys: ['INC-2'] });
    const elsewhere = await api.request('POST', linked('INC-5'), { keys: ['INC-2'] });
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json<ErrorBody>().error.details[0]?.message).toContain(
      "INC-2 is already covered by INC-1's joint postmortem",
    );
    const self = await api.request('POST', linked('INC-1'), { keys: ['INC-1'] });
    expect(self.statusCode).toBe(400);
  });

  it('merges the timelines of every linked incident, each entry labelled by its incident', async () => {
    const entries = [
      ['INC-1', '2026-11-20T09:10:00.000Z', 'Checkout 502s'],
      ['INC-2', '2026-11-20T09:05:00.000Z', 'Queue depth alert'],
      ['INC-1', '2026-11-20T09:20:00.000Z', 'Rollback'],
    ] as const;
    for (const [key, at, title] of entries) {
      await api.request('POST', `/api/v1/incidents/${key}/timeline`, { at, title });
    }
    await api.request('POST', linked('INC-1'), { keys: ['INC-2'] });
    for (const from of ['INC-1', 'INC-2']) {
      const timeline = await api.request('GET', `/api/v1/incidents/${from}/postmortem/timeline`);
      const got = timeline.json<{ entries: { incidentKey: string; title: string }[] }>().entries;
      expect(
        got.map((e) => `${e.incidentKey} ${e.title}`),
        from,
      ).toEqual(['INC-2 Queue depth alert', 'INC-1 Checkout 502s', 'INC-1 Rollback']);
    }
  });

  it('lets viewers read but not link, and hides a restricted joint postmortem from outsiders', async () => {
    const viewer = await api.addUser('vi', 'viewer');
    const refused = await api.request(
      'POST',
      linked('INC-1'),
      { keys: ['INC-2'] },
      viewer.authHeaders,
    );
    expect(refused.statusCode).toBe(403);
    await api.request('PUT', '/api/v1/incidents/INC-3/postmortem', { sections: {} });
    expect((await api.request('POST', linked('INC-3'), { keys: ['INC-2'] })).statusCode).toBe(200);
    const seen = await api.request('GET', linked('INC-2'), undefined, viewer.authHeaders);
    expect(seen.json<Joint>()).toEqual({
      primary: 'INC-2',
      coveredBy: null,
      coveredByHidden: true,
      items: [],
      teams: [],
    });
    expect(seen.body).not.toContain('INC-3');
    const timeline = await api.request(
      'GET',
      '/api/v1/incidents/INC-2/postmortem/timeline',
      undefined,
      viewer.authHeaders,
    );
    expect(timeline.body).not.toContain('INC-3');
  });
});
