import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())(
  'blameless-language findings in the postmortem editor',
  () => {
    let key: string;
    const workspace = useSignedInWorkspace({
      seed: async (aftermath) => {
        const { data } = await aftermath.api.call('createIncident', {
          body: { title: 'Certificate expired on the edge', severity: 'SEV3', services: ['edge'] },
        });
        key = data.key;
        await aftermath.api.call('savePostmortem', { params: { key }, body: {} });
      },
    });

    it('shows each finding with its words, reason and rewrite as the owner types', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/incidents/${key}`);
      const summary = page.getByRole('textbox', { name: 'Summary' });
      await summary.fill(
        'The certificate expired.\nRoot cause: human error; we should have renewed it.',
      );
      const findings = page.getByRole('list', { name: 'Language findings in Summary' });
      const items = findings.getByRole('listitem');
      await expect
        .poll(() => items.allTextContents())
        .toEqual([
          expect.stringMatching(
            /^Line 2: human error blameless\/blame.*stops the analysis at a person.*Try: Describe the action/,
          ),
          expect.stringMatching(/^Line 2: should have renewed blameless\/counterfactual.*Try: /),
        ]);
      await saveScreenshot(page, 'postmortem-language-findings');

      await summary.fill('The certificate expired because renewal was manual and nothing alerted.');
      await expect.poll(() => findings.count()).toBe(0);
    });
  },
);
