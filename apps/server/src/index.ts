export { buildServer, startServer, type RunningServer, type ServerOptions } from './app';
export { productVersion } from '@aftermath/core';
export { createPrometheusClient } from './jobs/prometheus-client';
export { startJobRunner, recurringJobs, type JobRunnerOptions } from './jobs/job-runner';
export {
  startWorker,
  type Worker,
  type WorkerOptions,
  type JobHandler,
  type JobHandlers,
} from './jobs/worker';
export { createNotificationTransport } from './notifications/notification-transport';
export { createArgon2Hasher } from './identity/argon2-hasher';
export { createTrackerDeps } from './trackers/tracker-deps';
export { readOidcOptions, type OidcOptions } from './identity/oidc-options';
