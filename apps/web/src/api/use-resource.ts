import { useCallback, useEffect, useRef, useState } from 'react';

/** What a loading view needs to know about one read. */
export type Resource<T> =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; value: T };

/**
 * Runs `load` whenever `key` changes and keeps its latest answer. `reload` reads again without
 * showing the loading state; `set` replaces the value after a successful write.
 */
export function useResource<T>(key: string, load: () => Promise<T>) {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const run = useCallback(async (quiet: boolean) => {
    const mine = ++generation.current;
    if (!quiet) setResource({ state: 'loading' });
    try {
      const value = await loadRef.current();
      if (mine === generation.current) setResource({ state: 'ready', value });
    } catch (error) {
      if (mine === generation.current) setResource({ state: 'failed', error });
    }
  }, []);

  useEffect(() => {
    void run(false);
  }, [key, run]);

  const reload = useCallback(() => run(true), [run]);
  const retry = useCallback(() => run(false), [run]);
  const set = useCallback((value: T) => {
    generation.current++;
    setResource({ state: 'ready', value });
  }, []);
  return { resource, reload, retry, set };
}
