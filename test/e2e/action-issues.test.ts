import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeCredentials,
  startFakeTrackers,
  type FakeTrackers,
} from '../../apps/server/test/trackers/fake-trackers';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

// The Issue column of the action table and the delivery log, with GitHub played by a local server
// speaking the documented Issues API (apps/server/test/trackers/fake-trackers.ts).

describe.skipIf(!chromiumAvailable())('action issues and the delivery log', () => {
  let fake: FakeTrackers;
  let incidentKey: string;
  const savedKey = process.env.AFTERMATH_SECRET_KEY;

  // Registered first, so the key is set before the server starts and the fake outlives it.
  beforeAll(async () => {
    process.env.AFTERMATH_SECRET_KEY = 'e7'.repeat(32);
    fake = await startFakeTrackers();
  });
  afterAll(async () => {
    await fake?.close();
    if (savedKey === undefined) delete process.env.AFTERMATH_SECRET_KEY;
    else process.env.AFTERMATH_SECRET_KEY = savedKey;
  });
  const workspace = useSignedInWorkspace({
    seed: async ({ api }) => {
      await api.call('setTracker', {
        params: { team: 'default' },
        body: {
          kind: 'github',
          baseUrl: fake.url,
          project: 'acme/api',
          token: fakeCredentials.githubToken,
          autoCreate: false,
        },
      });
      const { data } = await api.call('createIncident', {
        body: { title: 'Queue backlog', severity: 'SEV2' },
      });
      incidentKey = data.key;
      for (const title of ['Alert on queue depth', 'Shard the queue']) {
        await api.call('createAction', { params: { key: data.key }, body: { title } });
      }
      fake.github.set(1, {
        title: 'Queue alert',
        description: '',
        state: 'open',
        stateName: 'open',
      });
    },
  });

  it('links an existing issue, queues a new one and shows the call in the delivery log', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${incidentKey}`);
    const first = page.locator('.actions-table tr', { hasText: 'Alert on queue depth' });
    await first.getByRole('button', { name: 'Link issue' }).click();
    await first.getByLabel('Issue reference').fill('#99');
    await first.getByRole('button', { name: 'Link', exact: true }).click();
    await expect
      .poll(() => first.getByRole('alert').innerText())
      .toContain('GitHub has no issue #99');
    await first.getByLabel('Issue reference').fill('#1');
    await first.getByRole('button', { name: 'Link', exact: true }).click();
    const issueLink = first.getByRole('link', { name: 'acme/api#1' });
    await issueLink.waitFor();
    expect(await issueLink.getAttribute('href')).toBe('https://github.example/acme/api/issues/1');
    expect(await first.locator('.issue-state').innerText()).toBe('open');
    await saveScreenshot(page, 'action-issue-linked');

    // No worker runs in this server: the creation stays queued, as the delivery log says.
    const second = page.locator('.actions-table tr', { hasText: 'Shard the queue' });
    await second.getByRole('button', { name: 'Create issue' }).click();
    await expect.poll(() => second.getByRole('button', { name: 'Filing issue…' }).count()).toBe(1);
    await openSettingsPage(page, 'Deliveries');
    await page.getByRole('heading', { name: 'Delivery log', level: 1 }).waitFor();
    const row = page.locator('.delivery-log tbody tr').first();
    await expect.poll(() => row.innerText()).toContain('Shard the queue');
    const text = await row.innerText();
    expect(text).toContain('Issue filed');
    expect(text).toContain('queued');
    expect(text).toContain('0 of 10');
    expect(await row.getByRole('button', { name: /Retry/ }).count()).toBe(0);
    await saveScreenshot(page, 'delivery-log');
  });
});
