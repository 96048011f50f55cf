import { describe, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const openslo = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: checkout-availability
spec:
  service: checkout
  indicator:
    metadata: { name: checkout-requests }
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: good } } }
        total: { metricSource: { type: Prometheus, spec: { query: total } } }
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`;

describe.skipIf(!chromiumAvailable())(
  'the error budget an incident spent, in its postmortem',
  () => {
    let key: string;
    const workspace = useSignedInWorkspace({
      seed: async (aftermath) => {
        await aftermath.api.call('createSlos', { body: { openslo } });
        // 2000 events up to the resolution, budget 1 % = 20; 10 bad inside the impact window.
        await aftermath.api.call('uploadSli', {
          params: { name: 'checkout-availability' },
          query: { format: 'csv' },
          body: 'timestamp,good,total\n2026-03-01T08:30:00Z,1000,1000\n2026-03-01T09:30:00Z,990,1000\n',
        });
        const { data } = await aftermath.api.call('createIncident', {
          body: {
            title: 'Checkout errors',
            severity: 'SEV2',
            services: ['checkout'],
            milestones: {
              impactStartedAt: '2026-03-01T09:00:00Z',
              resolvedAt: '2026-03-01T10:00:00Z',
            },
          },
        });
        key = data.key;
        await aftermath.api.call('savePostmortem', {
          params: { key },
          body: { sections: { summary: 'Errors.' } },
        });
      },
    });

    it('shows each SLO of the services with the share of its budget spent', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/incidents/${key}`);
      const line = page.getByLabel('Error budget spent during the impact');
      await line
        .getByText("checkout-availability (checkout): 50 % of the period's budget (10 of 20)")
        .waitFor();
      await line.getByText('(from impact start to resolution)').waitFor();
      await saveScreenshot(page, 'postmortem-slo-impact');
    });
  },
);
