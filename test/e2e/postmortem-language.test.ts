import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(!chromiumAvailable())(
  'blameless-language findings in the postmortem editor',
  () => {
    let aftermath: RunningAftermath;
    let session: BrowserSession;
    let key: string;

    beforeAll(async () => {
      aftermath = await startAftermath();
      session = await openBrowserSession();
      const { data } = await aftermath.api.call('createIncident', {
        body: { title: 'Certificate expired on the edge', severity: 'SEV3', services: ['edge'] },
      });
      key = data.key;
      await aftermath.api.call('savePostmortem', { params: { key }, body: {} });
    });

    afterAll(async () => {
      await session?.close();
      await aftermath?.close();
    });

    it('shows each finding with its words, reason and rewrite as the owner types', async () => {
      const { page } = session;
      await page.goto(`${aftermath.url}/incidents/${key}`);
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
