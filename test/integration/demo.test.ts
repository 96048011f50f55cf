import {
  createIdGenerator,
  createIncident,
  loadDemoWorkspace,
  type Context,
  type DemoLoadResult,
  type Store,
} from '@aftermath/core';
import {
  createIncidentInput,
  findMilestoneOrderProblems,
  milestoneNames,
  systemPrincipal,
  type Incident,
} from '@aftermath/domain';
import { openTestStore, testDialects, type TestStore } from '@aftermath/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const now = new Date('2026-11-01T12:00:00Z');

function contextFor(store: Store): Context {
  return { store, clock: () => now, newId: createIdGenerator() };
}

async function allIncidents(store: Store): Promise<Incident[]> {
  return (await store.incidents.list({ limit: 500, offset: 0 })).items;
}

/** Incidents, timeline entries and action items in the store. */
async function countRecords(
  store: Store,
): Promise<{ incidents: number; timeline: number; actions: number }> {
  let timeline = 0;
  let actions = 0;
  for (const incident of await allIncidents(store)) {
    timeline += (await store.timeline.listByIncident(incident.key)).length;
    actions += (await store.actions.listByIncident(incident.key)).length;
  }
  return { incidents: (await allIncidents(store)).length, timeline, actions };
}

function timestampsOf(incident: Incident): string[] {
  return [
    incident.createdAt,
    incident.updatedAt,
    ...milestoneNames.flatMap((name) => incident.milestones[name] ?? []),
  ];
}

for (const dialect of testDialects()) {
  describe(`demo workspace [${dialect}]`, () => {
    describe('loaded into an empty instance', () => {
      let store: TestStore;
      let first: DemoLoadResult;
      beforeAll(async () => {
        store = await openTestStore(dialect);
        first = await loadDemoWorkspace(contextFor(store), systemPrincipal);
      });
      afterAll(async () => {
        await store.close();
      });

      it('creates varied incidents with consistent milestones and statuses', async () => {
        const incidents = await allIncidents(store);
        expect(first).toEqual({ loaded: true, incidents: incidents.length });
        expect(incidents.length).toBeGreaterThanOrEqual(6);
        expect(incidents.length).toBeLessThanOrEqual(8);
        expect(new Set(incidents.map((i) => i.severity)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(incidents.map((i) => i.type)).size).toBeGreaterThanOrEqual(3);
        expect(new Set(incidents.map((i) => i.status)).size).toBeGreaterThanOrEqual(3);
        for (const incident of incidents) {
          expect(findMilestoneOrderProblems(incident.milestones), incident.key).toEqual([]);
          expect(incident.milestoneOrderOverride).toBeNull();
          for (const at of timestampsOf(incident)) expect(at <= now.toISOString()).toBe(true);
          const reachedResolution = incident.status === 'resolved' || incident.status === 'closed';
          expect(incident.milestones.resolvedAt !== null, incident.key).toBe(reachedResolution);
          expect(incident.milestones.closedAt !== null, incident.key).toBe(
            incident.status === 'closed',
          );
        }
      });

      it('gives every incident a timeline, a blameless postmortem and action items', async () => {
        const postmortemStatuses = new Set<string>();
        for (const incident of await allIncidents(store)) {
          const timeline = await store.timeline.listByIncident(incident.key);
          expect(timeline.length, incident.key).toBeGreaterThanOrEqual(8);
          expect(timeline.length, incident.key).toBeLessThanOrEqual(20);
          expect(new Set(timeline.map((e) => e.kind)).size).toBeGreaterThanOrEqual(4);
          expect(timeline.filter((e) => e.at > now.toISOString())).toEqual([]);

          const postmortem = await store.postmortems.get(incident.key);
          expect(postmortem?.sections.summary, incident.key).not.toBe('');
          expect(postmortem?.owner).not.toBe(incident.commander ?? undefined);
          postmortemStatuses.add(postmortem?.status ?? 'missing');
          const prose = Object.values(postmortem?.sections ?? {}).join('\n');
          expect(prose).not.toMatch(/should have|human error|failed to/i);

          const actions = await store.actions.listByIncident(incident.key);
          expect(actions.length, incident.key).toBeGreaterThanOrEqual(2);
          expect(actions.length, incident.key).toBeLessThanOrEqual(5);
          expect(actions.filter((a) => a.updatedAt > now.toISOString())).toEqual([]);
        }
        expect(postmortemStatuses).not.toContain('missing');
        expect(postmortemStatuses.size).toBeGreaterThanOrEqual(4);
      });

      it('numbers incidents in calendar order and records their services', async () => {
        const byNumber = (await allIncidents(store)).sort(
          (a, b) => Number(a.key.slice(4)) - Number(b.key.slice(4)),
        );
        const starts = byNumber.map((i) => i.milestones.impactStartedAt ?? '');
        expect(starts).toEqual([...starts].sort());

        const services = await store.services.list();
        const named = new Set(services.map((s) => s.name));
        for (const incident of byNumber) {
          for (const name of incident.services) expect(named, name).toContain(name);
        }
        expect(services.every((s) => s.team !== null && s.tier !== null)).toBe(true);
      });

      it('does nothing when loaded a second time', async () => {
        const before = await countRecords(store);
        const second = await loadDemoWorkspace(contextFor(store), systemPrincipal);

        expect(second).toEqual({ loaded: false, incidents: first.incidents });
        expect(await countRecords(store)).toEqual(before);
      });
    });

    it('leaves an instance that already has incidents untouched', async () => {
      const store = await openTestStore(dialect);
      try {
        const ctx = contextFor(store);
        const input = createIncidentInput.parse({ title: 'Real incident', severity: 'SEV3' });
        await createIncident(ctx, systemPrincipal, input);

        const result = await loadDemoWorkspace(ctx, systemPrincipal);

        expect(result).toEqual({ loaded: false, incidents: 1 });
        expect(await allIncidents(store)).toHaveLength(1);
        expect(await store.services.list()).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
}
