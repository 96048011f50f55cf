import {
  currentSlot,
  listPrometheusSources,
  pollPrometheusSli,
  type Context,
  type PrometheusClient,
} from '@aftermath/core';
import type { JobHandler } from './worker';

/** The job kind of the SLO poll tick. */
export const sloPollKind = 'slo.poll';

/**
 * The SLO poll tick (a recurring job every few seconds): polls each SLO with a Prometheus source
 * whose own interval has a new slot. The per-SLO slot is claimed in the database first, so with
 * several replicas each SLO is polled once per interval. A failed poll is reported and waits for
 * the SLO's next slot, as before; it never fails the tick for the other SLOs.
 */
export function createSloPollHandler(
  ctx: Context,
  client: PrometheusClient,
  onError: (slo: string, error: unknown) => void,
): JobHandler {
  return async () => {
    for (const { slo, config } of await listPrometheusSources(ctx)) {
      const slot = currentSlot({ every: 'interval', seconds: config.everySeconds }, ctx.clock());
      if (!(await ctx.store.jobs.claimScheduleSlot(`slo.poll:${slo.name}`, slot.toISOString()))) {
        continue;
      }
      try {
        await pollPrometheusSli(ctx, client, slo, config);
      } catch (error) {
        onError(slo.name, error);
      }
    }
  };
}
