import { openTestStore } from '@aftermath/storage/testing';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../src';
import { redactLogLine } from '../src/log-redaction';

// Test secrets are assembled at run time, never written whole.
const awsKey = 'AKIA' + 'IOSFODNN7' + 'EXAMPLE';
const githubToken = 'ghp_' + 'x'.repeat(18) + 'Yz09AbCdEfGhIjKlMn'.slice(0, 18);
const webhookToken = 'wh-' + 'Tok3n-' + 'not-a-pattern';

describe('no secret in logs', () => {
  it.each([
    ['a token in a query string', `{"url":"/api/v1/webhooks/grafana?token=${webhookToken}"}`],
    ['a bearer token', `{"msg":"rejected Authorization: Bearer ${webhookToken}"}`],
    ['an AWS key in an error message', `{"err":{"message":"bad key ${awsKey} in body"}}`],
    ['a GitHub token', `{"msg":"clone with ${githubToken}"}`],
  ])('removes %s', (_what, line) => {
    const redacted = redactLogLine(line);
    expect(redacted).not.toContain(webhookToken);
    expect(redacted).not.toContain(awsKey);
    expect(redacted).not.toContain(githubToken);
    expect(redacted).toContain('REDACTED');
  });

  it('keeps ordinary lines as they are', () => {
    const line = '{"level":30,"msg":"Server listening at http://127.0.0.1:4000"}';
    expect(redactLogLine(line)).toBe(line);
  });

  it('applies to what the server itself logs', async () => {
    const lines: string[] = [];
    const app = await buildServer({
      store: await openTestStore('sqlite'),
      logLevel: 'trace',
      logStream: { write: (line) => lines.push(line) },
    });
    await app.inject({ method: 'GET', url: `/api/v1/incidents?token=${webhookToken}` });
    await app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/grafana?token=${webhookToken}`,
      headers: { authorization: `Bearer ${webhookToken}`, 'content-type': 'application/json' },
      payload: '{}',
    });
    await app.close();
    const logged = lines.join('');
    expect(logged).toContain('/api/v1/incidents?token=[REDACTED]');
    expect(logged).not.toContain(webhookToken);
  });
});
