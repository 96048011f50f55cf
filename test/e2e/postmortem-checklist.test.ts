import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const awsKey = 'AKIA' + 'Z7VQ3XKM2P4LTR6N';

describe.skipIf(!chromiumAvailable())('the postmortem quality checklist', () => {
  let key: string;
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { data } = await aftermath.api.call('createIncident', {
        body: {
          title: 'Checkout pool exhausted',
          severity: 'SEV2',
          services: ['checkout'],
          customerImpact: { usersAffected: 1200 },
          milestones: {
            impactStartedAt: '2026-03-01T09:00:00Z',
            detectedAt: '2026-03-01T09:10:00Z',
            mitigatedAt: '2026-03-01T09:40:00Z',
            resolvedAt: '2026-03-01T10:00:00Z',
          },
        },
      });
      key = data.key;
      await aftermath.api.call('savePostmortem', {
        params: { key },
        body: {
          sections: { summary: `Pool exhausted; the key ${awsKey} was pasted from the console.` },
        },
      });
    },
  });

  it('shows score, policy decision, deadlines and fixes, and lists what blocks review', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/${key}`);
    const panel = page.getByRole('region', { name: 'Quality checklist' });
    await panel.getByText('Full postmortem required').waitFor();
    await panel
      .getByText('Severity SEV2 is SEV2 or worse: a full postmortem is required.')
      .waitFor();
    const deadlines = panel.getByRole('definition');
    await expect
      .poll(() => deadlines.allTextContents())
      .toEqual([expect.stringMatching(/met$/), expect.stringMatching(/overdue$/)]);
    const secrets = panel.locator('[data-item="no-secrets"]');
    await expect
      .poll(() => secrets.textContent())
      .toMatch(
        /No unredacted secrets \(failed\).*aws-access-key\) at Summary line 1.*How to fix: Remove or redact/,
      );
    await panel.getByText(/Before review — missing: No unredacted secrets/).waitFor();

    await page.getByRole('button', { name: 'Send for review' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'not ready for review' });
    await refusal.getByText(/^No unredacted secrets: 1 unredacted secret/).waitFor();
    await saveScreenshot(page, 'postmortem-checklist');

    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.fill('The checkout pool ran out after a config push halved it.');
    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await page.getByText('All changes saved.').waitFor();
    await panel.getByText(/Before review — ready/).waitFor();
    expect(await secrets.textContent()).toContain('(passed)');
  });
});
