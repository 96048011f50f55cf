import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import {
  alertmanagerBody,
  bearer,
  postWebhook,
  readRealPayload,
  setSecret,
  zulipHooks,
  type WebhookAnswer,
} from './webhook-support';

// The harness clock stands at 2026-11-20T10:00:00Z.
const routing = {
  groupWindowMinutes: 30,
  rules: [
    // Rules apply in order: the first one an alert matches decides.
    {
      name: 'cpu',
      match: { alertname: 'High CPU Temperature' },
      open: true,
      severity: 'SEV1',
      service: 'andromeda',
    },
    { name: 'pages', match: { severity: ['critical', 'page'] }, open: true, severity: 'SEV1' },
  ],
  maintenance: [
    {
      service: 'search',
      from: '2026-11-20T09:00:00Z',
      to: '2026-11-20T11:00:00Z',
      reason: 'index rebuild',
    },
  ],
};

describe.each(testDialects())('webhook routing on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await setSecret(api, 'alertmanager');
    const saved = await api.request('PUT', '/api/v1/webhooks/routing', routing);
    expect(saved.statusCode).toBe(200);
  });
  afterEach(async () => {
    await api.close();
  });

  const deliver = async (body: string | Buffer) => {
    const response = await postWebhook(api, 'alertmanager', body, bearer);
    expect(response.statusCode).toBe(200);
    return response.json<WebhookAnswer>();
  };
  const incidents = async () =>
    (await api.request('GET', '/api/v1/incidents')).json<{
      items: { key: string; title: string; severity: string; services: string[] }[];
    }>().items;
  const timelineTitles = async (key: string) =>
    (await api.request('GET', `/api/v1/incidents/${key}/timeline`))
      .json<{ items: { title: string }[] }>()
      .items.map((entry) => entry.title);

  it('opens an incident for a matching rule, titled from the real alert, and ignores a repeat', async () => {
    const real = readRealPayload(`${zulipHooks}/alertmanager/fixtures/alert.json`);
    const first = await deliver(real);
    expect(first).toMatchObject({
      outcome: 'created',
      created: true,
      duplicate: false,
      incidentKey: 'INC-1',
      entriesAdded: 2,
      service: 'andromeda',
    });
    expect(first.reason).toBe('rule "cpu" opens an incident for it');
    expect(await incidents()).toMatchObject([
      { key: 'INC-1', title: 'High CPU Temperature — High CPU core temperature', severity: 'SEV1' },
    ]);
    const repeat = await deliver(real);
    expect(repeat).toMatchObject({ duplicate: true, entriesAdded: 0, incidentKey: 'INC-1' });
    expect(await timelineTitles('INC-1')).toHaveLength(2);
    expect(await incidents()).toHaveLength(1);
  });

  it('joins alerts of the same group or service to one incident instead of opening many', async () => {
    const group = '{}:{service="checkout"}';
    const opened = await deliver(
      alertmanagerBody({
        alertname: 'HighLatency',
        groupKey: group,
        labels: { severity: 'critical', service: 'checkout' },
      }),
    );
    expect(opened).toMatchObject({ outcome: 'created', incidentKey: 'INC-1' });
    const sameGroup = await deliver(
      alertmanagerBody({
        alertname: 'ErrorBudgetBurn',
        groupKey: group,
        labels: { severity: 'critical', service: 'checkout' },
      }),
    );
    expect(sameGroup).toMatchObject({ outcome: 'joined', incidentKey: 'INC-1', entriesAdded: 1 });
    expect(sameGroup.reason).toContain('same group key');
    const sameService = await deliver(
      alertmanagerBody({
        alertname: 'PodCrashLooping',
        groupKey: '{}:{other}',
        labels: { severity: 'page', service: 'checkout' },
      }),
    );
    expect(sameService).toMatchObject({ outcome: 'joined', incidentKey: 'INC-1' });
    expect(sameService.reason).toContain('within 30 minutes');
    const otherService = await deliver(
      alertmanagerBody({
        alertname: 'DiskFull',
        labels: { severity: 'critical', service: 'billing' },
      }),
    );
    expect(otherService).toMatchObject({ outcome: 'created', incidentKey: 'INC-2' });
    expect(await incidents()).toHaveLength(2);
    expect(await timelineTitles('INC-1')).toHaveLength(3);
    const resolved = await deliver(
      alertmanagerBody({
        alertname: 'HighLatency',
        groupKey: group,
        status: 'resolved',
        labels: { severity: 'critical', service: 'checkout' },
      }),
    );
    expect(resolved).toMatchObject({ outcome: 'joined', incidentKey: 'INC-1', entriesAdded: 1 });
    expect(await timelineTitles('INC-1')).toContain('[RESOLVED] HighLatency — HighLatency summary');
  });

  it('opens one incident for alerts of one group that arrive at the same time', async () => {
    const labels = { severity: 'critical', service: 'payments' };
    const group = '{}:{service="payments"}';
    const answers = await Promise.all(
      ['A', 'B', 'C'].map((name) =>
        deliver(alertmanagerBody({ alertname: `Payments${name}`, groupKey: group, labels })),
      ),
    );
    expect(answers.map((answer) => answer.incidentKey)).toEqual(['INC-1', 'INC-1', 'INC-1']);
    expect(answers.filter((answer) => answer.created)).toHaveLength(1);
    expect(await incidents()).toHaveLength(1);
  });

  it('opens no incident during a maintenance window but keeps the evidence, listed as suppressed', async () => {
    const answer = await deliver(
      alertmanagerBody({
        alertname: 'SearchDown',
        labels: { severity: 'critical', service: 'search' },
      }),
    );
    expect(answer).toMatchObject({ outcome: 'suppressed', incidentKey: null, created: false });
    expect(answer.reason).toContain('maintenance until 2026-11-20T11:00:00.000Z (index rebuild)');
    expect(await incidents()).toEqual([]);
    expect(await api.store.blobs.has(answer.sha256)).toBe(true);
    const listed = await api.request('GET', '/api/v1/webhooks/deliveries?outcome=suppressed');
    expect(listed.json<{ items: WebhookAnswer[] }>().items).toMatchObject([
      { id: answer.id, service: 'search', sha256: answer.sha256 },
    ]);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Search is slow',
      severity: 'SEV3',
      services: ['search'],
    });
    const during = await deliver(
      alertmanagerBody({
        alertname: 'SearchSlow',
        labels: { severity: 'critical', service: 'search' },
      }),
    );
    expect(during).toMatchObject({ outcome: 'joined', incidentKey: 'INC-1' });
  });

  it('keeps alerts no rule opens for as unrouted, and joins them to an open incident of their service', async () => {
    const warning = alertmanagerBody({
      alertname: 'QueueGrowing',
      labels: { severity: 'warning', service: 'mailer' },
    });
    const unrouted = await deliver(warning);
    expect(unrouted).toMatchObject({ outcome: 'unrouted', incidentKey: null });
    expect(unrouted.reason).toBe(
      'no routing rule matches and no open incident lists service mailer',
    );
    const listed = await api.request('GET', '/api/v1/webhooks/deliveries?outcome=unrouted');
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(1);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Mail delayed',
      severity: 'SEV3',
      services: ['mailer'],
    });
    const joined = await deliver(
      alertmanagerBody({
        alertname: 'QueueStuck',
        labels: { severity: 'warning', service: 'mailer' },
      }),
    );
    expect(joined).toMatchObject({ outcome: 'joined', incidentKey: 'INC-1', entriesAdded: 1 });
  });
});
