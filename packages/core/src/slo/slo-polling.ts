import type { Context } from '../context';
import {
  listPrometheusSources,
  pollPrometheusSli,
  type PrometheusClient,
} from './prometheus-source';
import type { SliImportResult } from './sli-import';

export interface SloPollingOptions {
  /** How often to look for SLOs that are due, in ms (default 5000). */
  tickMs?: number;
  onResult?: (result: SliImportResult) => void;
  /** A failed poll is reported and retried at the SLO's next due time; it never stops the loop. */
  onError?: (slo: string, error: unknown) => void;
}

/** A running poller; `stop` waits for a poll in progress to finish. */
export interface SloPolling {
  stop(): Promise<void>;
}

/**
 * Polls every SLO that has a Prometheus source, each when its `everySeconds` have passed since its
 * last poll. One tick at a time (a slow Prometheus never stacks polls up); `stop` ends it.
 *
 * @example
 * const polling = startSloPolling(ctx, fetchPrometheusClient(), { onError: log });
 * await polling.stop();
 */
export function startSloPolling(
  ctx: Context,
  client: PrometheusClient,
  options: SloPollingOptions = {},
): SloPolling {
  const lastRun = new Map<string, number>();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async (): Promise<void> => {
    const now = ctx.clock().getTime();
    for (const { slo, config } of await listPrometheusSources(ctx)) {
      if (stopped) return;
      const last = lastRun.get(slo.name);
      if (last !== undefined && now - last < config.everySeconds * 1000) continue;
      lastRun.set(slo.name, now);
      try {
        options.onResult?.(await pollPrometheusSli(ctx, client, slo, config));
      } catch (error) {
        options.onError?.(slo.name, error);
      }
    }
  };
  const schedule = (): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error: unknown) => options.onError?.('*', error))
        .finally(schedule);
    }, options.tickMs ?? 5000);
  };
  running = tick()
    .catch((error: unknown) => options.onError?.('*', error))
    .finally(schedule);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
