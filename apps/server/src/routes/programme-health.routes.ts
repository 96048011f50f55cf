import { computeProgrammeHealth, type Context } from '@aftermath/core';
import type { Handlers } from '../register-routes';

/** The postmortem practice's own health (programme-health signals). */
export function programmeHealthHandlers(ctx: Context): Pick<Handlers, 'getProgrammeHealth'> {
  return {
    getProgrammeHealth: ({ principal, query }) =>
      computeProgrammeHealth(
        ctx,
        principal,
        query.weeks === undefined ? {} : { weeks: query.weeks },
      ),
  };
}
