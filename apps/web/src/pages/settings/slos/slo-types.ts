import type { RouteOutput, routes } from '@aftermath/contract';

/** An SLO definition as the API returns it. */
export type SloDefinition = RouteOutput<(typeof routes)['getSlo']>['definition'];

/** An SLO with its state now, as `GET /api/v1/slos` lists it. */
export type SloWithStatus = RouteOutput<(typeof routes)['listSlos']>['items'][number];

/** A share as a percentage without float noise: 0.999 → "99.9". */
export function formatPercent(share: number): string {
  return String(Number((share * 100).toFixed(6)));
}
