import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// Follow-through pages: open actions per team with the overdue ones first (/actions), and the
// delivery log's Retry button (/settings/deliveries) against a local receiver that first fails.

/** `YYYY-MM-DD` (UTC) `days` from today; negative is in the past. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A webhook receiver on 127.0.0.1 answering 500 until `healthy` is set. */
async function startReceiver() {
  const state = { healthy: false, received: 0 };
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      state.received++;
      response.statusCode = state.healthy ? 200 : 500;
      response.end(state.healthy ? 'ok' : 'receiver broken');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.skipIf(!chromiumAvailable())('actions by team and retrying a failed delivery', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const workspace = useSignedInWorkspace({
    worker: { pollMs: 50, backoff: { baseMs: 20, maxMs: 80 } },
    timeoutMs: 240_000,
    seed: async (aftermath) => {
      receiver = await startReceiver();
      const { api } = aftermath;
      await api.call('upsertService', {
        params: { name: 'payments-api' },
        body: { team: 'payments' },
      });
      await api.call('upsertService', { params: { name: 'search-api' }, body: { team: 'search' } });
      const actions = [
        ['payments-api', 'Add a payment host check', 'pat', dayFromToday(-4)],
        ['payments-api', 'Write the failover runbook', 'pat', dayFromToday(10)],
        ['search-api', 'Shard the index', 'sam', dayFromToday(-12)],
        ['search-api', 'Alert on indexing lag', 'sky', dayFromToday(-2)],
      ] as const;
      for (const [service, title, owner, dueDate] of actions) {
        const incident = await api.call('createIncident', {
          body: { title: `${service} outage`, severity: 'SEV2', services: [service] },
        });
        await api.call('createAction', {
          params: { key: incident.data.key },
          body: { title, owner, dueDate },
        });
      }
    },
  });

  afterAll(async () => {
    await receiver?.close();
  });

  it('groups open actions by team, overdue first, with owner, due date and days late', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/actions`);
    const headings = page.locator('.team-actions h2');
    await headings.first().waitFor();
    // search has two overdue actions, payments one: search comes first although p < s.
    expect(await headings.allTextContents()).toEqual(['search', 'payments']);
    const search = page.getByRole('region', { name: 'search' });
    const searchRows = search.locator('tbody tr');
    expect(await searchRows.nth(0).textContent()).toContain('Shard the index');
    expect(await searchRows.nth(0).textContent()).toContain('12 d overdue');
    expect(await searchRows.nth(0).textContent()).toContain('sam');
    expect(await searchRows.nth(1).textContent()).toContain('2 d overdue');
    const payments = page.getByRole('region', { name: 'payments' });
    expect(await payments.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('4 d overdue'),
      expect.stringContaining('Write the failover runbook'),
    ]);
    await payments.getByText('1 of 2 overdue').waitFor();
    await expectNoSeriousAxeViolations(page, 'actions by team');
    await saveScreenshot(page, 'actions-by-team');

    await page.getByLabel('Overdue only').check();
    await page.getByText('Write the failover runbook').waitFor({ state: 'detached' });
    await page.getByLabel('Team').selectOption('payments');
    await expect.poll(() => headings.allTextContents()).toEqual(['payments']);
    expect(new URL(page.url()).search).toBe('?team=payments&overdue=true');
    expect(await payments.locator('tbody tr').count()).toBe(1);
  });

  it('retries a failed delivery from the log once the receiver works again', async () => {
    const { api } = workspace;
    await api.call('setNotificationTarget', {
      params: { name: 'ops-hook' },
      body: {
        type: 'webhook',
        events: '*',
        url: receiver.url,
        secret: ['receiver', 'secret', '0123456789'].join('-'),
      },
    });
    await api.call('testNotificationTarget', { params: { name: 'ops-hook' } });
    // The worker tries every attempt against the broken receiver, then gives up.
    await expect
      .poll(
        async () =>
          (await api.call('listOutgoingCalls', { query: { status: 'failed' } })).data.items.length,
        { timeout: 60_000 },
      )
      .toBe(1);
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/settings/deliveries`);
    const failedRow = page.locator('tr', { has: page.getByText('failed', { exact: true }) });
    await failedRow.getByText('HTTP 500', { exact: false }).waitFor();
    receiver.state.healthy = true;
    await failedRow.getByRole('button', { name: /^Retry/ }).click();
    await page.getByText('Queued again: it appears as a new entry at the top.').waitFor();
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return page.locator('.outcome-done').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    // The failed delivery stays in the log beside the one that went through.
    expect(await page.locator('.outcome-failed').count()).toBe(1);
    await saveScreenshot(page, 'delivery-log-retried');
  });
});
