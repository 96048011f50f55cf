import { createHash } from 'node:crypto';
import type { Evidence, Incident, IncidentKey, TimelineEntry } from '@aftermath/domain';
import type { Repositories, Store, StoredBlob } from '../ports';

/** What the in-memory store holds, for assertions. */
export interface MemoryStoreState {
  incidents: Map<IncidentKey, Incident>;
  timeline: TimelineEntry[];
  evidence: Evidence[];
  blobs: Map<string, Uint8Array>;
}

/**
 * Just enough of a Store, in memory, for the status-page use case: incidents (numbering, list
 * newest first), timeline, evidence and blobs. `failOn` makes the nth timeline insert throw, to
 * show a failed incident writes nothing. Transactions roll back by snapshot. (Core's tests
 * cannot open the real store: core must not import storage.)
 */
export function createMemoryStore(failOn: { timelineInsert?: number } = {}): {
  store: Store;
  state: MemoryStoreState;
} {
  const state: MemoryStoreState = {
    incidents: new Map(),
    timeline: [],
    evidence: [],
    blobs: new Map(),
  };
  let counter = 0;
  let timelineInserts = 0;
  const repositories = {
    incidents: {
      nextNumber: () => Promise.resolve((counter += 1)),
      insert: (incident: Incident) =>
        Promise.resolve(void state.incidents.set(incident.key, incident)),
      get: (key: IncidentKey) => Promise.resolve(state.incidents.get(key) ?? null),
      list: (filter: { limit: number; offset: number }) => {
        const all = [...state.incidents.values()].reverse();
        return Promise.resolve({
          items: all.slice(filter.offset, filter.offset + filter.limit),
          total: all.length,
        });
      },
    },
    timeline: {
      insert: (entry: TimelineEntry) => {
        timelineInserts += 1;
        if (timelineInserts === failOn.timelineInsert)
          return Promise.reject(new Error('disk full'));
        state.timeline.push(entry);
        return Promise.resolve();
      },
      listByIncident: (key: IncidentKey) =>
        Promise.resolve(state.timeline.filter((entry) => entry.incidentKey === key)),
    },
    evidence: {
      insert: (evidence: Evidence) => Promise.resolve(void state.evidence.push(evidence)),
    },
  };
  const store = {
    ...repositories,
    backend: 'memory',
    blobs: {
      async put(stream: AsyncIterable<Uint8Array>): Promise<StoredBlob> {
        const parts: Uint8Array[] = [];
        for await (const part of stream) parts.push(part);
        const bytes = Buffer.concat(parts);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        state.blobs.set(sha256, bytes);
        return { sha256, bytes: bytes.length };
      },
    },
    async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
      const snapshot: MemoryStoreState = {
        incidents: new Map(state.incidents),
        timeline: [...state.timeline],
        evidence: [...state.evidence],
        blobs: state.blobs,
      };
      try {
        return await work(store as unknown as Repositories);
      } catch (error) {
        Object.assign(state, snapshot);
        throw error;
      }
    },
  };
  return { store: store as unknown as Store, state };
}
