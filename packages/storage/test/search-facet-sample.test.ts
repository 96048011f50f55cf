import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '@aftermath/core';
import { searchQuery, type SearchQueryInput } from '@aftermath/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src';
import { facetColumn } from '../src/repositories/search/facet-tokens';

// Beyond 1,000 matches SQLite counts facet values from a sample of rowid windows and scales them
// to the total. Search documents are derived data, so the 4,000 here are written straight into
// `search_documents` (its triggers keep the FTS5 index in step) rather than built from incidents.

const count = 4000;
const severities = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

describe('search facet counts from a sample (SQLite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'aftermath-facet-sample-'));
  let store: Store;

  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', dataDir });
    const db = new Database(join(dataDir, 'aftermath.db'));
    const insert = db.prepare(`insert into search_documents (incident_key, severity, status, type,
      visibility, started_at, services, facets, title, summary, postmortem, timeline, actions)
      values (?, ?, 'open', 'incident', 'normal', ?, '[]', ?, ?, '', '', '', '')`);
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        // Every fourth a SEV1, a period no sample of contiguous windows can lock onto; the last
        // quarter also mentions a failover.
        const severity = severities[i % 4] ?? 'SEV1';
        const title = i >= count * 0.75 ? 'Disk full during failover' : 'Disk full';
        const started = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const facets = facetColumn([{ facet: 'severity', value: severity }]);
        insert.run(`INC-${i}`, severity, started, facets, title);
      }
    })();
    db.close();
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const search = (input: SearchQueryInput) =>
    store.search.search(searchQuery.parse(input), { all: true });

  it('estimates each value near its true share and says the counts are estimates', async () => {
    const { total, facets, facetsExact } = await search({ q: 'disk' });
    expect(total).toBe(count);
    expect(facetsExact).toBe(false);
    expect(facets.severity.map((facet) => facet.value).sort()).toEqual(severities);
    for (const facet of facets.severity) {
      expect(facet.count).toBeGreaterThan(count * 0.25 * 0.85);
      expect(facet.count).toBeLessThan(count * 0.25 * 1.15);
    }
  });

  it('counts exactly up to 1,000 matches', async () => {
    const { total, facets, facetsExact } = await search({ q: 'failover' });
    expect(total).toBe(count / 4);
    expect(facetsExact).toBe(true);
    expect(facets.severity).toContainEqual({ value: 'SEV2', count: count / 16 });
  });

  it('counts a selected facet as if lifted and the others within the selection', async () => {
    const { total, facets } = await search({ q: 'disk', facets: { severity: ['SEV1'] } });
    expect(total).toBe(count / 4);
    expect(facets.severity.length).toBe(4);
  });
});
