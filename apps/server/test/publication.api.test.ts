import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

// Assembled at run time: never a whole credential in a committed file.
const secret = 'AKIA' + 'IOSFODNN7EXAMPLE';
const person = 'Tomasz Wierzbicki';

interface PublicBody {
  document: { sections: { name: string; text: string }[]; timeline: { title: string }[] };
  markdown: string;
  executiveSummary: { impact: string; cause: string; response: string; text: string };
  omitted: { sections: string[]; timelineEntries: number };
  redactions: { field: string; rule: string; placeholder: string }[];
}

describe.each(testDialects())('public postmortem API on %s', (dialect) => {
  let api: ApiHarness;
  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.store.directory.upsertUser({
      username: 'tomasz',
      displayName: person,
      role: 'responder',
      team: null,
    });
    await api.request('POST', '/api/v1/incidents', { title: 'Search outage', severity: 'SEV2' });
    await api.request('PUT', '/api/v1/incidents/INC-1/postmortem', {
      sections: {
        summary: `${person} rotated ${secret}.`,
        gotLucky: 'The backup happened to be fresh.',
      },
    });
    await api.request('POST', '/api/v1/incidents/INC-1/timeline', {
      at: '2026-11-20T09:00:00Z',
      kind: 'chat',
      title: `${person} is looking`,
    });
  });
  afterEach(async () => {
    await api.close();
  });

  it('answers the redacted public version with what was removed and where it redacted', async () => {
    const answer = await api.request('GET', '/api/v1/incidents/INC-1/postmortem/public');
    expect(answer.statusCode).toBe(200);
    expect(answer.body).not.toContain(secret);
    expect(answer.body).not.toContain('Tomasz');
    const body = answer.json<PublicBody>();
    expect(body.document.sections).toEqual([
      {
        name: 'summary',
        title: 'Summary',
        text: '[REDACTED:person-name#1] rotated [REDACTED:aws-access-key#1].',
      },
    ]);
    expect(body.omitted).toMatchObject({ sections: ['gotLucky'], timelineEntries: 1 });
    expect(body.markdown).toContain('## Summary');
    // The executive summary is built from the redacted text: no secret, no name.
    expect(body.executiveSummary).toMatchObject({
      impact: '[REDACTED:person-name#1] rotated [REDACTED:aws-access-key#1].',
      response: 'Follow-up actions have not been decided yet.',
    });
    expect(body.executiveSummary.text).toContain(
      'Impact: [REDACTED:person-name#1] rotated [REDACTED:aws-access-key#1].',
    );
    expect(body.redactions.map((r) => [r.field, r.rule])).toEqual([
      ['sections.summary', 'person-name'],
      ['sections.summary', 'aws-access-key'],
    ]);
    expect((await api.request('GET', '/api/v1/incidents/INC-7/postmortem/public')).statusCode).toBe(
      404,
    );
  });

  it('follows the publication setting and rejects a bad one naming the field', async () => {
    const saved = await api.request('PUT', '/api/v1/settings/publication', {
      internalSections: [],
      timelineKinds: ['chat'],
      includeActions: false,
    });
    expect(saved.statusCode).toBe(200);
    const body = (
      await api.request('GET', '/api/v1/incidents/INC-1/postmortem/public')
    ).json<PublicBody>();
    expect(body.document.sections.map((s) => s.name)).toEqual(['summary', 'gotLucky']);
    expect(body.document.timeline).toEqual([
      expect.objectContaining({ title: '[REDACTED:person-name#1] is looking' }),
    ]);
    const bad = await api.request('PUT', '/api/v1/settings/publication', {
      internalSections: ['secrets'],
      timelineKinds: [],
      includeActions: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('internalSections');
    expect((await api.request('GET', '/api/v1/settings/publication')).json()).toMatchObject({
      timelineKinds: ['chat'],
    });
  });
});
