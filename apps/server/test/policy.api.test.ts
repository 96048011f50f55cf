import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

type ErrorBody = {
  error: { code: string; message: string; details: { path: string; message: string }[] };
};

const pm = '/api/v1/incidents/INC-1/postmortem';
const awsKey = 'AKIA' + 'Z7VQ3XKM2P4LTR6N';

describe.each(testDialects())('decision policy, checklist and gates API on %s', (dialect) => {
  let api: ApiHarness;
  let version = 0;

  async function save(body: unknown) {
    const answer = await api.request('PUT', pm, body, { 'if-match': `"${version}"` });
    expect(answer.statusCode).toBe(200);
    version = answer.json<{ version: number }>().version;
  }

  async function move(to: string) {
    const answer = await api.request(
      'POST',
      `${pm}/transitions`,
      { to },
      { 'if-match': `"${version}"` },
    );
    if (answer.statusCode === 200) version = answer.json<{ version: number }>().version;
    return answer;
  }

  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout pool exhausted',
      severity: 'SEV2',
      services: ['checkout'],
      milestones: {
        impactStartedAt: '2026-11-16T09:00:00Z',
        detectedAt: '2026-11-16T09:10:00Z',
        mitigatedAt: '2026-11-16T09:40:00Z',
        resolvedAt: '2026-11-16T10:00:00Z',
      },
    });
    const started = await api.request('PUT', pm, { sections: { impact: 'Payments failed.' } });
    version = started.json<{ version: number }>().version;
  });
  afterEach(async () => {
    await api.close();
  });

  it('refuses review while required items fail, listing each with why and fix', async () => {
    await save({ sections: { summary: `Pool exhausted; key ${awsKey} pasted from the console.` } });
    const refused = await move('in_review');
    expect(refused.statusCode).toBe(409);
    const body = refused.json<ErrorBody>();
    expect(body.error.code).toBe('failed_precondition');
    expect(body.error.message).toMatch(/not ready for review: 1 required checklist item failing/);
    expect(body.error.details.map((d) => d.path)).toEqual(['checklist.no-secrets']);
    expect(body.error.details[0]?.message).toMatch(
      /1 unredacted secret \(aws-access-key\) at Summary line 1\..*Fix: /,
    );
    expect((await api.request('GET', pm)).json()).toMatchObject({ status: 'draft', version });
    await save({ sections: { summary: 'The checkout pool ran out after a config push.' } });
    expect((await move('in_review')).statusCode).toBe(200);
  });

  it("checks secrets with the workspace's redaction allow-list", async () => {
    await save({ sections: { summary: `Pool exhausted; key ${awsKey} pasted.` } });
    expect((await move('in_review')).statusCode).toBe(409);
    const allowed = await api.request('PUT', '/api/v1/settings/text-checks', {
      blamelessAllow: [],
      redactionAllow: [awsKey],
    });
    expect(allowed.statusCode).toBe(200);
    const checklist = await api.request('GET', `${pm}/checklist`);
    expect(
      checklist.json<{ gates: { in_review: { missing: string[] } } }>().gates.in_review,
    ).toEqual({ required: ['summary', 'no-secrets'], missing: [] });
  });

  it('gates publication on the items a saved policy requires', async () => {
    const policy = await api.request('PUT', '/api/v1/settings/policy', {
      gates: { in_review: [], published: ['rca-coded', 'lessons'] },
      // No approvals needed: this test is about the publication gate alone.
      review: { approvals: { SEV2: 0 } },
    });
    expect(policy.statusCode).toBe(200);
    expect(await move('in_review')).toMatchObject({ statusCode: 200 });
    expect(await move('approved')).toMatchObject({ statusCode: 200 });
    const refused = await move('published');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorBody>().error.details.map((d) => d.path)).toEqual([
      'checklist.rca-coded',
      'checklist.lessons',
    ]);
    await save({
      rca: { trigger: 'config-push', rootCauses: ['configuration'], factors: [], whys: [] },
      sections: { wentWell: 'Fast rollback.', wentWrong: 'Late alert.', lessons: 'Check pools.' },
    });
    expect((await move('published')).statusCode).toBe(200);
  });

  it('answers the checklist with score, items and what each gate lacks', async () => {
    const answer = await api.request('GET', `${pm}/checklist`);
    expect(answer.statusCode).toBe(200);
    const checklist = answer.json<{
      score: number;
      items: { id: string; passed: boolean; why: string; fix: string }[];
      gates: Record<string, { required: string[]; missing: string[] }>;
    }>();
    expect(checklist.items.find((i) => i.id === 'summary')).toMatchObject({
      passed: false,
      why: 'The summary is empty.',
    });
    expect(checklist.items.find((i) => i.id === 'timeline-milestones')?.passed).toBe(true);
    expect(checklist.score).toBeGreaterThan(0);
    expect(checklist.score).toBeLessThan(100);
    expect(checklist.gates.in_review).toEqual({
      required: ['summary', 'no-secrets'],
      missing: ['summary'],
    });
    expect(
      (await api.request('GET', '/api/v1/incidents/INC-9/postmortem/checklist')).statusCode,
    ).toBe(404);
  });

  it("explains the incident's decision and shows deadlines on the postmortem", async () => {
    const check = await api.request('GET', '/api/v1/incidents/INC-1/policy');
    expect(check.json()).toMatchObject({
      incidentKey: 'INC-1',
      requirement: 'full',
      tracks: [{ id: 'postmortem', restricted: false }],
      reasons: [expect.stringMatching(/Severity SEV2 is SEV2 or worse/)],
      deadlines: { draftDue: '2026-11-19T10:00:00.000Z', finalDue: '2026-11-23T10:00:00.000Z' },
      recurrence: { occurrences: 1, windowDays: 90, keys: [] },
    });
    // The harness clock says 2026-11-20T10:00Z: the draft exists, the final is still ahead.
    expect((await api.request('GET', pm)).json()).toMatchObject({
      deadlines: [
        { kind: 'draft', due: '2026-11-19T10:00:00.000Z', state: 'met' },
        { kind: 'final', due: '2026-11-23T10:00:00.000Z', state: 'due' },
      ],
    });
  });

  it('escalates the third occurrence in 90 days to a full postmortem', async () => {
    const rca = { trigger: 'config-push', rootCauses: ['configuration'], factors: [], whys: [] };
    for (const [day, service] of [
      ['01', 'search'],
      ['05', 'search'],
      ['09', 'billing'],
      ['12', 'search'],
    ] as const) {
      const created = await api.request('POST', '/api/v1/incidents', {
        title: `Search timeouts ${day}`,
        severity: 'SEV4',
        services: [service],
        milestones: { impactStartedAt: `2026-11-${day}T08:00:00Z` },
      });
      const key = created.json<{ key: string }>().key;
      await api.request('PUT', `/api/v1/incidents/${key}/postmortem`, { rca });
    }
    const second = await api.request('GET', '/api/v1/incidents/INC-3/policy');
    expect(second.json()).toMatchObject({
      requirement: 'lightweight',
      recurrence: { occurrences: 2, keys: ['INC-2'] },
    });
    const third = await api.request('GET', '/api/v1/incidents/INC-5/policy');
    const body = third.json<{ requirement: string; reasons: string[] }>();
    expect(body).toMatchObject({
      requirement: 'full',
      recurrence: { occurrences: 3, windowDays: 90, keys: ['INC-2', 'INC-3'] },
    });
    expect(body.reasons.join('\n')).toMatch(/3 times in 90 days \(with INC-2, INC-3\)/);
  });

  it('counts incidents marked as recurrences, across services', async () => {
    for (const [day, service, of] of [
      ['01', 'search', null],
      ['05', 'billing', 'INC-2'],
      ['09', 'mail', 'INC-3'],
    ] as const) {
      const created = await api.request('POST', '/api/v1/incidents', {
        title: `Queue stalls ${day}`,
        severity: 'SEV4',
        services: [service],
        milestones: { impactStartedAt: `2026-11-${day}T08:00:00Z` },
      });
      const { key, version: current } = created.json<{ key: string; version: number }>();
      if (of === null) continue;
      const marked = await api.request(
        'PATCH',
        `/api/v1/incidents/${key}`,
        { recurrenceOf: of },
        { 'if-match': `"${current}"` },
      );
      expect(marked.statusCode).toBe(200);
    }
    const check = await api.request('GET', '/api/v1/incidents/INC-4/policy');
    expect(check.json()).toMatchObject({
      requirement: 'full',
      recurrence: { occurrences: 3, keys: ['INC-2', 'INC-3'] },
    });
  });

  it('keeps the saved policy when a new one names a bad field', async () => {
    expect((await api.request('GET', '/api/v1/settings/policy')).json()).toMatchObject({
      deadlines: { draftHours: 72, finalDays: 7 },
      gates: { in_review: ['summary', 'no-secrets'] },
    });
    await api.request('PUT', '/api/v1/settings/policy', { deadlines: { draftHours: 24 } });
    const bad = await api.request('PUT', '/api/v1/settings/policy', {
      deadlines: { draftHours: 0 },
      gates: { published: ['spelling'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.details.map((d) => d.path)).toEqual([
      'body.deadlines.draftHours',
      'body.gates.published.0',
    ]);
    expect(bad.json<ErrorBody>().error.details[1]?.message).toMatch(/unknown checklist item/);
    expect((await api.request('GET', '/api/v1/settings/policy')).json()).toMatchObject({
      deadlines: { draftHours: 24, finalDays: 7 },
    });
  });
});
