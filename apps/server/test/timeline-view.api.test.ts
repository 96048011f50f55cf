import { gzipSync } from 'node:zlib';
import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const deploys = [
  {
    service: 'checkout-api',
    version: '1.4.2',
    who: 'ci-bot',
    when: '2026-11-20T09:00:00Z',
    kind: 'deploy',
  },
  { service: 'payments', version: 'v9', who: 'ops', when: '2026-11-20T08:00:00Z', kind: 'deploy' },
]
  .map((event) => JSON.stringify(event))
  .join('\n');

const alertmanagerBody = JSON.stringify({
  version: '4',
  groupKey: '{}:{alertname="HighErrorRate"}',
  status: 'firing',
  receiver: 'aftermath',
  groupLabels: { alertname: 'HighErrorRate' },
  commonLabels: { alertname: 'HighErrorRate', service: 'checkout-api' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.test',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical' },
      annotations: { summary: '5xx above 5%' },
      startsAt: '2026-11-20T09:10:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.test/graph',
      fingerprint: 'c0ffee01',
    },
  ],
});

interface DecisionStatus {
  state: string;
  decision: { entryId: string | null; decidedBy: string | null; reason: string | null } | null;
}
interface ViewBody {
  entries: { id: string; kind: string; source: string; title: string }[];
  milestones: {
    recorded: Record<string, string | null>;
    proposed: Record<string, { at: string; entryId: string; reason: string } | null>;
    decisions: Record<string, DecisionStatus>;
  };
  suspects: { entryId: string; title: string; reasons: string[] }[];
  gaps: unknown[];
}

describe.each(testDialects())('timeline view API on %s', (dialect) => {
  let api: ApiHarness;
  let evidenceId: string;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout errors',
      severity: 'SEV2',
      services: ['checkout-api'],
    });
    const upload = (payload: string, query: string) =>
      api.app.inject({
        method: 'POST',
        url: `/api/v1/incidents/INC-1/evidence${query}`,
        headers: { ...api.authHeaders, 'content-type': 'application/octet-stream' },
        payload,
      });
    evidenceId = (await upload(deploys, '?format=deploy&name=deploys.jsonl')).json<{ id: string }>()
      .id;
    expect((await upload(alertmanagerBody, '?format=alertmanager')).statusCode).toBe(201);
  });
  afterEach(async () => {
    await api.close();
  });

  const view = async () =>
    (await api.request('GET', '/api/v1/incidents/INC-1/timeline/view')).json<ViewBody>();
  const decide = (milestone: string, body: unknown, ifMatch?: string) =>
    api.request(
      'PUT',
      `/api/v1/incidents/INC-1/milestones/${milestone}/decision`,
      body,
      ifMatch === undefined ? {} : { 'if-match': ifMatch },
    );

  it('shows entries, the proposed milestone with its entry, and suspects with why', async () => {
    const built = await view();
    expect(built.entries.map((entry) => [entry.kind, entry.source])).toEqual([
      ['deploy', 'deploy'],
      ['deploy', 'deploy'],
      ['alert', 'alertmanager'],
    ]);
    const alert = built.entries[2];
    expect(built.milestones.proposed.detectedAt).toMatchObject({
      at: '2026-11-20T09:10:00.000Z',
      entryId: alert?.id,
    });
    expect(built.milestones.recorded.detectedAt).toBeNull();
    expect(built.milestones.decisions.detectedAt).toEqual({ state: 'unset', decision: null });
    expect(built.suspects[0]?.title).toContain('checkout-api');
    expect(built.suspects[0]?.reasons).toContain('same service: checkout-api');
  });

  it('accepts a proposal: the incident takes its time and the view names the entry', async () => {
    expect((await decide('detectedAt', { decision: 'accept' })).statusCode).toBe(428);
    expect((await decide('detectedAt', { decision: 'accept' }, '"5"')).statusCode).toBe(412);
    const accepted = await decide('detectedAt', { decision: 'accept' }, '"1"');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.headers.etag).toBe('"2"');
    expect(
      accepted.json<{ milestones: Record<string, string | null> }>().milestones.detectedAt,
    ).toBe('2026-11-20T09:10:00.000Z');
    const built = await view();
    const alertId = built.entries.find((entry) => entry.kind === 'alert')?.id;
    expect(built.milestones.recorded.detectedAt).toBe('2026-11-20T09:10:00.000Z');
    expect(built.milestones.decisions.detectedAt).toMatchObject({
      state: 'accepted',
      decision: { entryId: alertId, reason: null },
    });
  });

  it('overrides with a person’s own time, and keeps the milestone order', async () => {
    const own = await decide(
      'impactStartedAt',
      { decision: 'override', at: '2026-11-20T09:05:00Z', reason: 'customers reported first' },
      '"1"',
    );
    expect(own.statusCode).toBe(200);
    expect((await view()).milestones.decisions.impactStartedAt).toMatchObject({
      state: 'overridden',
      decision: { entryId: null, reason: 'customers reported first' },
    });
    const backwards = await decide(
      'detectedAt',
      { decision: 'override', at: '2026-11-20T09:00:00Z' },
      '"2"',
    );
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json<{ error: { code: string } }>().error.code).toBe('milestone_order');
    const after = await view();
    expect(after.milestones.recorded.detectedAt).toBeNull();
    expect(after.milestones.decisions.detectedAt?.state).toBe('unset');
  });

  it('refuses to accept what nothing proposes, and an entry that is no alternative', async () => {
    const none = await decide('resolvedAt', { decision: 'accept' }, '"1"');
    expect(none.statusCode).toBe(409);
    const stranger = await decide('detectedAt', { decision: 'accept', entryId: 'nope' }, '"1"');
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json<{ error: { details: { path: string }[] } }>().error.details[0]?.path).toBe(
      'entryId',
    );
    expect((await api.request('GET', '/api/v1/incidents/INC-1')).headers.etag).toBe('"1"');
  });

  it('shows the lines around an entry’s evidence line, bounded, and says when past the end', async () => {
    const url = `/api/v1/incidents/INC-1/evidence/${evidenceId}/excerpt`;
    const excerpt = (await api.request('GET', `${url}?line=2&before=1&after=0`)).json<{
      lines: { number: number; text: string; target: boolean }[];
      more: boolean;
    }>();
    expect(excerpt.lines.map((line) => [line.number, line.target])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(excerpt.lines[1]?.text).toContain('"payments"');
    const past = await api.request('GET', `${url}?line=9`);
    expect(past.statusCode).toBe(400);
    expect(past.json<{ error: { message: string } }>().error.message).toContain('2 lines');
  });

  it('finds the line holding a byte offset inside gzip evidence, cutting long lines', async () => {
    const lines = Array.from({ length: 50 }, (_, i) =>
      i === 30 ? `line ${i + 1} ${'x'.repeat(10_000)}` : `line ${i + 1}`,
    );
    const text = lines.join('\n');
    const uploaded = await api.app.inject({
      method: 'POST',
      url: '/api/v1/incidents/INC-1/evidence?format=text-log&name=big.log.gz',
      headers: { ...api.authHeaders, 'content-type': 'application/octet-stream' },
      payload: gzipSync(text),
    });
    const { id } = uploaded.json<{ id: string }>();
    const offset = text.indexOf('line 31 ') + 100;
    const answer = await api.request(
      'GET',
      `/api/v1/incidents/INC-1/evidence/${id}/excerpt?byteOffset=${offset}&before=1&after=2`,
    );
    const excerpt = answer.json<{
      lines: { number: number; text: string; cut: boolean; target: boolean }[];
      more: boolean;
    }>();
    expect(excerpt.lines.map((line) => [line.number, line.target, line.cut])).toEqual([
      [30, false, false],
      [31, true, true],
      [32, false, false],
      [33, false, false],
    ]);
    expect(excerpt.lines[1]?.text).toHaveLength(4096);
    expect(excerpt.more).toBe(true);
  });
});
