import { mkdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { ArchiveRow, ArchiveValue, ArchivedRow } from '@aftermath/core';
import { createIncidentInput, emptyMilestones, severity } from '@aftermath/domain';
import { startServer, type RunningServer } from '@aftermath/server';
import { openTestStore } from '@aftermath/storage/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAdmin, testAdmin } from '../integration/support/test-admin';
import { expectNoSeriousAxeViolations } from './support/accessibility';
import { registerBrowserSignIn } from './support/browser-sign-in';
import { openBrowserSession, type BrowserSession } from './support/browser-session';
import { chromiumAvailable } from './support/chromium';
import { buildWebApp } from './support/web-build';

/** The workspace size the issue names: "lists of thousands of incidents scroll smoothly". */
const incidentCount = 5000;
const services = ['checkout', 'payments', 'search', 'identity', 'notifications', 'ledger'];

type TestStore = Awaited<ReturnType<typeof openTestStore>>;

/** Tables with one or more rows per incident, parents first; their rows are copied per incident. */
const perIncident = ['incidents', 'incident_services', 'incident_tags'];

/** Incident `n`'s copy of one of INC-1's rows: its key, number, title, severity, service, time. */
function rowForIncident(row: ArchiveRow, n: number): ArchiveRow {
  const service = services[n % services.length] ?? 'checkout';
  const title = `Incident number ${n}: ${service} latency above its SLO`;
  const at = new Date(Date.parse('2024-01-01T00:00:00Z') + n * 3_600_000).toISOString();
  const copy: ArchiveRow = { ...row };
  const set = (column: string, value: ArchiveValue) => {
    if (column in copy) copy[column] = value;
  };
  set('key', `INC-${n}`);
  set('incident_key', `INC-${n}`);
  set('number', n);
  set('title', title);
  set('title_folded', title.toLowerCase());
  set('severity', severity.options[n % severity.options.length] ?? 'SEV3');
  set('service', service);
  set('created_at', at);
  set('updated_at', at);
  return copy;
}

/**
 * Seeds 5,000 incidents in seconds (one call per incident takes over a minute on a busy machine):
 * INC-1 is written through the incident repository, then its rows are copied 5,000 times through
 * the backup port's all-or-nothing restore — the same rows, in every table, the repository writes.
 * Every seventh incident is tagged `database`.
 */
async function seedIncidents(store: TestStore): Promise<void> {
  const input = createIncidentInput.parse({
    title: 'template',
    severity: 'SEV3',
    services: ['checkout'],
    tags: ['database'],
  });
  await store.transaction(async (tx) => {
    const at = new Date().toISOString();
    await tx.incidents.insert({
      ...input,
      key: 'INC-1',
      status: 'open',
      milestones: { ...emptyMilestones, ...input.milestones },
      recurrenceOf: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  });
  const template: ArchivedRow[] = [];
  await store.archive.exportRows((table, row) => {
    template.push({ table, row });
    return Promise.resolve();
  });
  function* rows(): Iterable<ArchivedRow> {
    for (const { table, row } of template) {
      if (table === 'counters') yield { table, row: { ...row, value: incidentCount } };
      else if (!perIncident.includes(table)) yield { table, row };
    }
    for (const table of perIncident) {
      const copied = template.filter((row) => row.table === table);
      for (let n = 1; n <= incidentCount; n++) {
        if (table === 'incident_tags' && n % 7 !== 0) continue;
        for (const { row } of copied) yield { table, row: rowForIncident(row, n) };
      }
    }
  }
  await store.archive.replaceRows(Readable.from(rows()), { force: true });
}

/** Signs the admin in over HTTP and hands the session cookie to browsers opened afterwards. */
async function signInBrowsers(url: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(testAdmin),
  });
  expect(response.status).toBe(201);
  const [name = '', value = ''] = (response.headers.get('set-cookie') ?? '')
    .split(';')[0]!
    .split('=');
  registerBrowserSignIn(url, { name, value });
}

const screenshots = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** The viewport only: a full-page picture of 5,000 rows would be hundreds of thousands of pixels tall. */
async function saveViewportScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: `${screenshots}${name}.png` });
}

/** Starts recording the time between animation frames in the page, in milliseconds. */
const recordFrames = `(() => {
  window.__frames = [];
  const run = (window.__frameRun = (window.__frameRun ?? 0) + 1);
  let last = performance.now();
  const tick = (now) => {
    if (window.__frameRun !== run) return;
    window.__frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
/** Stops the recording and returns its frame times (the first, partial interval left out). */
const stopRecordingFrames =
  '(() => { window.__frameRun += 1; return window.__frames.slice(1); })()';

/** Median, p95 and worst of frame times, as numbers and as one line of text. */
function summarizeFrames(frames: number[]) {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
  const median = at(0.5);
  const text = `${frames.length} frames, median ${median.toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, worst ${at(1).toFixed(1)} ms`;
  return { median, text };
}

const rowCount = (page: Page) => page.locator('.incidents-table tbody tr').count();
const focusedText = (page: Page) =>
  page.evaluate<string>('document.activeElement?.textContent ?? ""');

describe.skipIf(!chromiumAvailable())('an incident list of 5,000 incidents', () => {
  let store: TestStore;
  let server: RunningServer;
  let session: BrowserSession;

  beforeAll(async () => {
    const webRoot = await buildWebApp();
    store = await openTestStore('sqlite');
    const seeding = performance.now();
    await seedIncidents(store);
    console.log(
      `seeded ${incidentCount} incidents in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );
    await createTestAdmin(store);
    server = await startServer({ store, host: '127.0.0.1', port: 0, webRoot, logLevel: 'silent' });
    await signInBrowsers(server.url);
    session = await openBrowserSession();
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await store?.close();
  });

  it('renders only the rows in view and tells assistive technology the whole size', async () => {
    const { page } = session;
    await page.goto(`${server.url}/incidents`);
    await page.locator('.incidents-table tbody tr').first().waitFor();
    const table = page.getByRole('table', { name: 'Incidents, newest first' });
    expect(await table.getAttribute('aria-rowcount')).toBe(String(incidentCount + 1));
    expect(await rowCount(page)).toBeLessThan(200);
    expect(await page.locator('tbody tr').first().textContent()).toContain(`INC-${incidentCount}`);
    expect(await page.locator('tbody tr').first().getAttribute('aria-rowindex')).toBe('2');
    expect(await page.getByText(`of ${incidentCount}`).textContent()).toMatch(/^Showing 1–\d+ of/);
    // One height for every row (tagged or not), or the space kept for unrendered rows drifts.
    const heights = await page.evaluate<number[]>(
      '[...document.querySelectorAll(".incidents-table tbody tr")].map((row) => row.getBoundingClientRect().height)',
    );
    expect(new Set(heights).size).toBe(1);
    await expectNoSeriousAxeViolations(page, 'incident list of 5,000');
    await saveViewportScreenshot(page, 'incident-list-5000-top');
  });

  it('scrolls to the last incident with the wheel and End, measuring frame times', async () => {
    const { page } = session;
    // Frame times of the idle page first: the baseline the scrolling frames are compared with.
    await page.evaluate(recordFrames);
    await page.waitForTimeout(1000);
    const idle = summarizeFrames(await page.evaluate<number[]>(stopRecordingFrames));
    await page.evaluate(recordFrames);
    await page.mouse.move(640, 600);
    for (let step = 0; step < 40; step++) await page.mouse.wheel(0, 2000);
    // The wheel went through rows the list had not loaded yet; they load as they come into view.
    await expect.poll(() => page.locator('.pending-row').count()).toBe(0);
    expect(await rowCount(page)).toBeLessThan(200);
    // End on the page (nothing focused) scrolls to the bottom, as on any long page.
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('End');
    const last = page.locator(`tbody tr[aria-rowindex="${incidentCount + 1}"]`);
    await expect.poll(() => last.isVisible()).toBe(true);
    expect(await page.locator('tbody tr').last().getAttribute('aria-rowindex')).toBe('5001');
    expect(await page.locator('tbody tr').last().textContent()).toContain('Incident number 1:');
    expect(await rowCount(page)).toBeLessThan(200);
    const scrolling = summarizeFrames(await page.evaluate<number[]>(stopRecordingFrames));
    console.log(
      `frame times (reported, not asserted: the machine is shared) — idle page: ${idle.text}; scrolling 5,000 incidents: ${scrolling.text}; scrolling/idle median ${(scrolling.median / idle.median).toFixed(2)}×`,
    );
    await saveViewportScreenshot(page, 'incident-list-5000-end');
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('moves focus between rows with the arrow keys, Home and End', async () => {
    const { page } = session;
    await page.goto(`${server.url}/incidents`);
    const first = page.getByRole('link', { name: `INC-${incidentCount}`, exact: true });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe(`INC-${incidentCount - 1}`);
    await page.keyboard.press('End');
    await expect.poll(() => focusedText(page)).toBe('INC-1');
    expect(await rowCount(page)).toBeLessThan(200);
    await page.keyboard.press('ArrowUp');
    expect(await focusedText(page)).toBe('INC-2');
    await page.keyboard.press('Home');
    await expect.poll(() => focusedText(page)).toBe(`INC-${incidentCount}`);
    // Enter opens the focused incident, as on any link.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/incidents/INC-${incidentCount - 1}$`));
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('opens an old ?page= link scrolled to that page and keeps filters in the URL', async () => {
    const { page } = session;
    await page.goto(`${server.url}/incidents?page=41`, { timeout: 30_000 });
    // Page 41 of 25 began with the 1,001st incident: INC-4000 when newest comes first.
    const row = page.locator('tbody tr[aria-rowindex="1002"]');
    // The row shows "Loading…" until its hundred incidents arrive.
    await expect.poll(() => row.textContent()).toContain('INC-4000');
    expect(await row.isVisible()).toBe(true);
    await page.goto(`${server.url}/incidents?tag=database`);
    const tagged = Math.floor(incidentCount / 7);
    await page.getByText(`of ${tagged}`).waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Incidents, newest first' })
        .getAttribute('aria-rowcount'),
    ).toBe(String(tagged + 1));
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
