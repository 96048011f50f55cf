import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('accessibility of every main page (axe-core)', () => {
  let withPostmortem = '';
  let service = '';
  let slo = '';
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      await aftermath.api.call('loadDemo', {});
      const { data } = await aftermath.api.call('listIncidents', { query: { limit: 50 } });
      for (const incident of data.items) {
        const found = await aftermath.api
          .call('getPostmortem', { params: { key: incident.key } })
          .then(() => true)
          .catch(() => false);
        if (found) {
          withPostmortem = incident.key;
          break;
        }
      }
      service = data.items.flatMap((incident) => incident.services)[0] ?? '';
      slo = (await aftermath.api.call('listSlos', {})).data.items[0]?.definition.name ?? 'none';
    },
  });

  const pages: [string, () => string][] = [
    ['the incident list', () => '/incidents'],
    ['the new-incident form', () => '/incidents/new'],
    ['an incident page with its postmortem editor', () => `/incidents/${withPostmortem}`],
    ['search', () => '/search?q=database'],
    ['the dashboards', () => '/dashboards'],
    ['action items in progress', () => '/dashboards/executive'],
    ['the on-call dashboard', () => '/dashboards/on-call'],
    ['the RCA taxonomy settings', () => '/settings/rca-taxonomy'],
    ['the webhook settings', () => '/settings/webhooks'],
    ['the postmortem templates', () => '/settings/postmortem-templates'],
    ['the settings index', () => '/settings'],
    ['the SLO list', () => '/settings/slos'],
    ['a new SLO', () => '/settings/slos/new'],
    ['an SLO with its Prometheus source', () => `/settings/slos/${slo}`],
    ['the teams', () => '/settings/teams'],
    ['notifications and trackers', () => '/settings/integrations'],
    ['a service page', () => `/services/${service}`],
  ];

  it('fails on a page with a serious violation, naming the rule and the element', async () => {
    const { page } = workspace;
    await page.setContent('<main><h1>Form</h1><input type="text" id="unlabelled"></main>');
    await expect(expectNoSeriousAxeViolations(page, 'a bad page')).rejects.toThrow(
      /label \(critical\).*#unlabelled/,
    );
  });

  it.each(pages)('finds no serious or critical violation on %s', async (_name, pathOf) => {
    const { page } = workspace;
    const path = pathOf();
    expect(path).not.toMatch(/\/$/);
    await page.goto(`${workspace.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expect.poll(() => page.locator('.loading').count()).toBe(0);
    await expectNoSeriousAxeViolations(page, path);
    expect(workspace.pageErrors).toEqual([]);
  });
});
