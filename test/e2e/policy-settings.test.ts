import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { openSettingsPage, useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('the decision policy settings page', () => {
  const workspace = useSignedInWorkspace({
    // A part only the YAML edits: saving the form must keep it.
    policy: { gates: { in_review: ['summary'], published: ['summary', 'lessons'] } },
  });

  it('saves deadlines and approvals, keeps the YAML-only parts, and refuses a bad hour by field', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents`);
    await openSettingsPage(page, 'Decision policy');
    await page.waitForURL(/\/settings\/policy$/);
    const form = page.getByRole('form', { name: 'Edit the decision policy' });
    await expect.poll(() => form.getByLabel('Draft within (hours)').inputValue()).toBe('72');

    await form.getByLabel('Draft within (hours)').fill('48');
    await form.getByLabel('SEV2').fill('2');
    await form.getByLabel('Full postmortem from severity').selectOption('SEV1');
    await form.getByRole('button', { name: 'Save policy' }).click();
    await page.getByRole('status').filter({ hasText: 'Policy saved' }).waitFor();
    const { data: saved } = await workspace.api.call('getDecisionPolicy', {});
    expect(saved.deadlines.draftHours).toBe(48);
    expect(saved.review.approvals.SEV2).toBe(2);
    expect(saved.full.maxSeverity).toBe('SEV1');
    expect(saved.gates.published).toEqual(['summary', 'lessons']);
    // The form goes on from what was stored.
    expect(await form.getByLabel('Draft within (hours)').inputValue()).toBe('48');
    expect(await form.getByLabel('Full postmortem from severity').inputValue()).toBe('SEV1');

    await form.getByLabel('Hour (UTC)').fill('30');
    await form.getByRole('button', { name: 'Save policy' }).click();
    const hourField = form.locator('.field').filter({ hasText: 'Hour (UTC)' });
    await expect.poll(() => hourField.locator('.field-error').textContent()).toMatch(/23/);
    expect(await page.getByRole('status').filter({ hasText: 'Policy saved' }).count()).toBe(0);
    const { data: after } = await workspace.api.call('getDecisionPolicy', {});
    expect(after.reports.weekly.hourUtc).toBe(8);
    expect(after.deadlines.draftHours).toBe(48);

    await expectNoSeriousAxeViolations(page, '/settings/policy');
    await saveScreenshot(page, 'settings-policy');
    expect(workspace.pageErrors).toEqual([]);
  });
});
