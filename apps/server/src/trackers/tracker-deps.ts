import { createLazySecretBox, type TrackerDeps } from '@aftermath/core';
import { loadSecretKey } from './secret-key';
import { createTrackerClient } from './tracker-client';

/**
 * Tracker calls over HTTP with tokens sealed by the instance's secret key (read on first use;
 * see {@link loadSecretKey}; `dataDir` is the `--data` folder that holds the key file).
 */
export function createTrackerDeps(
  env: Record<string, string | undefined>,
  dataDir?: string,
): TrackerDeps {
  return {
    secrets: createLazySecretBox(() => loadSecretKey(env, dataDir)),
    client: createTrackerClient(),
  };
}
