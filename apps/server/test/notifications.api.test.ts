import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface ErrorBody {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}

const secret = ['notify', 'api', 'signing', 'key', '0123'].join('-');
const smtpPassword = ['smtp', 'api', 'pw'].join('-');

describe.each(testDialects())('notification targets and delivery log on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  it('stores targets and lists them by name without their secrets', async () => {
    const hook = await api.request('PUT', '/api/v1/notifications/targets/hook', {
      type: 'webhook',
      events: ['published', 'approval'],
      url: 'https://hooks.example.test/aftermath',
      secret,
    });
    expect(hook.statusCode).toBe(200);
    const mail = await api.request('PUT', '/api/v1/notifications/targets/mail', {
      type: 'email',
      events: '*',
      smtp: { host: 'smtp.example.test', user: 'bot', password: smtpPassword },
      from: 'aftermath@example.test',
      to: ['oncall@example.test'],
    });
    expect(mail.statusCode).toBe(200);
    const listed = await api.request('GET', '/api/v1/notifications/targets');
    expect(listed.body).not.toContain(secret);
    expect(listed.body).not.toContain(smtpPassword);
    expect(listed.json()).toEqual({
      items: [
        {
          name: 'hook',
          type: 'webhook',
          events: ['published', 'approval'],
          url: 'https://hooks.example.test/aftermath',
          secretSet: true,
        },
        {
          name: 'mail',
          type: 'email',
          events: '*',
          smtp: {
            host: 'smtp.example.test',
            port: 587,
            secure: false,
            user: 'bot',
            passwordSet: true,
          },
          from: 'aftermath@example.test',
          to: ['oncall@example.test'],
        },
      ],
    });
  });

  it('refuses a bad target naming the field, and keeps what was there', async () => {
    const bad = await api.request('PUT', '/api/v1/notifications/targets/hook', {
      type: 'webhook',
      events: ['published', 'tea_time'],
      url: 'https://hooks.example.test/x',
      secret: 'short',
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json<ErrorBody>().error.details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.events', 'body.secret']));
    const listed = await api.request('GET', '/api/v1/notifications/targets');
    expect(listed.json()).toEqual({ items: [] });
  });

  it('queues a test delivery that the log shows as queued; removing the target is 204', async () => {
    await api.request('PUT', '/api/v1/notifications/targets/ops', {
      type: 'slack',
      events: ['published'],
      url: 'https://chat.example.test/hooks/T1',
    });
    const test = await api.request('POST', '/api/v1/notifications/targets/ops/test');
    expect(test.statusCode).toBe(201);
    const { id } = test.json<{ id: string }>();
    const log = await api.request('GET', '/api/v1/notifications/deliveries?status=queued');
    expect(log.json()).toEqual({
      items: [
        expect.objectContaining({
          id,
          event: 'test',
          target: 'ops',
          targetType: 'slack',
          status: 'queued',
          attempts: 0,
          lastError: null,
        }),
      ],
    });
    expect((await api.request('DELETE', '/api/v1/notifications/targets/ops')).statusCode).toBe(204);
    const gone = await api.request('POST', '/api/v1/notifications/targets/ops/test');
    expect(gone.statusCode).toBe(404);
  });
});
