import { searchFacetNames, type FacetCount, type SearchFacetName } from '@aftermath/domain';
import type { SearchState } from './search-query';

const facetLabels: Record<SearchFacetName, string> = {
  service: 'Service',
  team: 'Team',
  severity: 'Severity',
  type: 'Type',
  status: 'Status',
  trigger: 'Trigger',
  rootCause: 'Root-cause category',
  tag: 'Tag',
};

const shownValues = 12;

/**
 * The facet sidebar: one checkbox per value with its count over every match (marked `≈` when the
 * server estimated counts from a sample of a very large answer), dates and sort.
 */
export function SearchFacets({
  state,
  counts,
  exact = true,
  onToggle,
  onChange,
}: {
  state: SearchState;
  counts: Partial<Record<SearchFacetName, FacetCount[]>>;
  exact?: boolean;
  onToggle: (name: SearchFacetName, value: string) => void;
  onChange: (next: SearchState) => void;
}) {
  return (
    <aside className="search-facets" aria-label="Refine results">
      <fieldset className="search-sort">
        <legend>Sort by</legend>
        {(['relevance', 'date'] as const).map((sort) => (
          <label key={sort}>
            <input
              type="radio"
              name="search-sort"
              checked={state.sort === sort}
              onChange={() => onChange({ ...state, sort, page: 1 })}
            />
            {sort === 'relevance' ? 'Relevance' : 'Newest first'}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Impact started</legend>
        <label htmlFor="search-from">From</label>
        <input
          id="search-from"
          type="date"
          value={state.from}
          onChange={(event) => onChange({ ...state, from: event.target.value, page: 1 })}
        />
        <label htmlFor="search-to">To (inclusive)</label>
        <input
          id="search-to"
          type="date"
          value={state.to}
          onChange={(event) => onChange({ ...state, to: event.target.value, page: 1 })}
        />
      </fieldset>
      {searchFacetNames.map((name) => (
        <FacetGroup
          key={name}
          name={name}
          counts={counts[name] ?? []}
          selected={state.facets[name] ?? []}
          exact={exact}
          onToggle={onToggle}
        />
      ))}
    </aside>
  );
}

function FacetGroup({
  name,
  counts,
  selected,
  exact,
  onToggle,
}: {
  name: SearchFacetName;
  counts: FacetCount[];
  selected: string[];
  exact: boolean;
  onToggle: (name: SearchFacetName, value: string) => void;
}) {
  // A selected value stays visible (with 0) so it can always be unticked.
  const values = counts.slice(0, shownValues);
  for (const value of selected) {
    if (!values.some((count) => count.value === value)) values.push({ value, count: 0 });
  }
  if (values.length === 0) return null;
  return (
    <fieldset className="search-facet">
      <legend>{facetLabels[name]}</legend>
      {values.map(({ value, count }) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={() => onToggle(name, value)}
          />
          <span className="search-facet-value">{value}</span>
          <span
            className="search-facet-count"
            aria-label={exact ? `${count} results` : `about ${count} results`}
          >
            {exact ? count : `≈${count}`}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
