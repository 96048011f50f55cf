import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface RedactBody {
  text: string;
  findings: { line: number; start: number; end: number; kind: string; rule: string }[];
}

interface LintBody {
  findings: {
    line: number;
    column: number;
    ruleId: string;
    severity: string;
    suggestion: string | null;
  }[];
}

const awsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

describe.each(testDialects())('redact and lint API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.store.directory.upsertUser({
      username: 'ravi',
      displayName: 'Ravi Patel',
      role: 'responder',
      team: null,
    });
  });
  afterEach(async () => {
    await api.close();
  });

  it('redacts secrets and the names of the workspace, reporting where but never what', async () => {
    const answer = await api.request('POST', '/api/v1/redact', {
      text: `note\nkey=${awsKey} from Ravi Patel`,
    });
    expect(answer.statusCode).toBe(200);
    const body = answer.json<RedactBody>();
    expect(body.text).toBe('note\nkey=[REDACTED:aws-access-key#1] from [REDACTED:person-name#1]');
    expect(body.findings).toEqual([
      { line: 2, start: 4, end: 24, kind: 'secret', rule: 'aws-access-key' },
      { line: 2, start: 30, end: 40, kind: 'pii', rule: 'person-name' },
    ]);
    expect(answer.body).not.toContain(awsKey);
  });

  it('lints text with reasons and rewrites, and names of the workspace as blamed subjects', async () => {
    const answer = await api.request('POST', '/api/v1/lint', {
      text: 'Ravi forgot to renew the certificate.\nWe should have known.',
      format: 'text',
    });
    expect(answer.statusCode).toBe(200);
    const { findings } = answer.json<LintBody>();
    expect(findings.map((f) => [f.line, f.column, f.ruleId, f.severity])).toEqual([
      [1, 1, 'blameless/blame', 'error'],
      [2, 4, 'blameless/counterfactual', 'warning'],
    ]);
    expect(findings.every((f) => f.suggestion !== null)).toBe(true);
  });

  it('applies the workspace allow-lists once saved', async () => {
    const saved = await api.request('PUT', '/api/v1/settings/text-checks', {
      blamelessAllow: ['blameless/counterfactual'],
      redactionAllow: [awsKey],
    });
    expect(saved.statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/settings/text-checks')).json()).toEqual({
      blamelessAllow: ['blameless/counterfactual'],
      redactionAllow: [awsKey],
    });
    const lint = await api.request('POST', '/api/v1/lint', {
      text: `We should have known. ${awsKey}`,
    });
    expect(lint.json<LintBody>().findings).toEqual([]);
  });

  it('refuses a missing text or an unknown format with the field named', async () => {
    const noText = await api.request('POST', '/api/v1/redact', {});
    expect(noText.statusCode).toBe(400);
    expect(noText.body).toContain('text');
    const badFormat = await api.request('POST', '/api/v1/lint', { text: 'x', format: 'html' });
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.body).toContain('format');
    const badSettings = await api.request('PUT', '/api/v1/settings/text-checks', {
      blamelessAllow: [''],
    });
    expect(badSettings.statusCode).toBe(400);
    expect(badSettings.body).toContain('blamelessAllow');
  });
});
