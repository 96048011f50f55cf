import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

// Assembled at run time: never a whole credential in a committed file.
const secret = 'AKIA' + 'IOSFODNN7EXAMPLE';

describe.skipIf(!chromiumAvailable())('similar incidents and the public version', () => {
  const workspace = useSignedInWorkspace({
    seed: async (aftermath) => {
      const { api } = aftermath;
      for (const title of [
        'Queue backlog after a broker failover',
        'Broker failover stalled the queue',
      ]) {
        await api.call('createIncident', {
          body: { title, severity: 'SEV2', services: ['queue'] },
        });
      }
      await api.call('createAction', {
        params: { key: 'INC-1' },
        body: { title: 'Alert on consumer lag' },
      });
      await api.call('savePostmortem', {
        params: { key: 'INC-2' },
        body: {
          sections: {
            summary: `The broker key ${secret} leaked into a log.`,
            wentWrong: 'The failover runbook was stale.',
          },
        },
      });
    },
  });

  it('says which past incident this looks like, why, and marks it as a recurrence', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-2`);
    const panel = page.getByRole('region', { name: 'Similar incidents' });
    await expect.poll(() => panel.textContent(), { timeout: 15_000 }).toContain('Looks like INC-1');
    expect(await panel.textContent()).toContain('same service: queue');
    expect(await panel.textContent()).toContain('“Alert on consumer lag” is still open');
    await panel.getByRole('button', { name: 'Mark as a recurrence of INC-1' }).click();
    await expect
      .poll(() => panel.textContent(), { timeout: 15_000 })
      .toContain('Recurrence of INC-1');
    const { data } = await workspace.api.call('getIncident', { params: { key: 'INC-2' } });
    expect(data.recurrenceOf).toBe('INC-1');
    await saveScreenshot(page, 'similar-incidents');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('shows the internal vs public diff: removed sections and redacted spans', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/INC-2`);
    const panel = page.getByRole('region', { name: 'Internal vs public' });
    await panel.getByRole('button', { name: 'Compare with the public version' }).click();
    await expect
      .poll(() => panel.textContent())
      .toContain('internal-only sections removed: What went wrong');
    expect(await panel.locator('mark.redacted-span').textContent()).toBe(secret);
    expect(await panel.locator('mark.placeholder-span').textContent()).toBe(
      '[REDACTED:aws-access-key#1]',
    );
    await saveScreenshot(page, 'internal-vs-public');
    expect(workspace.pageErrors).toEqual([]);
  });
});
