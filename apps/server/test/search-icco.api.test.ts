import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defaultFrontMatterMapping, parseFrontMatterPostmortem } from '@aftermath/analysis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

const icco = resolve(import.meta.dirname, '../../../../shared/realdata/postmortems-icco/dev/data');

interface SearchAnswer {
  items: { key: string; title: string; snippet: { text: string; match: boolean }[] }[];
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}

describe(
  'search API over the 242 icco postmortems (front-matter import)',
  { timeout: 120_000 },
  () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await createApiHarness('sqlite');
      const files = (await readdir(icco)).filter((name) => name.endsWith('.md')).sort();
      for (const [index, name] of files.entries()) {
        const file = join(icco, name);
        const doc = parseFrontMatterPostmortem(await readFile(file, 'utf8'), file, {
          key: `INC-${index + 1}`,
          mapping: defaultFrontMatterMapping,
          now: '2026-11-27T00:00:00.000Z',
        });
        await api.store.incidents.insert({ ...doc.incident, version: 1 });
        await api.store.postmortems.insert({
          ...doc.postmortem!,
          incidentKey: doc.incident.key,
          version: 1,
        });
      }
    });
    afterAll(async () => {
      await api?.close();
    });

    const search = async (query: string) =>
      (await api.request('GET', `/api/v1/search?${query}`)).json<SearchAnswer>();

    it('finds a known postmortem by words from its body and highlights them', async () => {
      const body = await search('q=handshake+timeout');
      expect(body.items[0]?.title).toBe('Amazon SimpleDB US East Region Disruption on June 13');
      const marked = body.items[0]!.snippet.filter((part) => part.match).map((p) =>
        p.text.toLowerCase(),
      );
      expect(marked).toEqual(expect.arrayContaining(['handshake']));
    });

    it('narrows a query by a category facet and counts categories as SOURCE.txt does', async () => {
      const all = await search('limit=1');
      expect(all.total).toBe(242);
      expect(all.facets.tag).toEqual(
        expect.arrayContaining([
          { value: 'config-change', count: 111 },
          { value: 'cloud', count: 108 },
        ]),
      );
      const outage = await search('q=outage');
      const security = await search('q=outage&tag=security');
      expect(security.total).toBeGreaterThan(0);
      expect(security.total).toBeLessThan(outage.total);
      const counted = outage.facets.tag?.find((facet) => facet.value === 'security');
      expect(counted?.count).toBe(security.total);
    });
  },
);
