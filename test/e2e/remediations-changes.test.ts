import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunningAftermath } from './support/aftermath';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const realDeployment = resolve(
  import.meta.dirname,
  '../../../shared/realdata/webhooks-github-octokit/dev/api.github.com/deployment/payload.json',
);
// Assembled at run time so no whole secret sits in a committed file.
const secret = ['whsec', 'e2e', 'changes', '0123456789'].join('-');

/** A real GitHub `deployment` body moved to an hour ago, for a repository no incident lists. */
function recentDeployment(): string {
  const body = JSON.parse(readFileSync(realDeployment, 'utf8')) as {
    deployment: { created_at: string };
    repository: { name: string };
  };
  body.deployment.created_at = new Date(Date.now() - 3_600_000).toISOString();
  body.repository.name = 'billing-worker';
  return JSON.stringify(body);
}

const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Two incidents with open, overdue and done actions and deploys on their timelines. */
async function seedIncidents({ api }: RunningAftermath): Promise<void> {
  await api.call('upsertService', { params: { name: 'checkout-api' }, body: { team: 'payments' } });
  const specs = [
    { title: 'Checkout 502s', service: 'checkout-api', deploy: 'checkout-api v42' },
    { title: 'Search timeouts', service: 'search-api', deploy: 'Enable flag fuzzy-search' },
  ];
  const actions = [
    [
      { title: 'Alert on pool saturation', owner: 'dana', dueDate: daysFromNow(-5) },
      { title: 'Runbook for failover', owner: 'erin', dueDate: daysFromNow(10) },
      { title: 'Old fix', dueDate: daysFromNow(-20), status: 'done' as const },
    ],
    [{ title: 'Shard the index', owner: 'dana', priority: 'P0' as const }],
  ];
  for (const [index, spec] of specs.entries()) {
    const { data } = await api.call('createIncident', {
      body: { title: spec.title, severity: 'SEV2', services: [spec.service] },
    });
    for (const body of actions[index] ?? []) {
      await api.call('createAction', { params: { key: data.key }, body });
    }
    await api.call('addTimelineEntry', {
      params: { key: data.key },
      body: {
        at: new Date(Date.now() - (index + 2) * 3_600_000).toISOString(),
        kind: spec.deploy.startsWith('Enable') ? 'change' : 'deploy',
        title: spec.deploy,
      },
    });
  }
}

describe.skipIf(!chromiumAvailable())('active remediations and the change feed', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await seedIncidents(aftermath);
      await aftermath.api.call('setWebhookAuth', {
        params: { source: 'github' },
        body: { secret },
      });
      const body = recentDeployment();
      const delivered = await fetch(`${aftermath.url}/api/v1/webhooks/github`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-delivery': 'e2e-deploy-1',
          'x-github-event': 'deployment',
          'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
        },
        body,
      });
      expect(((await delivered.json()) as { outcome: string }).outcome).toBe('unrouted');
    },
  });

  it('lists open actions due soonest with owner, incident and the overdue count', async () => {
    const { page } = workspace;
    const { data: active } = await workspace.api.call('listActionsAcross', {
      query: { status: 'open,in_progress', limit: 8 },
    });
    const { data: overdue } = await workspace.api.call('listActionsAcross', {
      query: { status: 'open,in_progress', overdue: 'true', limit: 1 },
    });
    expect([active.total, overdue.total]).toEqual([3, 1]);
    await page.goto(`${workspace.baseUrl}/dashboards/executive`);
    const panel = page.getByRole('article', { name: 'Active remediations' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain(
      `${active.total} open or in-progress action${active.total === 1 ? '' : 's'} across incidents, ${overdue.total} overdue`,
    );
    const rows = panel.locator('tbody tr');
    expect(await rows.count()).toBe(active.items.length);
    const first = active.items[0]!;
    const firstRow = rows.first();
    expect(await firstRow.textContent()).toContain(first.title);
    expect(await firstRow.textContent()).toContain(first.incident.key);
    expect(await firstRow.textContent()).toContain(first.owner ?? 'unowned');
    await saveScreenshot(page, 'dashboards-executive-remediations');
    await firstRow.getByRole('link', { name: first.incident.key }).click();
    await page.waitForURL(new RegExp(`/incidents/${first.incident.key}#actions$`));
    expect(workspace.pageErrors).toEqual([]);
  });

  it('shows the change feed on the on-call dashboard, unrouted deploys included', async () => {
    const { page } = workspace;
    const { data: feed } = await workspace.api.call('listChanges', {
      query: { from: new Date(Date.now() - 30 * 86_400_000).toISOString() },
    });
    await page.goto(`${workspace.baseUrl}/dashboards/on-call?window=30d`);
    const list = page.getByRole('list', { name: 'Recent changes' });
    await list.waitFor();
    const items = list.locator('li');
    expect(await items.count()).toBe(feed.items.length);
    const unrouted = items.filter({ hasText: 'billing-worker' });
    expect(await unrouted.textContent()).toContain('github delivery, no incident');
    expect(await unrouted.textContent()).toContain('deploy');
    const fromIncident = feed.items.find((item) => item.incident !== null);
    if (fromIncident) {
      expect(await items.filter({ hasText: fromIncident.title }).first().textContent()).toContain(
        `${fromIncident.incident?.key} timeline`,
      );
    }
    await saveScreenshot(page, 'dashboards-on-call-changes');
    expect(workspace.pageErrors).toEqual([]);
  });
});
