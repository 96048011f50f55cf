import type { IncidentType, Severity } from '@aftermath/domain';
import type { IncidentFacts } from './incident-facts';

/**
 * Which incidents the metrics cover; all given conditions must hold. `from`/`to` bound the impact
 * start (UTC ISO, `from ≤ impact start < to`); when either is given, incidents without an impact
 * start cannot be placed and are left out. `service` and `team` match any of the incident's
 * services (a team through the services it owns).
 *
 * @example
 * { from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', severity: 'SEV1' }
 */
export interface MetricsFilter {
  from?: string;
  to?: string;
  service?: string;
  team?: string;
  severity?: Severity;
  type?: IncidentType;
}

/**
 * True when the incident is inside the filter.
 *
 * @example
 * matchesMetricsFilter(facts, { service: 'checkout-api' }); // true when it affected checkout-api
 */
export function matchesMetricsFilter(
  facts: Pick<IncidentFacts, 'severity' | 'type' | 'services' | 'teams'> & {
    milestones: Pick<IncidentFacts['milestones'], 'impactStartedAt'>;
  },
  filter: MetricsFilter,
): boolean {
  if (filter.severity !== undefined && facts.severity !== filter.severity) return false;
  if (filter.type !== undefined && facts.type !== filter.type) return false;
  if (filter.service !== undefined && !facts.services.includes(filter.service)) return false;
  if (filter.team !== undefined && !facts.teams.includes(filter.team)) return false;
  if (filter.from === undefined && filter.to === undefined) return true;
  const start = facts.milestones.impactStartedAt;
  if (start === null) return false;
  if (filter.from !== undefined && Date.parse(start) < Date.parse(filter.from)) return false;
  if (filter.to !== undefined && Date.parse(start) >= Date.parse(filter.to)) return false;
  return true;
}
