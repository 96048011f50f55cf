import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

interface PostmortemBody {
  template: string;
  sections: Record<string, string>;
}

const templates = {
  byType: {
    security: { sections: { summary: '## Exposure\nWho could read what, and since when?' } },
    'data-loss': { sections: { impact: '- Records lost:\n- Restored from backup:' } },
  },
};

describe.each(testDialects())('postmortem templates API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
  });
  afterEach(async () => {
    await api.close();
  });

  async function startPostmortem(type: string, body: unknown = {}): Promise<PostmortemBody> {
    const incident = await api.request('POST', '/api/v1/incidents', {
      title: `A ${type} incident`,
      severity: 'SEV2',
      type,
    });
    const { key } = incident.json<{ key: string }>();
    const created = await api.request('PUT', `/api/v1/incidents/${key}/postmortem`, body);
    expect(created.statusCode).toBe(200);
    return created.json<PostmortemBody>();
  }

  it('starts each incident type from its own template, and others empty', async () => {
    const saved = await api.request('PUT', '/api/v1/settings/postmortem-templates', templates);
    expect(saved.statusCode).toBe(200);
    expect((await api.request('GET', '/api/v1/settings/postmortem-templates')).json()).toEqual(
      templates,
    );

    const security = await startPostmortem('security');
    const dataLoss = await startPostmortem('data-loss');
    const outage = await startPostmortem('outage');
    expect(security.template).toBe('security');
    expect(security.sections.summary).toBe('## Exposure\nWho could read what, and since when?');
    expect(security.sections.impact).toBe('');
    expect(dataLoss.template).toBe('data-loss');
    expect(dataLoss.sections.summary).toBe('');
    expect(dataLoss.sections.impact).toBe('- Records lost:\n- Restored from backup:');
    expect(outage.template).toBe('default');
    expect(Object.values(outage.sections).every((text) => text === '')).toBe(true);
  });

  it('lets text given at creation win over the template, and a named template be chosen', async () => {
    await api.request('PUT', '/api/v1/settings/postmortem-templates', templates);
    const given = await startPostmortem('security', { sections: { summary: 'Already known.' } });
    expect(given.sections.summary).toBe('Already known.');
    const named = await startPostmortem('outage', { template: 'data-loss' });
    expect(named.template).toBe('data-loss');
    expect(named.sections.impact).toBe('- Records lost:\n- Restored from backup:');
  });

  it('rejects an unknown incident type or section, naming it, and keeps the saved templates', async () => {
    await api.request('PUT', '/api/v1/settings/postmortem-templates', templates);
    const badType = await api.request('PUT', '/api/v1/settings/postmortem-templates', {
      byType: { meteor: { sections: { summary: 'x' } } },
    });
    expect(badType.statusCode).toBe(400);
    expect(badType.body).toContain('meteor');
    const badSection = await api.request('PUT', '/api/v1/settings/postmortem-templates', {
      byType: { security: { sections: { epilogue: 'x' } } },
    });
    expect(badSection.statusCode).toBe(400);
    expect(badSection.body).toContain('epilogue');
    expect((await api.request('GET', '/api/v1/settings/postmortem-templates')).json()).toEqual(
      templates,
    );
  });

  it('lets only admins change the templates', async () => {
    const { authHeaders } = await api.addUser('rita', 'responder');
    const denied = await api.request(
      'PUT',
      '/api/v1/settings/postmortem-templates',
      templates,
      authHeaders,
    );
    expect(denied.statusCode).toBe(403);
    const read = await api.request(
      'GET',
      '/api/v1/settings/postmortem-templates',
      undefined,
      authHeaders,
    );
    expect(read.json()).toEqual({ byType: {} });
  });
});
