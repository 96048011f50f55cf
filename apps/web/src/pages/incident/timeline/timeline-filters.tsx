import type { TimelineEntry } from '@aftermath/domain';
import { navigate, useLocation } from '../../../router/router';

/** The kinds and sources the timeline is filtered to; empty = all. */
export interface TimelineFilters {
  kinds: string[];
  sources: string[];
}

const listOf = (value: string | null) =>
  value === null ? [] : value.split(',').filter((item) => item !== '');

/** Filters live in the URL (`?kind=alert,deploy&source=alertmanager`) so a view deep-links. */
export function useTimelineFilters() {
  const { pathname, search } = useLocation();
  const filters: TimelineFilters = {
    kinds: listOf(search.get('kind')),
    sources: listOf(search.get('source')),
  };
  const change = (next: TimelineFilters) => {
    const query = new URLSearchParams(search);
    for (const [name, values] of [
      ['kind', next.kinds],
      ['source', next.sources],
    ] as const) {
      if (values.length === 0) query.delete(name);
      else query.set(name, values.join(','));
    }
    const text = query.toString();
    navigate(`${pathname}${text === '' ? '' : `?${text}`}`, { replace: true });
  };
  return { filters, change };
}

/** True when the entry passes the filters. */
export function matchesFilters(entry: TimelineEntry, filters: TimelineFilters): boolean {
  return (
    (filters.kinds.length === 0 || filters.kinds.includes(entry.kind)) &&
    (filters.sources.length === 0 || filters.sources.includes(entry.source))
  );
}

function counts(entries: TimelineEntry[], field: 'kind' | 'source'): [string, number][] {
  const tally = new Map<string, number>();
  for (const entry of entries) tally.set(entry[field], (tally.get(entry[field]) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

function ChipGroup({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: [string, number][];
  selected: string[];
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul className="chips">
        {options.map(([value, count]) => (
          <li key={value}>
            <button
              type="button"
              className="filter-chip"
              aria-pressed={selected.includes(value)}
              onClick={() => onToggle(value)}
            >
              {value} <span className="muted">({count})</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

const toggled = (list: string[], value: string) =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/** Kind and source chips; pressing one narrows the list, pressing it again widens it. */
export function TimelineFilterBar({
  entries,
  filters,
  onChange,
}: {
  entries: TimelineEntry[];
  filters: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
}) {
  const active = filters.kinds.length + filters.sources.length > 0;
  return (
    <div className="timeline-filters" role="group" aria-label="Filter the timeline">
      <ChipGroup
        legend="Kind"
        options={counts(entries, 'kind')}
        selected={filters.kinds}
        onToggle={(kind) => onChange({ ...filters, kinds: toggled(filters.kinds, kind) })}
      />
      <ChipGroup
        legend="Source"
        options={counts(entries, 'source')}
        selected={filters.sources}
        onToggle={(source) => onChange({ ...filters, sources: toggled(filters.sources, source) })}
      />
      {active && (
        <button type="button" onClick={() => onChange({ kinds: [], sources: [] })}>
          Show all entries
        </button>
      )}
    </div>
  );
}
