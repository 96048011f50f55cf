import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';
import { useSignedInWorkspace } from './support/signed-in-workspace';

describe.skipIf(!chromiumAvailable())('an incident from first report to written postmortem', () => {
  const workspace = useSignedInWorkspace();

  it('shows the field the server rejected when the form is incomplete', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/new`);
    await page.getByLabel('Services').fill('Checkout API');
    await page.getByRole('button', { name: 'Create incident' }).click();
    const title = page.getByLabel('Title');
    await expect.poll(() => title.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.locator('.field-error').count()).toBe(2);
    await saveScreenshot(page, 'new-incident-errors');
    expect(page.url()).toBe(`${workspace.baseUrl}/incidents/new`);
  });

  it('creates an incident, adds to its timeline, writes the summary, and keeps all after reload', async () => {
    const { page } = workspace;
    await page.goto(`${workspace.baseUrl}/incidents/new`);
    await page.getByLabel('Title').fill('Checkout fails for EU customers');
    await page.getByLabel(/SEV1/).check();
    await page.getByLabel('Services').fill('checkout-api, payments');
    await page.getByLabel('Commander').fill('dana');
    await saveScreenshot(page, 'new-incident-form');
    await page.getByRole('button', { name: 'Create incident' }).click();

    await page.waitForURL(/\/incidents\/INC-1$/);
    await page
      .getByRole('heading', { level: 1, name: /Checkout fails for EU customers/ })
      .waitFor();

    await page.getByLabel('Time (local)').fill('2026-03-01T13:05:09');
    await page.getByLabel('Kind').selectOption('alert');
    await page.getByLabel('What happened').fill('Error rate on checkout-api above 5%');
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page
      .locator('.timeline-entry', { hasText: 'Error rate on checkout-api above 5%' })
      .waitFor();

    await page.getByRole('button', { name: 'Start the postmortem' }).click();
    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.fill('Checkout returned **errors** for 42 minutes after a bad deploy.');
    await page.getByLabel('Summary preview').locator('strong', { hasText: 'errors' }).waitFor();
    await page.getByRole('button', { name: 'Save postmortem' }).click();
    await page.getByText('All changes saved.').waitFor();

    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: /Checkout fails for EU customers/ })
      .waitFor();
    await page
      .locator('.timeline-entry', { hasText: 'Error rate on checkout-api above 5%' })
      .waitFor();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Summary' }).inputValue())
      .toBe('Checkout returned **errors** for 42 minutes after a bad deploy.');
    const entryTime = page.locator('.timeline-entry time').first();
    expect(await entryTime.getAttribute('datetime')).toBe('2026-03-01T12:05:09.000Z');
    await saveScreenshot(page, 'incident-page');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('offers only the legal status moves, and a move stamps its milestone', async () => {
    const { page } = workspace;
    const moves = page.getByRole('group', { name: 'Change status' }).getByRole('button');
    expect(await moves.allInnerTexts()).toEqual(['Mark mitigated', 'Mark resolved']);
    await page.getByRole('button', { name: 'Mark mitigated' }).click();
    await expect.poll(() => moves.allInnerTexts()).toEqual(['Reopen', 'Mark resolved']);
    expect(await page.getByLabel('Mitigated', { exact: true }).inputValue()).not.toBe('');
    const { data } = await workspace.api.call('getIncident', { params: { key: 'INC-1' } });
    expect(data.status).toBe('mitigated');
  });

  it('edits the details in place, sending only what changed', async () => {
    const { page } = workspace;
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Title').fill('Checkout fails for EU and UK customers');
    await page.getByLabel('Services').fill('checkout-api, payments, eu-edge');
    await saveScreenshot(page, 'incident-edit-details');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('heading', { level: 1, name: /EU and UK customers/ }).waitFor();
    const { data } = await workspace.api.call('getIncident', { params: { key: 'INC-1' } });
    expect(data).toMatchObject({
      title: 'Checkout fails for EU and UK customers',
      services: ['checkout-api', 'payments', 'eu-edge'],
      commander: 'dana',
      status: 'mitigated',
    });
  });

  it('adds an action item and moves it through its statuses', async () => {
    const { page } = workspace;
    await page.getByLabel('Action', { exact: true }).fill('Alert on checkout error rate');
    await page.getByLabel('Priority').selectOption('P1');
    await page.getByLabel('Owner').fill('dana');
    await page.getByLabel('Due date').fill('2026-04-15');
    await page
      .getByLabel('Verification criteria')
      .fill('A replayed incident pages within 2 minutes');
    await page.getByRole('button', { name: 'Add action item' }).click();
    const status = page.getByLabel('Status of “Alert on checkout error rate”');
    await status.selectOption('in_progress');
    await expect
      .poll(
        async () => (await workspace.api.call('listActions', { params: { key: 'INC-1' } })).data,
      )
      .toMatchObject({
        items: [{ title: 'Alert on checkout error rate', priority: 'P1', status: 'in_progress' }],
      });
    expect(await status.locator('option').allInnerTexts()).toEqual([
      'In progress',
      'Open',
      'Done',
      "Won't do",
    ]);
    await saveScreenshot(page, 'incident-page-actions');
  });

  it('lists the new incident with its severity, status and services', async () => {
    const { page } = workspace;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Incidents' })
      .click();
    const row = page.locator('tbody tr', { hasText: 'INC-1' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /SEV1[\s\S]*Mitigated[\s\S]*checkout-api[\s\S]*payments[\s\S]*eu-edge/,
    );
    await saveScreenshot(page, 'incident-list');
  });
});
