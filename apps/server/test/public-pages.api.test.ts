import { testDialects } from '@aftermath/storage/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

// Assembled at run time: never a whole credential in a committed file.
const secret = 'AKIA' + 'IOSFODNN7EXAMPLE';

describe.each(testDialects())('public pages on %s', (dialect) => {
  let api: ApiHarness;

  async function publish(key: string, sections: Record<string, string>): Promise<void> {
    await api.request('PUT', `/api/v1/incidents/${key}/postmortem`, { sections });
    for (const to of ['in_review', 'approved', 'published']) {
      const moved = await api.request('POST', `/api/v1/incidents/${key}/postmortem/transitions`, {
        to,
      });
      expect(moved.statusCode).toBe(200);
    }
  }

  beforeEach(async () => {
    api = await createApiHarness(dialect);
    await api.request('PUT', '/api/v1/notifications/targets/stakeholders', {
      type: 'slack',
      events: ['published'],
      url: 'https://chat.example.test/hooks/T1',
    });
    await api.request('PUT', '/api/v1/settings/policy', {
      gates: { in_review: [], published: [] },
      review: { approvals: { SEV1: 0, SEV2: 0, SEV3: 0 } },
    });
    await api.request('POST', '/api/v1/incidents', {
      title: 'Checkout errors after a config push',
      severity: 'SEV2',
      customerImpact: {
        description: 'Card payments failed for one in ten buyers.',
        usersAffected: 4200,
      },
      milestones: { impactStartedAt: '2026-11-19T09:00:00Z', mitigatedAt: '2026-11-19T09:47:00Z' },
    });
    await publish('INC-1', {
      summary: `A config push removed the payment host; the key ${secret} was rotated.`,
      trigger: 'A configuration push removed the payment host from the allow-list.',
      wentWrong: 'INTERNAL-ONLY: the runbook was stale.',
    });
    await api.request('POST', '/api/v1/incidents', { title: 'Draft only', severity: 'SEV3' });
    await api.request('PUT', '/api/v1/incidents/INC-2/postmortem', {
      sections: { summary: 'UNPUBLISHED draft text.' },
    });
    await api.request('POST', '/api/v1/incidents', {
      title: 'RESTRICTED breach',
      severity: 'SEV1',
      visibility: 'restricted',
    });
    await publish('INC-3', { summary: 'RESTRICTED details of a breach.' });
  });
  afterEach(async () => {
    await api.close();
  });

  it('serves the index of published, non-restricted postmortems without a session', async () => {
    const index = await api.anonymous('GET', '/public/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['content-security-policy']).not.toContain('script-src');
    expect(index.body).toContain(
      '<a href="INC-1.html">INC-1: Checkout errors after a config push</a>',
    );
    expect(index.body).toContain('Card payments failed for one in ten buyers.');
    expect(index.body).not.toContain('INC-2');
    expect(index.body).not.toContain('RESTRICTED');
    expect(index.body).not.toContain('<script');
    expect((await api.anonymous('GET', '/public')).headers.location).toBe('/public/');
  });

  it('serves a published page redacted, without internal sections, with the summary in brief', async () => {
    const page = await api.anonymous('GET', '/public/INC-1.html');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h2>In brief</h2>');
    expect(page.body).toContain(
      '<strong>Impact:</strong> Card payments failed for one in ten buyers. About 4,200 users were affected. Impact lasted 47 min.',
    );
    expect(page.body).toContain(
      '<strong>Cause:</strong> A configuration push removed the payment host from the allow-list.',
    );
    expect(page.body).toContain('[REDACTED:aws-access-key#1]');
    expect(page.body).not.toContain(secret);
    expect(page.body).not.toContain('INTERNAL-ONLY');
  });

  it('answers 404 alike for a draft, a restricted incident, a missing one and a bad name', async () => {
    for (const url of [
      '/public/INC-2.html',
      '/public/INC-3.html',
      '/public/INC-9.html',
      '/public/INC-1',
    ]) {
      const answer = await api.anonymous('GET', url);
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body).not.toMatch(/UNPUBLISHED|RESTRICTED/);
    }
  });

  it('drops a postmortem from the pages once it is reopened', async () => {
    const moved = await api.request('POST', '/api/v1/incidents/INC-1/postmortem/transitions', {
      to: 'draft',
    });
    expect(moved.statusCode).toBe(200);
    expect((await api.anonymous('GET', '/public/INC-1.html')).statusCode).toBe(404);
    expect((await api.anonymous('GET', '/public/')).body).toContain(
      'No postmortems have been published yet.',
    );
  });

  it('serves an Atom feed with one entry per published postmortem', async () => {
    const feed = await api.anonymous('GET', '/public/feed.atom', undefined, {
      host: 'status.example',
    });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(feed.body.match(/<entry>/g)).toHaveLength(1);
    expect(feed.body).toContain('<id>http://status.example/public/INC-1.html</id>');
    expect(feed.body).toContain('<published>2026-11-20T10:00:00.000Z</published>');
    expect(feed.body).toContain('Impact: Card payments failed');
    expect(feed.body).not.toContain(secret);
    expect(feed.body).not.toMatch(/INC-2|INC-3|RESTRICTED/);
  });

  it('tells stakeholders of a publication with the executive summary, restricted ones by key only', async () => {
    const jobs = await api.store.jobs.list({ kinds: ['notification.deliver'], limit: 10 });
    const events = jobs
      .map((job) => (job.payload as { event: { title: string; body: string } }).event)
      .sort((a, b) => a.title.localeCompare(b.title));
    // Like every event about a restricted incident, its notice is withheld down to key and event.
    expect(events.map((event) => event.title)).toEqual([
      'Postmortem published: INC-1 Checkout errors after a config push',
      'Restricted incident INC-3: published',
    ]);
    expect(events[1]?.body).toMatch(
      /^The details are withheld because this incident is restricted\./,
    );
    expect(events[0]?.body).toMatch(
      /^Impact: Card payments failed for one in ten buyers\. .*\n\nCause: A configuration push removed the payment host from the allow-list\.\n\nWhat we are doing: /,
    );
    expect(JSON.stringify(events)).not.toContain(secret);
  });
});
