import { createLazySecretBox, type TrackerDeps } from '@aftermath/core';
import { loadSecretKey } from './secret-key';
import { createTrackerClient } from './tracker-client';

/** Tracker calls over HTTP with tokens sealed by the instance's secret key (read on first use). */
export function createTrackerDeps(env: Record<string, string | undefined>): TrackerDeps {
  return {
    secrets: createLazySecretBox(() => loadSecretKey(env)),
    client: createTrackerClient(),
  };
}
