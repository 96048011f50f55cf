import { routes } from '@aftermath/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';
import {
  buildMatrixFixture,
  people,
  secretMarker,
  type MatrixFixture,
  type MatrixIncident,
  type Person,
} from './access-matrix.fixture';
import { accessRules, sampleBodies, type AccessRule } from './access-matrix.rules';

/** Routes never called (only listed): they end the caller's session or rebuild the workspace. */
const notCalled = new Set(['deleteSession', 'setupFirstAdmin', 'createSession', 'loadDemo']);

/** Who sees the restricted incident (on team `sec`, or workspace admin). */
const seesRestricted = new Set<Person>(['teamViewer', 'member', 'admin']);

function pathFor(path: string, incident: MatrixIncident): string {
  const actionRoute = path.startsWith('/api/v1/actions/{id}');
  return path
    .replace('{key}', incident.key)
    .replace(
      '{id}',
      actionRoute
        ? incident.actionId
        : path.includes('/timeline/')
          ? incident.timelineId
          : 'missing-id',
    )
    .replace('{version}', '1')
    .replace('{milestone}', 'detected')
    .replace('{name}', 'probe')
    .replace('{team}', 'probe-team')
    .replace('{username}', 'viewer')
    .replace('{source}', 'alertmanager')
    .replace('{other}', 'INC-999');
}

/** What the person's role is on the incident: may they see it, may they change it? */
function reach(
  person: Person,
  incident: MatrixIncident | null,
): { sees: boolean; writes: boolean } {
  if (person === 'admin') return { sees: true, writes: true };
  if (incident?.restricted === true) {
    return { sees: seesRestricted.has(person), writes: person === 'member' };
  }
  return { sees: true, writes: person === 'outsider' };
}

/** The outcome the rule promises, or null when any status is fine (then only leaks count). */
function expected(
  rule: AccessRule,
  person: Person,
  incident: MatrixIncident | null,
): string | null {
  const { sees, writes } = reach(person, incident);
  switch (rule) {
    case 'open':
      return null;
    case 'read':
      return 'allowed';
    case 'write':
      return person === 'outsider' || person === 'admin' ? 'allowed' : 'forbidden';
    case 'admin':
      return person === 'admin' ? 'allowed' : 'forbidden';
    case 'incident-read':
      return sees ? 'allowed' : 'hidden';
    case 'incident-write':
      return !sees ? 'hidden' : writes ? 'allowed' : 'forbidden';
  }
}

/** The outcome a response shows: 404 naming the incident is `hidden`; 401/403 `forbidden`. */
function outcome(status: number, body: string, incident: MatrixIncident | null): string {
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 && incident !== null && body.includes(`No incident ${incident.key}`)) {
    return 'hidden';
  }
  return 'allowed';
}

describe.each(['sqlite', 'postgres'] as const)(
  'access matrix: every route × role × visibility (%s)',
  (dialect) => {
    let api: ApiHarness;
    let fixture: MatrixFixture;
    beforeAll(async () => {
      api = await createApiHarness(dialect);
      fixture = await buildMatrixFixture(api);
    }, 120_000);
    afterAll(async () => {
      await api.close();
    });

    it('has a rule for every operation of the route table', () => {
      const missing = Object.keys(routes).filter((name) => !(name in accessRules));
      expect(missing, 'add these routes to access-matrix.rules.ts').toEqual([]);
    });

    it('lists, finds and counts the restricted incident and its actions for its team and admins, and nobody else', async () => {
      const restricted = fixture.incidents[1]!;
      for (const person of people) {
        const response = await api.app.inject({
          method: 'GET',
          url: '/api/v1/incidents',
          headers: fixture.headers[person],
        });
        const keys = response.json<{ items: { key: string }[] }>().items.map((i) => i.key);
        expect(keys.includes(restricted.key), person).toBe(reach(person, restricted).sees);
        expect(keys, person).toContain(fixture.incidents[0]!.key);
        const actions = await api.app.inject({
          method: 'GET',
          url: '/api/v1/actions',
          headers: fixture.headers[person],
        });
        const actionKeys = actions
          .json<{ items: { incident: { key: string } }[] }>()
          .items.map((a) => a.incident.key);
        expect(actionKeys.includes(restricted.key), `${person} actions`).toBe(
          reach(person, restricted).sees,
        );
        const search = await api.app.inject({
          method: 'GET',
          url: `/api/v1/search?q=${secretMarker}`,
          headers: fixture.headers[person],
        });
        const found = search.json<{ items: { key: string }[] }>().items.map((hit) => hit.key);
        expect(found, `${person} search`).toEqual(
          reach(person, restricted).sees ? [restricted.key] : [],
        );
        const browse = await api.app.inject({
          method: 'GET',
          url: '/api/v1/search?severity=SEV2',
          headers: fixture.headers[person],
        });
        const sev2 = browse.json<{ total: number }>().total;
        expect(sev2, `${person} search total`).toBe(reach(person, restricted).sees ? 2 : 1);
        // Dashboards: the restricted incident (service vault) is counted only for those who see it.
        const metrics = await api.app.inject({
          method: 'GET',
          url: '/api/v1/metrics',
          headers: fixture.headers[person],
        });
        const perService = metrics.json<{
          frequency: { perService: { service: string; count: number }[] };
        }>().frequency.perService;
        const vault = perService.find((row) => row.service === 'vault')?.count ?? 0;
        expect(vault, `${person} metrics`).toBe(reach(person, restricted).sees ? 1 : 0);
      }
    });

    it('answers each person as the rules say and never shows a hidden incident', async () => {
      const mismatches: string[] = [];
      for (const person of people) {
        for (const [name, route] of Object.entries(routes)) {
          const rule = accessRules[name];
          if (rule === undefined || notCalled.has(name)) continue;
          const perIncident =
            route.path.includes('{key}') || route.path.startsWith('/api/v1/actions/{id}');
          const targets = perIncident ? fixture.incidents : [null];
          for (const incident of targets) {
            const url =
              incident === null
                ? pathFor(route.path, fixture.incidents[0]!)
                : pathFor(route.path, incident);
            const hasBody = 'body' in route && route.body !== undefined;
            const sample = sampleBodies[name];
            const response = await api.app.inject({
              method: route.method,
              url,
              headers: {
                ...fixture.headers[person],
                // A version that is never current: a write answers 412 once access is granted.
                'if-match': '"999"',
                ...(hasBody ? { 'content-type': 'application/json' } : {}),
              },
              ...(hasBody ? { payload: JSON.stringify(sample ?? {}) } : {}),
            });
            const body = response.body;
            const where = `${person} ${route.method} ${url} (${name})`;
            if (
              !reach(person, fixture.incidents[1]!).sees &&
              body.toLowerCase().includes(secretMarker)
            ) {
              mismatches.push(`${where}: shows the restricted incident`);
            }
            const want = expected(rule, person, incident);
            const got = outcome(response.statusCode, body, incident);
            // Input that fails validation is refused before access is decided: it reveals nothing.
            if (response.statusCode === 400 && sample === undefined) continue;
            // Refused earlier for another reason (a missing record or configuration): reveals nothing.
            if (want === 'forbidden' && response.statusCode === 404 && got === 'allowed') continue;
            if (want !== null && want !== got)
              mismatches.push(`${where}: expected ${want}, got ${got} (${response.statusCode})`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    }, 600_000);
  },
);
