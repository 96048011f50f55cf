import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePostmortemDeadlines } from './deadline-badge';
import { Link, navigate } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { Pagination } from '../../ui/pagination';
import { LoadFailed, Loading } from '../../ui/states';
import { EmptyWorkspace } from './empty-workspace';
import { IncidentFilters } from './incident-filters';
import { IncidentTable } from './incident-table';
import { SavedViews } from './saved-views';
import './incident-list.css';
import {
  hasFilters,
  pageSize,
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

/** `/incidents`: the filtered, paginated list, or the welcome screen of an empty instance. */
export function IncidentListPage({ search }: { search: URLSearchParams }) {
  usePageTitle('Incidents');
  const filters = readFilters(search);
  const query = writeFilters(filters).toString();
  const { resource, reload, retry } = useResource(query, async () => {
    const { data } = await api.call('listIncidents', { query: toListQuery(readFilters(search)) });
    return data;
  });
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
          <SavedViews
            filters={filters}
            current={writeFilters({ ...filters, page: 1 }).toString()}
          />
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
          {resource.state === 'ready' &&
            resource.value.total > 0 &&
            resource.value.items.length === 0 && (
              <div className="empty-state small">
                <p>This page is past the end of the list.</p>
                <Link
                  to={paths.incidents(writeFilters({ ...filters, page: 1 }))}
                  className="button"
                >
                  Go to the first page
                </Link>
              </div>
            )}
          {resource.state === 'ready' && resource.value.total === 0 && (
            <div className="empty-state small">
              <p>No incidents match these filters.</p>
              <Link to={paths.incidents()} className="button">
                Clear filters
              </Link>
            </div>
          )}
          {resource.state === 'ready' && resource.value.items.length > 0 && (
            <>
              <IncidentTable incidents={resource.value.items} deadlines={deadlines} />
              <Pagination
                page={filters.page}
                pageSize={pageSize}
                total={resource.value.total}
                onPage={(page) => navigate(paths.incidents(writeFilters({ ...filters, page })))}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
