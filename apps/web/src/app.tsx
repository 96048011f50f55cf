import { useEffect } from 'react';
import { IncidentPage } from './pages/incident/incident.page';
import { IncidentListPage } from './pages/incidents/incident-list.page';
import { NewIncidentPage } from './pages/incidents/new-incident.page';
import { NotFoundPage } from './pages/not-found.page';
import { navigate, useLocation } from './router/router';
import { matchRoute, type Route } from './router/routes';
import { AppShell } from './shell/app-shell';

function renderRoute(route: Route, search: URLSearchParams) {
  switch (route.page) {
    case 'home':
    case 'incidents':
      return <IncidentListPage search={search} />;
    case 'new-incident':
      return <NewIncidentPage />;
    case 'incident':
      return <IncidentPage key={route.key} incidentKey={route.key} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The whole app: the shell around whichever page the URL names. */
export function App() {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);

  useEffect(() => {
    if (route.page === 'home') navigate('/incidents', { replace: true });
  }, [route.page]);

  return <AppShell pathname={pathname}>{renderRoute(route, search)}</AppShell>;
}
