import { getIncidentSliSeries, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The SLI series around an incident (the debug view's chart data). */
export function sliSeriesHandlers(ctx: Context): Pick<Handlers, 'getIncidentSliSeries'> {
  return {
    getIncidentSliSeries: ({ principal, params, query }) =>
      getIncidentSliSeries(ctx, principal, params.key, {
        paddingMinutes: query.paddingMinutes,
        maxPoints: query.points,
      }),
  };
}
