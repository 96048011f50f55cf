import { incidentStatus, severity, type IncidentStatus, type Severity } from '@aftermath/domain';

/** How many incidents a page of the list shows. */
export const pageSize = 25;

/** The list's filters as they live in the URL query. */
export interface ListFilters {
  status: IncidentStatus | '';
  severity: Severity | '';
  service: string;
  text: string;
  page: number;
}

function oneOf<T extends string>(options: readonly T[], value: string | null): T | '' {
  return options.find((option) => option === value) ?? '';
}

/** Reads filters from the URL, ignoring values the API would reject. */
export function readFilters(search: URLSearchParams): ListFilters {
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    status: oneOf(incidentStatus.options, search.get('status')),
    severity: oneOf(severity.options, search.get('severity')),
    service: search.get('service')?.trim() ?? '',
    text: search.get('text')?.trim() ?? '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Writes filters back as a query; empty values and page 1 are left out to keep URLs short. */
export function writeFilters(filters: ListFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.severity) query.set('severity', filters.severity);
  if (filters.service) query.set('service', filters.service);
  if (filters.text) query.set('text', filters.text);
  if (filters.page > 1) query.set('page', String(filters.page));
  return query;
}

/** True when any filter narrows the list. */
export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.status || filters.severity || filters.service || filters.text);
}

/** The query of the `listIncidents` call for these filters. */
export function toListQuery(filters: ListFilters) {
  return {
    status: filters.status ? [filters.status] : undefined,
    severity: filters.severity ? [filters.severity] : undefined,
    service: filters.service || undefined,
    text: filters.text || undefined,
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
}
