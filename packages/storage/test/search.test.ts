import { searchQuery, type IncidentReadScope, type SearchQueryInput } from '@aftermath/domain';
import { describeEachDialect } from '@aftermath/storage/testing';
import { beforeEach, expect, it } from 'vitest';
import { aPostmortem, aTimelineEntry, anAction, anIncident } from './factories';

const everything: IncidentReadScope = { all: true };
const outsider: IncidentReadScope = { all: false, incidents: [], services: [] };

describeEachDialect('full-text search', (suite) => {
  const search = async (input: SearchQueryInput, scope: IncidentReadScope = everything) => {
    const store = suite.store();
    await store.search.refresh();
    return store.search.search(searchQuery.parse(input), scope);
  };
  const keys = async (input: SearchQueryInput, scope: IncidentReadScope = everything) =>
    (await search(input, scope)).items.map((hit) => hit.key);

  beforeEach(async () => {
    const store = suite.store();
    await store.services.upsert({
      name: 'payments',
      team: 'money',
      tier: null,
      description: '',
    });
    await store.incidents.insert(
      anIncident({
        key: 'INC-1',
        title: 'Payments failed after database failover',
        severity: 'SEV1',
        services: ['payments'],
        tags: ['database'],
        milestones: { ...anIncident().milestones, impactStartedAt: '2026-03-01T12:00:00.000Z' },
      }),
    );
    await store.incidents.insert(
      anIncident({
        key: 'INC-2',
        title: 'Search latency',
        severity: 'SEV3',
        services: ['search'],
        milestones: { ...anIncident().milestones, impactStartedAt: '2026-05-10T08:00:00.000Z' },
      }),
    );
    await store.incidents.insert(
      anIncident({ key: 'INC-3', title: 'Leaked credentials rotated', visibility: 'restricted' }),
    );
    await store.postmortems.insert(
      aPostmortem({
        incidentKey: 'INC-2',
        sections: {
          ...aPostmortem().sections,
          summary: 'Queries timed out while the index was rebuilt.',
          rootCauses: 'A cron job rebuilt every shard at once.',
        },
        rca: { ...aPostmortem().rca, trigger: 'scheduled-job', rootCauses: ['capacity-planning'] },
      }),
    );
    await store.timeline.insert(
      aTimelineEntry({ id: 'e1', incidentKey: 'INC-1', title: 'Primary database failover began' }),
    );
    await store.actions.insert(
      anAction({ id: 'a1', incidentKey: 'INC-2', title: 'Stagger shard rebuilds' }),
    );
  });

  it('finds words in titles, postmortems, timelines and actions, stemmed', async () => {
    expect(await keys({ q: 'failover' })).toEqual(['INC-1']);
    expect(await keys({ q: 'rebuilding shards' })).toEqual(['INC-2']);
    expect(await keys({ q: 'stagger' })).toEqual(['INC-2']);
    expect(await keys({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('ranks title matches above body matches and says where each matched', async () => {
    await suite
      .store()
      .timeline.insert(
        aTimelineEntry({ id: 'e2', incidentKey: 'INC-2', title: 'failover dashboard checked' }),
      );
    const result = await search({ q: 'failover' });
    expect(result.items.map((hit) => hit.key)).toEqual(['INC-1', 'INC-2']);
    expect(result.items[0]?.matchedIn).toContain('title');
    expect(result.items[1]?.matchedIn).toEqual(['timeline']);
  });

  it('highlights the matched words in the snippet', async () => {
    const [hit] = (await search({ q: 'cron' })).items;
    expect(hit?.snippet.some((part) => part.match && /cron/i.test(part.text))).toBe(true);
    expect(hit?.snippet.map((part) => part.text).join('')).toContain('job rebuilt');
  });

  it('shows the start of the summary, cut at a word, when no words are given', async () => {
    const long = `${'Checkout queues grew steadily '.repeat(12)}end`;
    const incident = await suite.store().incidents.get('INC-2');
    await suite.store().incidents.update(
      {
        ...incident!,
        customerImpact: { ...incident!.customerImpact, description: long },
        version: 2,
      },
      1,
    );
    const hit = (await search({ facets: { severity: ['SEV3'] } })).items[0];
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(241);
    expect(text).toMatch(/(grew|steadily|queues|Checkout)…$/);
  });

  it('matches the last word as a prefix while it is typed', async () => {
    expect(await keys({ q: 'laten' })).toEqual(['INC-2']);
    // The snippet marks the word the prefix found, not only hits of whole words.
    const marked = (await search({ q: 'laten' })).items[0]?.snippet.filter((part) => part.match);
    expect(marked?.map((part) => part.text.toLowerCase().slice(0, 5))).toContain('laten');
  });

  it('filters by facets and counts facet values over all matches', async () => {
    expect(await keys({ facets: { service: ['payments'] } })).toEqual(['INC-1']);
    expect(await keys({ facets: { team: ['money'] } })).toEqual(['INC-1']);
    expect(await keys({ facets: { trigger: ['scheduled-job'] } })).toEqual(['INC-2']);
    expect(await keys({ facets: { severity: ['SEV1', 'SEV3'] } })).toEqual(['INC-2', 'INC-1']);
    const { facets, total } = await search({});
    expect(total).toBe(3);
    expect(facets.severity).toContainEqual({ value: 'SEV1', count: 1 });
    expect(facets.rootCause).toEqual([{ value: 'capacity-planning', count: 1 }]);
  });

  it('counts facets disjunctively: a selected facet still shows its other values', async () => {
    const { facets, total, facetsExact } = await search({ facets: { severity: ['SEV1'] } });
    expect(total).toBe(1);
    expect(facetsExact).toBe(true);
    // Severity is counted as if its own selection were lifted; the other facets follow it.
    expect(facets.severity).toContainEqual({ value: 'SEV1', count: 1 });
    expect(facets.severity).toContainEqual({ value: 'SEV3', count: 1 });
    expect(facets.service).toEqual([{ value: 'payments', count: 1 }]);
    expect(facets.tag).toEqual([{ value: 'database', count: 1 }]);
  });

  it('combines words, facet filters and visibility in one match', async () => {
    expect(await keys({ q: 'failover', facets: { tag: ['database'] } })).toEqual(['INC-1']);
    expect(await keys({ q: 'failover', facets: { severity: ['SEV3'] } })).toEqual([]);
    expect(await keys({ q: 'rotated', facets: { severity: ['SEV2'] } }, outsider)).toEqual([]);
    expect(await keys({ q: 'rotated', facets: { severity: ['SEV2'] } }, everything)).toEqual([
      'INC-3',
    ]);
    const { facets } = await search({ q: 'latency', facets: { service: ['payments'] } });
    expect(facets.service).toEqual([{ value: 'search', count: 1 }]);
  });

  it('bounds by impact-start dates and sorts by date when asked', async () => {
    expect(await keys({ from: '2026-05-01', to: '2026-05-10' })).toEqual(['INC-2']);
    expect(await keys({ q: 'payments failover', sort: 'date' })).toEqual(['INC-1']);
  });

  it('leaves restricted incidents out unless the reader may see them', async () => {
    expect(await keys({ q: 'credentials' }, outsider)).toEqual([]);
    expect(await keys({ q: 'credentials' }, everything)).toEqual(['INC-3']);
    expect((await search({}, outsider)).total).toBe(2);
  });

  it('shows a restricted incident to the people it names and its teams, counting it in facets only for them', async () => {
    const store = suite.store();
    await store.incidents.insert(
      anIncident({
        key: 'INC-4',
        title: 'Leaked payments credentials',
        severity: 'SEV1',
        services: ['payments'],
        visibility: 'restricted',
      }),
    );
    const named: IncidentReadScope = { all: false, incidents: ['INC-3'], services: [] };
    const team: IncidentReadScope = { all: false, incidents: [], services: ['payments'] };
    const otherTeam: IncidentReadScope = { all: false, incidents: ['INC-9'], services: ['search'] };
    expect(await keys({ q: 'credentials' }, named)).toEqual(['INC-3']);
    expect(await keys({ q: 'credentials' }, team)).toEqual(['INC-4']);
    expect(await keys({ q: 'credentials' }, otherTeam)).toEqual([]);
    expect((await keys({ q: 'credentials' }, everything)).sort()).toEqual(['INC-3', 'INC-4']);
    // Browsing (no words, no filters) scans instead of matching: the same rule applies.
    expect((await keys({ sort: 'date' }, named)).sort()).toEqual(['INC-1', 'INC-2', 'INC-3']);
    expect((await keys({ sort: 'date' }, team)).sort()).toEqual(['INC-1', 'INC-2', 'INC-4']);
    // Facet counts count only what the reader may see, with and without a selected facet.
    const sev1 = (result: Awaited<ReturnType<typeof search>>) =>
      result.facets.severity.find((count) => count.value === 'SEV1')?.count;
    expect(sev1(await search({}, team))).toBe(2);
    expect(sev1(await search({}, otherTeam))).toBe(1);
    expect(sev1(await search({ facets: { severity: ['SEV3'] } }, otherTeam))).toBe(1);
    expect(sev1(await search({ facets: { severity: ['SEV3'] } }, team))).toBe(2);
    const services = (await search({ q: 'credentials' }, otherTeam)).facets.service;
    expect(services).toEqual([]);
    expect((await search({ facets: { service: ['payments'] } }, otherTeam)).total).toBe(1);
    expect((await search({ facets: { service: ['payments'] } }, team)).total).toBe(2);
  });

  it('follows every write: updates, new entries and deletions', async () => {
    const store = suite.store();
    expect(await keys({ q: 'kernel' })).toEqual([]);
    const incident = await store.incidents.get('INC-2');
    await store.incidents.update({ ...incident!, title: 'Kernel panic', version: 2 }, 1);
    expect(await keys({ q: 'kernel' })).toEqual(['INC-2']);
    expect(await keys({ q: 'latency' })).toEqual([]);
    await store.timeline.delete('e1', 1);
    expect(await keys({ q: 'began' })).toEqual([]);
  });
});
