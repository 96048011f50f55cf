import { lazy, Suspense, useEffect, useRef } from 'react';
import { EvidencePage } from './pages/evidence/evidence.page';
import { IncidentPage } from './pages/incident/incident.page';
import { IncidentListPage } from './pages/incidents/incident-list.page';
import { NewIncidentPage } from './pages/incidents/new-incident.page';
import { NotFoundPage } from './pages/not-found.page';
import { navigate, useLocation } from './router/router';
import { matchRoute, type Route } from './router/routes';
import { AppShell } from './shell/app-shell';
import { Loading } from './ui/states';

// Charts and cards load on first visit, keeping them out of the initial bundle.
const DashboardsPage = lazy(() => import('./pages/dashboards/dashboards.page'));
const ExecutiveDashboardPage = lazy(() => import('./pages/dashboards/executive.page'));
const OnCallDashboardPage = lazy(() => import('./pages/dashboards/on-call.page'));
const ProgrammeHealthPage = lazy(() => import('./pages/dashboards/programme-health.page'));
const IncidentDebugPage = lazy(() => import('./pages/incident-debug/incident-debug.page'));
const SearchPage = lazy(() => import('./pages/search/search.page'));
const ActionsPage = lazy(() => import('./pages/actions/actions.page'));
const RcaTaxonomyPage = lazy(() => import('./pages/settings/rca-taxonomy.page'));
const PostmortemTemplatesPage = lazy(() => import('./pages/settings/postmortem-templates.page'));
const WebhooksPage = lazy(() => import('./pages/settings/webhooks.page'));
const ServicePage = lazy(() => import('./pages/service/service.page'));
const ServicesSettingsPage = lazy(() => import('./pages/settings/services.page'));
const PolicySettingsPage = lazy(() => import('./pages/settings/policy.page'));
const DeliveriesPage = lazy(() => import('./pages/settings/deliveries.page'));
const UsersPage = lazy(() => import('./pages/settings/users.page'));
const TokensPage = lazy(() => import('./pages/settings/tokens.page'));
const AuditPage = lazy(() => import('./pages/settings/audit.page'));
const SettingsIndexPage = lazy(() => import('./pages/settings/settings-index.page'));
const SlosSettingsPage = lazy(() => import('./pages/settings/slos.page'));
const SloEditorPage = lazy(() => import('./pages/settings/slos/slo-editor.page'));
const TeamsPage = lazy(() => import('./pages/settings/teams.page'));
const IntegrationsPage = lazy(() => import('./pages/settings/integrations.page'));

function renderRoute(route: Route, search: URLSearchParams) {
  switch (route.page) {
    case 'home':
    case 'incidents':
      return <IncidentListPage search={search} />;
    case 'new-incident':
      return <NewIncidentPage />;
    case 'dashboards':
      return (
        <Suspense fallback={<Loading what="dashboards" />}>
          <DashboardsPage search={search} />
        </Suspense>
      );
    case 'executive-dashboard':
      return (
        <Suspense fallback={<Loading what="dashboards" />}>
          <ExecutiveDashboardPage />
        </Suspense>
      );
    case 'on-call-dashboard':
      return (
        <Suspense fallback={<Loading what="dashboards" />}>
          <OnCallDashboardPage search={search} />
        </Suspense>
      );
    case 'programme-health':
      return (
        <Suspense fallback={<Loading what="dashboards" />}>
          <ProgrammeHealthPage />
        </Suspense>
      );
    case 'search':
      return (
        <Suspense fallback={<Loading what="search" />}>
          <SearchPage search={search} />
        </Suspense>
      );
    case 'actions':
      return (
        <Suspense fallback={<Loading what="the action items" />}>
          <ActionsPage search={search} />
        </Suspense>
      );
    case 'rca-taxonomy':
      return (
        <Suspense fallback={<Loading what="the RCA taxonomy" />}>
          <RcaTaxonomyPage />
        </Suspense>
      );
    case 'postmortem-templates':
      return (
        <Suspense fallback={<Loading what="the postmortem templates" />}>
          <PostmortemTemplatesPage />
        </Suspense>
      );
    case 'webhook-settings':
      return (
        <Suspense fallback={<Loading what="the webhook settings" />}>
          <WebhooksPage />
        </Suspense>
      );
    case 'delivery-log':
      return (
        <Suspense fallback={<Loading what="the delivery log" />}>
          <DeliveriesPage />
        </Suspense>
      );
    case 'users-settings':
      return (
        <Suspense fallback={<Loading what="the users" />}>
          <UsersPage />
        </Suspense>
      );
    case 'tokens-settings':
      return (
        <Suspense fallback={<Loading what="the API tokens" />}>
          <TokensPage />
        </Suspense>
      );
    case 'audit-settings':
      return (
        <Suspense fallback={<Loading what="the audit log" />}>
          <AuditPage />
        </Suspense>
      );
    case 'incident':
      return <IncidentPage key={route.key} incidentKey={route.key} />;
    case 'services-settings':
      return (
        <Suspense fallback={<Loading what="the services" />}>
          <ServicesSettingsPage />
        </Suspense>
      );
    case 'policy-settings':
      return (
        <Suspense fallback={<Loading what="the policy" />}>
          <PolicySettingsPage />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<Loading what="the settings" />}>
          <SettingsIndexPage />
        </Suspense>
      );
    case 'slos-settings':
      return (
        <Suspense fallback={<Loading what="the SLOs" />}>
          <SlosSettingsPage />
        </Suspense>
      );
    case 'slo-editor':
      return (
        <Suspense fallback={<Loading what="the SLO" />}>
          <SloEditorPage key={route.name ?? ''} name={route.name} />
        </Suspense>
      );
    case 'teams-settings':
      return (
        <Suspense fallback={<Loading what="the teams" />}>
          <TeamsPage />
        </Suspense>
      );
    case 'integrations-settings':
      return (
        <Suspense fallback={<Loading what="the integrations" />}>
          <IntegrationsPage />
        </Suspense>
      );
    case 'service':
      return (
        <Suspense fallback={<Loading what="the service" />}>
          <ServicePage key={route.name} name={route.name} />
        </Suspense>
      );
    case 'incident-debug':
      return (
        <Suspense fallback={<Loading what="the debug view" />}>
          <IncidentDebugPage key={route.key} incidentKey={route.key} search={search} />
        </Suspense>
      );
    case 'evidence':
      return (
        <EvidencePage
          key={route.id}
          incidentKey={route.key}
          evidenceId={route.id}
          search={search}
        />
      );
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

  // After an in-app navigation, start keyboard and screen-reader users at the new content,
  // as a full page load would.
  const previousPath = useRef(pathname);
  useEffect(() => {
    const from = previousPath.current;
    previousPath.current = pathname;
    if (from === pathname || from === '/') return;
    const main = document.getElementById('main');
    // A page that focused its own first field (autoFocus) keeps it.
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);

  return <AppShell pathname={pathname}>{renderRoute(route, search)}</AppShell>;
}
