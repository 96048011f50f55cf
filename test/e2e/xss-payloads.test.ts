import { buildPublicVersion, renderPostmortemHtml, renderPublicHtml } from '@aftermath/analysis';
import { defaultPublicationSettings, emptySections } from '@aftermath/domain';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeAction,
  makeDocument,
  makeEntry,
} from '../../packages/analysis/test/postmortem-format/document-factory';
import { payloadMarkdown, xssPayloads } from '../security/xss-payloads';
import { chromiumAvailable } from './support/chromium';
import { useSignedInWorkspace } from './support/signed-in-workspace';

const title = `<img src=x onerror="alert('xss')"> {{7*7}} Checkout`;

// Runs inside the page (a string: the test's TypeScript has no DOM types). Lists everything that
// could run code a payload brought in: event-handler attributes, script URLs, frames, objects,
// <base>, form actions, meta refresh, and any script that is not the app's own same-origin bundle.
const findInjectedSource = `(() => {
  const found = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(element.tagName + ' ' + name);
      if (urlAttributes.includes(name) && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(attribute.value)) {
        found.push(element.tagName + ' ' + name + '=' + attribute.value);
      }
    }
  }
  const risky = 'iframe, object, embed, base, form[action], meta[http-equiv="refresh" i]';
  for (const element of document.querySelectorAll(risky)) found.push(element.tagName);
  for (const script of document.querySelectorAll('script')) {
    if (script.src === '' || new URL(script.src).origin !== location.origin) {
      found.push('SCRIPT ' + (script.src || script.textContent.slice(0, 40)));
    }
  }
  return found;
})()`;

// Parses the Atom feed with the browser's XML parser (in a blank page: the public pages' CSP
// rightly refuses any fetch).
function parseFeedSource(xml: string): string {
  return `((xml) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return {
    error: doc.querySelector('parsererror')?.textContent ?? null,
    root: doc.documentElement.namespaceURI,
    titles: Array.from(doc.querySelectorAll('entry > title')).map((t) => t.textContent),
    elements: Array.from(doc.querySelectorAll('entry *')).map((e) => e.localName),
  };
})(${JSON.stringify(xml)})`;
}

function findInjected(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(findInjectedSource);
}

describe.skipIf(!chromiumAvailable())('hostile input never executes (issue #8)', () => {
  const fired: string[] = [];
  const workspace = useSignedInWorkspace({
    policy: { gates: { in_review: [], published: [] }, review: { approvals: { SEV2: 0 } } },
    seed: async ({ api }) => {
      await api.call('createIncident', {
        body: {
          title,
          severity: 'SEV2',
          commander: '<svg onload=alert(1)>',
          customerImpact: { description: xssPayloads.slice(0, 12).join('\n') },
        },
      });
      const key = 'INC-1';
      await api.call('savePostmortem', {
        params: { key },
        body: { sections: { summary: payloadMarkdown(), impact: payloadMarkdown() } },
      });
      for (const payload of xssPayloads.slice(0, 8)) {
        await api.call('addTimelineEntry', {
          params: { key },
          body: { at: '2026-11-20T09:00:00Z', kind: 'status', title: payload, body: payload },
        });
        await api.call('createAction', { params: { key }, body: { title: payload } });
      }
      await api.call('addPostmortemComment', {
        params: { key },
        body: { body: payloadMarkdown(), anchor: { kind: 'section', section: 'summary' } },
      });
      for (const to of ['in_review', 'approved', 'published'] as const) {
        await api.call('transitionPostmortem', { params: { key }, body: { to } });
      }
    },
  });

  beforeAll(() => {
    workspace.page.on('dialog', (dialog) => {
      fired.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    workspace.page.on('console', (message) => {
      const text = message.text();
      // A Content-Security-Policy refusal means markup got through the sanitizer: a hole too.
      if (/XSS-FIRED|Content Security Policy/i.test(text)) fired.push(`console: ${text}`);
    });
  });

  async function visit(url: string, shows: string): Promise<void> {
    const { page } = workspace;
    await page.goto(url);
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain(shows);
    // Give lazy previews and late handlers (onerror of a broken image) their chance to fire.
    await page.waitForTimeout(500);
    expect(await findInjected(page), url).toEqual([]);
    expect(fired, url).toEqual([]);
  }

  it('renders the incident list and page (previews, timeline, actions, comments) inertly', async () => {
    await visit(`${workspace.baseUrl}/incidents`, '{{7*7}} Checkout');
    await visit(`${workspace.baseUrl}/incidents/INC-1`, '{{constructor.constructor(');
    const text = await workspace.page.locator('body').innerText();
    expect(text).toContain('<script>alert("xss")</script>');
    expect(workspace.pageErrors).toEqual([]);
  });

  it('renders the public index and page inertly, with the template strings as literal text', async () => {
    await visit(`${workspace.baseUrl}/public/`, '{{7*7}} Checkout');
    await visit(`${workspace.baseUrl}/public/INC-1.html`, '${alert("xss")}');
  });

  it('parses the Atom feed as XML with the payloads as text', async () => {
    const { page } = workspace;
    const xml = await (await page.request.get(`${workspace.baseUrl}/public/feed.atom`)).text();
    await page.goto('about:blank');
    const feed = await page.evaluate<{
      error: string | null;
      root: string | null;
      titles: string[];
      elements: string[];
    }>(parseFeedSource(xml));
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.titles).toEqual([`INC-1: ${title}`]);
    expect(feed.elements).not.toContain('img');
    expect(fired).toEqual([]);
  });

  it('opens both HTML exports (internal and public) inertly', async () => {
    const base = makeDocument();
    const doc = makeDocument({
      incident: {
        ...base.incident,
        title,
        commander: '<svg onload=alert(1)>',
        customerImpact: { ...base.incident.customerImpact, description: payloadMarkdown() },
      },
      postmortem: base.postmortem && {
        ...base.postmortem,
        owner: '<img src=x onerror=alert(1)>',
        sections: { ...emptySections, summary: payloadMarkdown(), resolution: payloadMarkdown() },
      },
      timeline: xssPayloads.map((payload) =>
        makeEntry({ kind: 'status', title: payload, body: payload }),
      ),
      actions: xssPayloads.map((payload) => makeAction({ title: payload })),
    });
    const exports = {
      internal: renderPostmortemHtml(doc),
      public: renderPublicHtml(
        buildPublicVersion(doc, defaultPublicationSettings, { names: [] }).document,
      ),
    };
    const { page } = workspace;
    for (const [name, html] of Object.entries(exports)) {
      await page.route(`http://export.test/${name}.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: html }),
      );
      await visit(`http://export.test/${name}.html`, '{{7*7}} Checkout');
    }
  });
});
