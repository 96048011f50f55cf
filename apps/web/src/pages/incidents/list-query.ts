import {
  incidentStatus,
  severity,
  type IncidentStatus,
  type SavedViewFilters,
  type Severity,
} from '@aftermath/domain';

/**
 * How many incidents a `page` of the URL stands for. The list scrolls through every incident;
 * `?page=3` (a link from before it did) opens it scrolled to the 51st.
 */
export const pageSize = 25;

/** The list's filters as they live in the URL query. */
export interface ListFilters {
  status: IncidentStatus | '';
  severity: Severity | '';
  service: string;
  /** One tag, set by clicking a tag chip. */
  tag: string;
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
    tag: search.get('tag')?.trim() ?? '',
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
  if (filters.tag) query.set('tag', filters.tag);
  if (filters.text) query.set('text', filters.text);
  if (filters.page > 1) query.set('page', String(filters.page));
  return query;
}

/** True when any filter narrows the list. */
export function hasFilters(filters: ListFilters): boolean {
  return Boolean(
    filters.status || filters.severity || filters.service || filters.tag || filters.text,
  );
}

/** The query of the `listIncidents` call for these filters and rows `offset` to `offset + limit`. */
export function toListQuery(filters: ListFilters, rows: { offset: number; limit: number }) {
  return {
    status: filters.status ? [filters.status] : undefined,
    severity: filters.severity ? [filters.severity] : undefined,
    service: filters.service || undefined,
    tag: filters.tag || undefined,
    text: filters.text || undefined,
    limit: rows.limit,
    offset: rows.offset,
  };
}

/** The 0-based row the list opens scrolled to: the first of the URL's `page`. */
export function firstRowOf(filters: ListFilters): number {
  return (filters.page - 1) * pageSize;
}

/** The filters a saved view keeps: the set ones, without the page. */
export function toSavedFilters(filters: ListFilters): SavedViewFilters {
  const saved: SavedViewFilters = {};
  if (filters.status) saved.status = filters.status;
  if (filters.severity) saved.severity = filters.severity;
  if (filters.service) saved.service = filters.service;
  if (filters.tag) saved.tag = filters.tag;
  if (filters.text) saved.text = filters.text;
  return saved;
}

/** The list's filters of a saved view, on its first page. */
export function fromSavedFilters(saved: SavedViewFilters): ListFilters {
  return {
    status: saved.status ?? '',
    severity: saved.severity ?? '',
    service: saved.service ?? '',
    tag: saved.tag ?? '',
    text: saved.text ?? '',
    page: 1,
  };
}
