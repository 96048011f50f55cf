/** The pages of the app and the paths that reach them. */
export type Route =
  | { page: 'incidents' }
  | { page: 'new-incident' }
  | { page: 'dashboards' }
  | { page: 'incident'; key: string }
  | { page: 'home' }
  | { page: 'not-found' };

const incidentPath = /^\/incidents\/(INC-[1-9][0-9]*)\/?$/;

/** Matches a pathname to a page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  if (pathname === '/incidents' || pathname === '/incidents/') return { page: 'incidents' };
  if (pathname === '/incidents/new') return { page: 'new-incident' };
  if (pathname === '/dashboards' || pathname === '/dashboards/') return { page: 'dashboards' };
  const incident = incidentPath.exec(pathname);
  if (incident?.[1]) return { page: 'incident', key: incident[1] };
  return { page: 'not-found' };
}

/** Path helpers, so links are written in one place. */
export const paths = {
  incidents: (query?: URLSearchParams) => {
    const search = query?.toString() ?? '';
    return search === '' ? '/incidents' : `/incidents?${search}`;
  },
  newIncident: () => '/incidents/new',
  incident: (key: string) => `/incidents/${key}`,
};
