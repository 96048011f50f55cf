import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';

describe.skipIf(!chromiumAvailable())('withdrawing a review request in the browser', () => {
  let aftermath: RunningAftermath;
  let session: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
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
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  it('takes back a pending request from the review panel', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/incidents/INC-1`);
    const requests = page
      .getByRole('region', { name: 'Review', exact: true })
      .getByRole('list', { name: 'Requested reviewers' });
    await expect.poll(() => requests.textContent()).toContain('cy: pending');
    await requests.getByRole('button', { name: 'Withdraw the request to cy' }).click();
    await expect.poll(() => requests.textContent()).not.toContain('cy');
    expect(await requests.textContent()).toContain('bo: pending');
    const { data } = await aftermath.api.call('getPostmortemReview', { params: { key: 'INC-1' } });
    expect(data.requests.map((r) => r.name)).toEqual(['bo']);
    expect(session.pageErrors).toEqual([]);
  });
});
