import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface Review {
  requests: { kind: string; name: string; state: string }[];
  pending: string[];
}
type ErrorBody = { error: { code: string; details: { path: string; message: string }[] } };

const pm = '/api/v1/incidents/INC-1/postmortem';

describe.each(testDialects())('withdrawing a review request on %s', (dialect) => {
  let api: ApiHarness;

  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('POST', '/api/v1/incidents', { title: 'Checkout errors', severity: 'SEV1' });
    await api.request('PUT', pm, { sections: { summary: 'Checkout failed.' } });
    const asked = await api.request('POST', `${pm}/review/requests`, { reviewers: ['bo', 'cy'] });
    expect(asked.statusCode).toBe(200);
    const bo = await api.addUser('bo', 'reviewer');
    const verdict = await api.request(
      'POST',
      `${pm}/review/verdicts`,
      { decision: 'approve' },
      bo.authHeaders,
    );
    expect(verdict.statusCode).toBe(200);
  });
  afterEach(async () => {
    await api.close();
  });

  it('takes back a pending request and answers the new review state', async () => {
    const withdrawn = await api.request('DELETE', `${pm}/review/requests/user/cy`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<Review>().requests.map((r) => `${r.name}:${r.state}`)).toEqual([
      'bo:approved',
    ]);
    const review = (await api.request('GET', `${pm}/review`)).json<Review>();
    expect(review.pending).toEqual([]);
  });

  it('keeps an answered request and refuses an unknown one, naming the field, changing nothing', async () => {
    for (const [url, message] of [
      [`${pm}/review/requests/user/bo`, 'bo has answered this request'],
      [`${pm}/review/requests/user/zed`, 'no pending user request for zed'],
      [`${pm}/review/requests/team/bo`, 'no pending team request for bo'],
    ] as const) {
      const refused = await api.request('DELETE', url);
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json<ErrorBody>().error.details).toEqual([{ path: 'name', message }]);
    }
    const review = (await api.request('GET', `${pm}/review`)).json<Review>();
    expect(review.requests.map((r) => r.name)).toEqual(['bo', 'cy']);
    const badKind = await api.request('DELETE', `${pm}/review/requests/robot/bo`);
    expect(badKind.statusCode).toBe(400);
  });
});
