import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkCredentials, checkSignature } from './verify-delivery';

const secret = ['unit', 'test', 'secret', '0042'].join('-');
const body = Buffer.from('{"event":{"id":"01ABC","event_type":"incident.triggered"}}');
const sign = (key: string, bytes: Buffer = body) =>
  createHmac('sha256', key).update(bytes).digest('hex');

describe('webhook signature checks', () => {
  it('accepts any v1 value of a rotating PagerDuty header, spaces and upper-case hex included', () => {
    const header = `v1=${sign('old-secret-0000000')}, v1=${sign(secret).toUpperCase()}`;
    expect(() =>
      checkSignature('pagerduty', { 'x-pagerduty-signature': header }, body, secret),
    ).not.toThrow();
  });

  it('refuses a signature of other bytes, a truncated one and one that is not hex', () => {
    const other = Buffer.from(`${body.toString()} `);
    for (const value of [sign(secret, other), sign(secret).slice(0, 63), 'z'.repeat(64)]) {
      expect(() =>
        checkSignature('pagerduty', { 'x-pagerduty-signature': `v1=${value}` }, body, secret),
      ).toThrow('X-PagerDuty-Signature matches no v1 signature of the body');
    }
  });

  it('wants GitHub signatures as sha256=<hex>', () => {
    const headers = { 'x-hub-signature-256': `sha256=${sign(secret)}` };
    expect(() => checkSignature('github', headers, body, secret)).not.toThrow();
    expect(() =>
      checkSignature('github', { 'x-hub-signature-256': sign(secret) }, body, secret),
    ).toThrow('X-Hub-Signature-256 must be "sha256=<hex>"');
  });

  it('compares bearer tokens of any length and refuses other schemes', () => {
    expect(() =>
      checkCredentials('alertmanager', { authorization: `Bearer ${secret}` }, secret),
    ).not.toThrow();
    expect(() =>
      checkCredentials('grafana', { authorization: `Bearer ${secret}x` }, secret),
    ).toThrow('bearer token does not match');
    expect(() =>
      checkCredentials('opsgenie', { authorization: `Basic ${secret}` }, secret),
    ).toThrow('Authorization header must be "Bearer <token>"');
    expect(() => checkCredentials('github', {}, secret)).not.toThrow();
  });
});
