import { computeMetrics, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** Incident metrics (M1–M10). */
export function metricsHandlers(ctx: Context): Pick<Handlers, 'getMetrics'> {
  return {
    getMetrics: ({ principal, query }) => computeMetrics(ctx, principal, query),
  };
}
