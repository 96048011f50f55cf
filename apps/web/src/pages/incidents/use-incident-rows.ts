import type { Incident } from '@aftermath/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { toListQuery, type ListFilters } from './list-query';

/** How many incidents one request loads while the person scrolls (the API allows up to 500). */
export const chunkSize = 100;

type Chunk = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: Incident[] };

/** Chunks after the first, belonging to one answer for the first chunk. */
interface Loaded {
  first: Incident[] | undefined;
  chunks: Map<number, Chunk>;
}

/**
 * The incidents of a filtered list, loaded a chunk at a time as rows come into view. `first` is
 * the answer for the first chunk (the page loads it with its loading and error states); a new
 * `first` — other filters, or a reload — drops every later chunk, and answers still on their
 * way for the old one are ignored. `ensureRows` asks for rows `start`–`end`.
 */
export function useIncidentRows(filters: ListFilters, first: Incident[] | undefined) {
  const [loaded, setLoaded] = useState<Loaded>({ first, chunks: new Map() });
  const chunks = loaded.first === first ? loaded.chunks : new Map<number, Chunk>();
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  useEffect(() => {
    setLoaded((current) => (current.first === first ? current : { first, chunks: new Map() }));
  }, [first]);

  const loadChunk = useCallback(
    async (index: number) => {
      const setChunk = (chunk: Chunk) =>
        setLoaded((current) =>
          current.first === first
            ? { first, chunks: new Map(current.chunks).set(index, chunk) }
            : current,
        );
      setChunk({ state: 'loading' });
      const rows = { limit: chunkSize, offset: index * chunkSize };
      const query = toListQuery(filtersRef.current, rows);
      setChunk(
        await api
          .call('listIncidents', { query })
          .then(({ data }): Chunk => ({ state: 'ready', items: data.items }))
          .catch((): Chunk => ({ state: 'failed' })),
      );
    },
    [first],
  );

  const ensureRows = useCallback(
    (start: number, end: number) => {
      if (first === undefined || end <= start) return;
      const last = Math.floor((end - 1) / chunkSize);
      for (let index = Math.max(1, Math.floor(start / chunkSize)); index <= last; index++) {
        if (!chunks.has(index)) void loadChunk(index);
      }
    },
    [chunks, first, loadChunk],
  );

  const rowAt = useCallback(
    (index: number): Incident | 'loading' | 'failed' => {
      if (index < chunkSize) return first?.[index] ?? 'loading';
      const chunk = chunks.get(Math.floor(index / chunkSize));
      if (chunk === undefined || chunk.state === 'loading') return 'loading';
      if (chunk.state === 'failed') return 'failed';
      return chunk.items[index % chunkSize] ?? 'loading';
    },
    [chunks, first],
  );

  /** Loads the failed chunk holding row `index` again. */
  const retryRow = useCallback(
    (index: number) => void loadChunk(Math.floor(index / chunkSize)),
    [loadChunk],
  );

  return { ensureRows, rowAt, retryRow };
}
