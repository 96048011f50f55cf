import {
  createIdGenerator,
  deliverNotification,
  notificationJobKind,
  parseSchedule,
  type Context,
  type NotificationTransport,
  type PrometheusClient,
  type Store,
  type TrackerDeps,
  trackerCreateKind,
  trackerPollKind,
  trackerSyncKind,
} from '@aftermath/core';
import { systemClock, type Clock } from '@aftermath/domain';
import { createNotificationTransport } from '../notifications/notification-transport';
import { createPrometheusClient } from './prometheus-client';
import type { RecurringJob } from './recurring';
import { createSloPollHandler, sloPollKind } from './slo-poll.job';
import { createEvidencePurgeHandler, evidencePurgeKind } from './evidence-purge.job';
import { createWeeklyReportHandler, weeklyReportJob, weeklyReportKind } from './weekly-report.job';
import { actionFollowUpJobs, createActionFollowUpHandlers } from './action-follow-up.jobs';
import { createTrackerHandlers } from './tracker.jobs';
import { createTrackerDeps } from '../trackers/tracker-deps';
import { startWorker, type JobHandlers, type Worker, type WorkerOptions } from './worker';

/** The kind of the daily clean-up of finished jobs. */
export const pruneJobsKind = 'jobs.prune';

/** Finished deliveries stay in the delivery log this long. */
const keepDeliveriesMs = 30 * 86_400_000;

/** Finished internal jobs (a poll tick every few seconds) are kept a day, for troubleshooting. */
const keepInternalMs = 86_400_000;

export interface JobRunnerOptions extends Pick<
  WorkerOptions,
  'concurrency' | 'pollMs' | 'leaseMs' | 'graceMs' | 'backoff' | 'owner'
> {
  store: Store;
  clock?: Clock;
  log?: (message: string) => void;
  transport?: NotificationTransport;
  prometheus?: PrometheusClient;
  /** Tracker calls and the key that seals their tokens; from the environment by default. */
  trackers?: TrackerDeps;
}

/** Every recurring job the product runs. */
export const recurringJobs: readonly RecurringJob[] = [
  {
    name: sloPollKind,
    schedule: parseSchedule('every 5 seconds'),
    kind: sloPollKind,
    maxAttempts: 1,
  },
  { name: pruneJobsKind, schedule: parseSchedule('daily at 03:30 UTC'), kind: pruneJobsKind },
  {
    name: evidencePurgeKind,
    schedule: parseSchedule('daily at 03:45 UTC'),
    kind: evidencePurgeKind,
  },
  ...actionFollowUpJobs,
  weeklyReportJob,
  {
    name: trackerPollKind,
    schedule: parseSchedule('every 5 minutes'),
    kind: trackerPollKind,
    maxAttempts: 1,
  },
];

function createHandlers(ctx: Context, options: JobRunnerOptions): JobHandlers {
  const log = options.log ?? (() => undefined);
  const transport = options.transport ?? createNotificationTransport();
  return {
    [notificationJobKind]: (job) => deliverNotification(ctx, transport, job),
    [evidencePurgeKind]: createEvidencePurgeHandler(ctx, log),
    [weeklyReportKind]: createWeeklyReportHandler(ctx, log),
    ...createActionFollowUpHandlers(ctx, log),
    ...createTrackerHandlers(ctx, options.trackers ?? createTrackerDeps(process.env), log),
    [sloPollKind]: createSloPollHandler(
      ctx,
      options.prometheus ?? createPrometheusClient(),
      (slo, error) => log(`SLO ${slo}: Prometheus poll failed: ${String(error)}`),
    ),
    [pruneJobsKind]: async () => {
      const now = ctx.clock().getTime();
      const log30 = new Date(now - keepDeliveriesMs).toISOString();
      const day = new Date(now - keepInternalMs).toISOString();
      const removed =
        (await ctx.store.jobs.prune(log30, [notificationJobKind, trackerCreateKind])) +
        (await ctx.store.jobs.prune(day, [
          sloPollKind,
          pruneJobsKind,
          trackerSyncKind,
          trackerPollKind,
          weeklyReportKind,
        ]));
      if (removed > 0) log(`removed ${removed} finished job(s)`);
    },
  };
}

/**
 * The product's job runner on `store`: notification deliveries, the SLO poll tick and the daily
 * prune, as a {@link startWorker} worker. `aftermath serve` starts one unless `--no-worker`;
 * `aftermath worker` runs only this.
 */
export function startJobRunner(options: JobRunnerOptions): Worker {
  const ctx: Context = {
    store: options.store,
    clock: options.clock ?? systemClock,
    newId: createIdGenerator(),
  };
  const { concurrency, pollMs, leaseMs, graceMs, backoff, owner, log } = options;
  return startWorker({
    ctx,
    handlers: createHandlers(ctx, options),
    schedules: recurringJobs,
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(pollMs === undefined ? {} : { pollMs }),
    ...(leaseMs === undefined ? {} : { leaseMs }),
    ...(graceMs === undefined ? {} : { graceMs }),
    ...(backoff === undefined ? {} : { backoff }),
    ...(owner === undefined ? {} : { owner }),
    ...(log === undefined ? {} : { log }),
  });
}
