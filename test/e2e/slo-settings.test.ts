import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

const name = 'search-availability';

const objective = (form: Locator, index: number) =>
  form.getByRole('group', { name: `Objective ${index}` });

async function targets(aftermath: RunningAftermath): Promise<number[]> {
  const { data } = await aftermath.api.call('getSlo', { params: { name } });
  return data.definition.objectives.map((item) => item.target);
}

function fieldError(page: Page, group: Locator, label: string): Locator {
  return group.locator('.field', { has: page.getByLabel(label) }).locator('.field-error');
}

describe.skipIf(!chromiumAvailable())('the SLO form: several objectives, versions, saved', () => {
  let aftermath: RunningAftermath;
  let session: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
    session = await openBrowserSession();
  });

  afterAll(async () => {
    await session?.close();
    await aftermath?.close();
  });

  it('creates an SLO with two objectives and edits the second, each row with its own errors', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/settings/slos/new`);
    const form = page.getByRole('form', { name: 'New SLO' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Service').fill('search-api');
    await form.getByLabel('Good events query').fill('sum(rate(search_ok[5m]))');
    await form.getByLabel('Total events query').fill('sum(rate(search_all[5m]))');
    await objective(form, 1).getByLabel('Target (%)').fill('99');
    await form.getByRole('button', { name: 'Add objective' }).click();
    await objective(form, 2).getByLabel('Objective name').fill('strict');
    await objective(form, 2).getByLabel('Target (%)').fill('99.9');
    await form.getByRole('button', { name: 'Create SLO' }).click();
    await page.waitForURL(new RegExp(`/settings/slos/${name}$`));
    await page.getByRole('status').filter({ hasText: 'SLO created' }).waitFor();
    expect(await targets(aftermath)).toEqual([0.99, 0.999]);

    const edit = page.getByRole('form', { name: `Edit SLO ${name}` });
    // A bad value in the second row is named there, not under the first row's target.
    await objective(edit, 2).getByLabel('Target (%)').fill('150');
    await edit.getByRole('button', { name: 'Save SLO' }).click();
    const second = fieldError(page, objective(edit, 2), 'Target (%)');
    await expect.poll(() => second.textContent()).toMatch(/1/);
    expect(await fieldError(page, objective(edit, 1), 'Target (%)').count()).toBe(0);
    expect(await targets(aftermath)).toEqual([0.99, 0.999]);

    await objective(edit, 2).getByLabel('Target (%)').fill('99.5');
    await edit.getByRole('button', { name: 'Save SLO' }).click();
    await expect.poll(() => edit.getByRole('status').textContent()).toContain('Saved.');
    expect(await targets(aftermath)).toEqual([0.99, 0.995]);
    expect(await second.count()).toBe(0);
    await expectNoSeriousAxeViolations(page, `/settings/slos/${name} (saved)`);

    // A third objective added and removed again leaves two.
    await edit.getByRole('button', { name: 'Add objective' }).click();
    await edit.getByRole('button', { name: 'Remove objective 3' }).click();
    expect(await edit.getByRole('group', { name: /^Objective \d$/ }).count()).toBe(2);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses a stale edit with the conflict message, keeps the typed values and lists what changed', async () => {
    const { page } = session;
    await page.goto(`${aftermath.url}/settings/slos/${name}`);
    const edit = page.getByRole('form', { name: `Edit SLO ${name}` });
    await objective(edit, 2).getByLabel('Target (%)').waitFor();

    // Someone else saves while the page is open: the first objective becomes 98 %.
    const { data: current } = await aftermath.api.call('getSlo', { params: { name } });
    const [first, ...rest] = current.definition.objectives;
    if (!first) throw new Error('the SLO has no first objective');
    await aftermath.api.call('updateSlo', {
      params: { name },
      body: { ...current.definition, objectives: [{ ...first, target: 0.98 }, ...rest] },
    });

    await objective(edit, 2).getByLabel('Target (%)').fill('99.8');
    await edit.getByRole('button', { name: 'Save SLO' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Someone else changed this SLO' });
    await conflict.waitFor();
    expect(await targets(aftermath)).toEqual([0.98, 0.995]);
    expect(await objective(edit, 2).getByLabel('Target (%)').inputValue()).toBe('99.8');

    await conflict.getByRole('button', { name: 'Show what they changed' }).click();
    await expect
      .poll(() => conflict.locator('.slo-changes').innerText())
      .toContain('Objective 1 target (%): 99 → 98');
    expect(await conflict.locator('.slo-changes li').count()).toBe(1);
    expect(await objective(edit, 2).getByLabel('Target (%)').inputValue()).toBe('99.8');
    await expectNoSeriousAxeViolations(page, `/settings/slos/${name} (conflict)`);
    await saveScreenshot(page, 'settings-slo-conflict');

    // Saving again is based on the latest version now: the person's values replace it, knowingly.
    await edit.getByRole('button', { name: 'Save SLO' }).click();
    await expect.poll(() => edit.getByRole('status').textContent()).toContain('Saved.');
    expect(await conflict.count()).toBe(0);
    expect(await targets(aftermath)).toEqual([0.99, 0.998]);
    expect(session.pageErrors).toEqual([]);
  });
});
