import { incidentType, severity, type IncidentType, type Severity } from '@aftermath/domain';

/** The dashboard's filters as they live in the URL (`/dashboards?from=2026-01-01&severity=SEV1`). */
export interface DashboardFilters {
  from: string;
  to: string;
  service: string;
  team: string;
  severity: Severity | '';
  type: IncidentType | '';
}

export const emptyDashboardFilters: DashboardFilters = {
  from: '',
  to: '',
  service: '',
  team: '',
  severity: '',
  type: '',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the query string; values that cannot be valid are dropped. */
export function readDashboardFilters(search: URLSearchParams): DashboardFilters {
  const text = (name: string) => search.get(name)?.trim() ?? '';
  const day = (name: string) => (DAY.test(text(name)) ? text(name) : '');
  const sev = severity.safeParse(text('severity'));
  const kind = incidentType.safeParse(text('type'));
  return {
    from: day('from'),
    to: day('to'),
    service: text('service'),
    team: text('team'),
    severity: sev.success ? sev.data : '',
    type: kind.success ? kind.data : '',
  };
}

/** The filters as a query string, leaving out empty ones. */
export function writeDashboardFilters(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(toMetricsQuery(filters))) search.set(name, value);
  return search;
}

/** The query of `GET /api/v1/metrics` for these filters: only the ones set. */
export function toMetricsQuery(filters: DashboardFilters): {
  from?: string;
  to?: string;
  service?: string;
  team?: string;
  severity?: Severity;
  type?: IncidentType;
} {
  const { from, to, service, team, severity: level, type } = filters;
  return {
    ...(from !== '' && { from }),
    ...(to !== '' && { to }),
    ...(service !== '' && { service }),
    ...(team !== '' && { team }),
    ...(level !== '' && { severity: level }),
    ...(type !== '' && { type }),
  };
}
