import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('withdrawing a review request in the browser', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      await api.call('createIncident', { body: { title: 'Search index stale', severity: 'SEV3' } });
      await api.call('savePostmortem', {
        params: { key: 'INC-1' },
        body: { sections: { summary: 'Results were old.' } },
      });
      await api.call('requestPostmortemReviewers', {
        params: { key: 'INC-1' },
        body: { reviewers: ['bo', 'cy'] },
      });
    },
  });

  it('takes back a pending request from the review panel', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-1`);
    const requests = page
      .getByRole('region', { name: 'Review', exact: true })
      .getByRole('list', { name: 'Requested reviewers' });
    await expect.poll(() => requests.textContent()).toContain('cy: pending');
    await requests.getByRole('button', { name: 'Withdraw the request to cy' }).click();
    await expect.poll(() => requests.textContent()).not.toContain('cy');
    expect(await requests.textContent()).toContain('bo: pending');
    const { data } = await workspace.api.call('getPostmortemReview', { params: { key: 'INC-1' } });
    expect(data.requests.map((r) => r.name)).toEqual(['bo']);
    expect(workspace.pageErrors).toEqual([]);
  });
});
