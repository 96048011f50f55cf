import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// One long journey through the page: generous time on a busy machine.
describe.skipIf(!chromiumAvailable())(
  'the postmortem review workflow',
  { timeout: 120_000 },
  () => {
    let key: string;
    const workspace = useSignedInWorkspace({
      // Checklist gates have their own browser test; here only approvals guard `approved`.
      policy: { gates: { in_review: [], published: [] } },
      seed: async (aftermath) => {
        const { data } = await aftermath.api.call('createIncident', {
          body: { title: 'Search index stale', severity: 'SEV3', commander: 'ana' },
        });
        key = data.key;
        const first = await aftermath.api.call('savePostmortem', {
          params: { key },
          body: { sections: { impact: 'Search results were old.' }, author: 'ana' },
        });
        await aftermath.api.call('savePostmortem', {
          params: { key },
          body: {
            sections: {
              impact: 'Search results were up to 40 minutes old.\nWrites were not lost.',
            },
            author: 'ana',
          },
          ifMatch: first.etag ?? '"1"',
        });
        await aftermath.api.call('transitionPostmortem', {
          params: { key },
          body: { to: 'in_review' },
          ifMatch: '"2"',
        });
      },
    });

    it('requests a reviewer, comments on a section, approves, shows a diff and moves to approved', async () => {
      const { page } = workspace;
      await page.goto(`${workspace.baseUrl}/incidents/${key}`);
      const review = page.getByRole('region', { name: 'Review', exact: true });
      // Until the page is signed in as someone, the reviewer says who they are.
      await review.getByLabel('You are').fill('admin');

      await review.getByLabel('Owned by').fill('ana');
      await review.getByRole('button', { name: 'Set owner' }).click();
      await review
        .getByText('ana is both the postmortem owner and the incident commander')
        .waitFor();
      await saveScreenshot(page, 'postmortem-review-owner-warning');
      await review.getByLabel('Owned by').fill('cy');
      await review.getByRole('button', { name: 'Set owner' }).click();
      await expect.poll(() => review.getByText(/is both the postmortem owner/).count()).toBe(0);

      await review.getByLabel('Request a review from').fill('admin');
      await review.getByRole('button', { name: 'Request review' }).click();
      await review
        .getByRole('list', { name: 'Requested reviewers' })
        .getByText('pending')
        .waitFor();
      await review.getByText(/Approvals 0 of 1/).waitFor();

      const comments = page.getByRole('complementary', { name: 'Comments on Impact' });
      await comments.getByRole('textbox').fill('@cy is "40 minutes" from the indexer lag graph?');
      await comments.getByRole('button', { name: 'Comment' }).click();
      const thread = comments.getByRole('group', { name: 'Comment thread by admin' });
      await thread.getByText('@cy is "40 minutes" from the indexer lag graph?').waitFor();
      await thread.getByRole('textbox').fill('Yes, the p99 of the lag panel.');
      await thread.getByRole('button', { name: 'Reply' }).click();
      await thread.getByText('Yes, the p99 of the lag panel.').waitFor();
      await saveScreenshot(page, 'postmortem-review-comment');
      await thread.getByRole('button', { name: 'Resolve' }).click();
      await comments.getByText('Resolved by admin · 2 comments').waitFor();

      await review.getByRole('button', { name: 'Approve this version' }).click();
      await review.getByText('ready to approve').waitFor();
      await review
        .getByRole('list', { name: 'Verdicts' })
        .getByText(/admin approved v2/)
        .waitFor();

      const history = page.getByRole('region', { name: 'History', exact: true });
      const versions = history.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
      await expect.poll(() => versions.count()).toBe(2);
      const diff = history.getByLabel('Changes from v1 to v2');
      await diff.getByText('Search results were up to 40 minutes old.').waitFor();
      expect(await diff.locator('tr.diff-delete').allTextContents()).toEqual([
        '1−Search results were old.',
      ]);
      await saveScreenshot(page, 'postmortem-review-history');

      await page.getByRole('button', { name: 'Approve', exact: true }).click();
      await page.locator('.pm-status').getByText('Approved', { exact: true }).waitFor();
      await saveScreenshot(page, 'postmortem-review-approved');
    });
  },
);
