import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { startAftermath, type RunningAftermath } from './support/aftermath';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { saveScreenshot } from './support/screenshots';

const tessPassword = 'tess-password-1';

describe.skipIf(!chromiumAvailable())('the tokens and tracker settings forms', () => {
  let aftermath: RunningAftermath;
  let admin: BrowserSession;
  let tess: BrowserSession;

  beforeAll(async () => {
    aftermath = await startAftermath();
    // A viewer of the workspace who is a responder of one team: write tokens, never admin ones.
    await aftermath.api.call('createUser', {
      body: { username: 'tess', password: tessPassword, role: 'viewer' },
    });
    await aftermath.api.call('upsertService', { params: { name: 'vault' }, body: { team: 'sec' } });
    await aftermath.api.call('setTeamMember', {
      params: { team: 'sec', username: 'tess' },
      body: { role: 'responder' },
    });
    admin = await openBrowserSession();
    tess = await openBrowserSession({ signedIn: false });
  });

  afterAll(async () => {
    await tess?.close();
    await admin?.close();
    await aftermath?.close();
  });

  it('offers a team responder read and write tokens only, and says why not admin or webhook', async () => {
    const { page } = tess;
    await page.goto(`${aftermath.url}/settings/tokens`);
    await page.getByLabel('Username').fill('tess');
    await page.getByLabel('Password').fill(tessPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();

    const scope = page.getByLabel('Scope');
    expect(await scope.locator('option').allInnerTexts()).toEqual(['read', 'write']);
    const note = page.locator('.token-scope-note');
    expect(await note.innerText()).toContain('Not offered to you (responder');
    expect(await note.locator('li').allInnerTexts()).toEqual([
      'admin: needs the admin role on the account (a team admin counts as reviewer); tess is at most responder',
      'webhook: needs the admin role on the account (a team admin counts as reviewer); tess is at most responder',
    ]);
    // The note is the select's description, so a screen reader reads it with the choice.
    const describedBy = (await scope.getAttribute('aria-describedby')) ?? '';
    expect(await note.getAttribute('id')).toBe(describedBy);

    await scope.selectOption('write');
    await page.getByLabel('Description').fill('deploy bot');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('New token').innerText();
    expect(token).toMatch(/^amt_/);
    const { data } = await aftermath.api.call('listTokens', { query: { username: 'tess' } });
    expect(data.items.map((item) => item.scope)).toEqual(['write']);
    await expectNoSeriousAxeViolations(page, '/settings/tokens (team responder)');
    await saveScreenshot(page, 'settings-tokens-capped');
    expect(tess.pageErrors).toEqual([]);
  });

  it('offers an admin every scope with no note', async () => {
    const { page } = admin;
    await page.goto(`${aftermath.url}/settings/tokens`);
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    expect(await page.getByLabel('Scope').locator('option').allInnerTexts()).toEqual([
      'read',
      'write',
      'admin',
      'webhook',
    ]);
    expect(await page.locator('.token-scope-note').count()).toBe(0);
  });
  it('sets a Jira tracker with its issue type and a write-only webhook secret shown as set', async () => {
    const { page } = admin;
    await page.goto(`${aftermath.url}/settings/integrations`);
    const form = page.getByRole('form', { name: "Set a team's tracker" });
    await form.getByLabel('Team', { exact: true }).fill('sec');
    await form.getByLabel('Tracker').selectOption('jira');
    await form.getByLabel('API address').fill('http://127.0.0.1:9');
    await form.getByLabel('Project').fill('OPS');
    await form.getByLabel('Account e-mail').fill('bot@example.com');
    await form.getByLabel('API token').fill('jira-' + 'token-1');
    await form.getByLabel('Issue type').fill('Bug');
    await form.getByLabel('Webhook secret').fill('short');
    await form.getByRole('button', { name: 'Save tracker' }).click();
    const secretField = form.locator('.field', { has: page.getByLabel('Webhook secret') });
    await expect.poll(() => secretField.locator('.field-error').textContent()).toContain('16');
    expect((await aftermath.api.call('listTrackers', {})).data.items).toEqual([]);
    expect(await secretField.locator('.hint').innerText()).toMatch(/^not set;/);

    const secret = 'whsec-' + 'long-enough-secret';
    await form.getByLabel('Webhook secret').fill(secret);
    await form.getByRole('button', { name: 'Save tracker' }).click();
    await page.getByRole('cell', { name: 'sec', exact: true }).waitFor();
    const { data } = await aftermath.api.call('listTrackers', {});
    expect(data.items).toMatchObject([
      { team: 'sec', kind: 'jira', issueType: 'Bug', webhookSecretSet: true, tokenSet: true },
    ]);
    // Write-only: the secret is never shown back, only that one is set.
    expect(await form.getByLabel('Webhook secret').inputValue()).toBe('');
    expect(await secretField.locator('.hint').innerText()).toMatch(/^set;/);
    const row = page.locator('tr', { hasText: 'OPS' });
    expect(await row.innerText()).toContain('Bug issues');
    expect(await row.innerText()).toContain('set');
    expect(await page.content()).not.toContain(secret);
    await expectNoSeriousAxeViolations(page, '/settings/integrations (tracker saved)');
    await saveScreenshot(page, 'settings-tracker-jira');
    expect(admin.pageErrors).toEqual([]);
  });
});
