import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePostmortemDeadlines } from './deadline-badge';
import { Link, navigate } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading } from '../../ui/states';
import { EmptyWorkspace } from './empty-workspace';
import { IncidentFilters } from './incident-filters';
import { SavedViews } from './saved-views';
import { chunkSize, useIncidentRows } from './use-incident-rows';
import { WindowedIncidentTable } from './windowed-incident-table';
import './incident-list.css';
import {
  firstRowOf,
  hasFilters,
  readFilters,
  toListQuery,
  writeFilters,
  type ListFilters,
} from './list-query';

function useServiceNames(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    api
      .call('listServices', {})
      .then(({ data }) => setNames(data.items.map((service) => service.name)))
      // Suggestions are a convenience; the filter still works by typing a name.
      .catch(() => setNames([]));
  }, []);
  return names;
}

/**
 * `/incidents`: the filtered list, scrolled through however long it is (rows load as they come
 * into view), or the welcome screen of an empty instance.
 */
export function IncidentListPage({ search }: { search: URLSearchParams }) {
  usePageTitle('Incidents');
  const filters = readFilters(search);
  // The page only says where the list opens; changing it does not load the list again.
  const query = writeFilters({ ...filters, page: 1 }).toString();
  const { resource, reload, retry } = useResource(query, async () => {
    const rows = { offset: 0, limit: chunkSize };
    const { data } = await api.call('listIncidents', { query: toListQuery(filters, rows) });
    return data;
  });
  const { ensureRows, rowAt, retryRow } = useIncidentRows(
    filters,
    resource.state === 'ready' ? resource.value.items : undefined,
  );
  const services = useServiceNames();
  const deadlines = usePostmortemDeadlines(query);
  const applyFilters = useCallback(
    (next: ListFilters) => navigate(paths.incidents(writeFilters(next)), { replace: true }),
    [],
  );

  const isEmptyInstance =
    resource.state === 'ready' && resource.value.total === 0 && !hasFilters(filters);

  return (
    <section className="page">
      <div className="page-header">
        <h1>Incidents</h1>
        {!isEmptyInstance && (
          <Link to={paths.newIncident()} className="button primary">
            New incident
          </Link>
        )}
      </div>
      {isEmptyInstance ? (
        <EmptyWorkspace onLoaded={reload} />
      ) : (
        <>
          <SavedViews filters={filters} current={query} />
          <IncidentFilters filters={filters} services={services} onChange={applyFilters} />
          {filters.tag && (
            <p className="tag-filter">
              Tagged <span className="chip">#{filters.tag}</span>
              <Link
                to={paths.incidents(writeFilters({ ...filters, tag: '', page: 1 }))}
                className="button"
              >
                Any tag
              </Link>
            </p>
          )}
          {resource.state === 'loading' && <Loading what="incidents" />}
          {resource.state === 'failed' && (
            <LoadFailed what="the incident list" error={resource.error} onRetry={retry} />
          )}
          {resource.state === 'ready' && resource.value.total === 0 && (
            <div className="empty-state small">
              <p>No incidents match these filters.</p>
              <Link to={paths.incidents()} className="button">
                Clear filters
              </Link>
            </div>
          )}
          {resource.state === 'ready' && resource.value.total > 0 && (
            <>
              <WindowedIncidentTable
                total={resource.value.total}
                rowAt={rowAt}
                ensureRows={ensureRows}
                onRetry={retryRow}
                deadlines={deadlines}
                initialRow={firstRowOf(filters)}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
