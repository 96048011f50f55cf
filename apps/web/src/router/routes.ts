/** The pages of the app and the paths that reach them. */
export type Route =
  | { page: 'incidents' }
  | { page: 'new-incident' }
  | { page: 'dashboards' }
  | { page: 'executive-dashboard' }
  | { page: 'on-call-dashboard' }
  | { page: 'programme-health' }
  | { page: 'search' }
  | { page: 'actions' }
  | { page: 'rca-taxonomy' }
  | { page: 'postmortem-templates' }
  | { page: 'webhook-settings' }
  | { page: 'delivery-log' }
  | { page: 'users-settings' }
  | { page: 'tokens-settings' }
  | { page: 'audit-settings' }
  | { page: 'incident'; key: string }
  | { page: 'service'; name: string }
  | { page: 'services-settings' }
  | { page: 'policy-settings' }
  | { page: 'settings' }
  | { page: 'slos-settings' }
  | { page: 'slo-editor'; name: string | null }
  | { page: 'teams-settings' }
  | { page: 'integrations-settings' }
  | { page: 'incident-debug'; key: string }
  | { page: 'evidence'; key: string; id: string }
  | { page: 'home' }
  | { page: 'not-found' };

const incidentPath = /^\/incidents\/(INC-[1-9][0-9]*)\/?$/;
const incidentDebugPath = /^\/incidents\/(INC-[1-9][0-9]*)\/debug\/?$/;
const servicePath = /^\/services\/([a-z0-9][a-z0-9._-]*)\/?$/;
const sloPath = /^\/settings\/slos\/([a-z0-9][a-z0-9-]*)\/?$/;
const evidencePath = /^\/incidents\/(INC-[1-9][0-9]*)\/evidence\/([^/]+)\/?$/;

/** Matches a pathname to a page. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' };
  if (pathname === '/incidents' || pathname === '/incidents/') return { page: 'incidents' };
  if (pathname === '/incidents/new') return { page: 'new-incident' };
  if (pathname === '/dashboards' || pathname === '/dashboards/') return { page: 'dashboards' };
  if (pathname === '/dashboards/executive') return { page: 'executive-dashboard' };
  if (pathname === '/dashboards/on-call') return { page: 'on-call-dashboard' };
  if (pathname === '/dashboards/programme-health') return { page: 'programme-health' };
  if (pathname === '/search' || pathname === '/search/') return { page: 'search' };
  if (pathname === '/actions' || pathname === '/actions/') return { page: 'actions' };
  if (pathname === '/settings/rca-taxonomy') return { page: 'rca-taxonomy' };
  if (pathname === '/settings/postmortem-templates') return { page: 'postmortem-templates' };
  if (pathname === '/settings/webhooks') return { page: 'webhook-settings' };
  if (pathname === '/settings/deliveries') return { page: 'delivery-log' };
  if (pathname === '/settings/users') return { page: 'users-settings' };
  if (pathname === '/settings/tokens') return { page: 'tokens-settings' };
  if (pathname === '/settings/audit') return { page: 'audit-settings' };
  if (pathname === '/settings/services') return { page: 'services-settings' };
  if (pathname === '/settings/policy') return { page: 'policy-settings' };
  if (pathname === '/settings' || pathname === '/settings/') return { page: 'settings' };
  if (pathname === '/settings/slos') return { page: 'slos-settings' };
  if (pathname === '/settings/slos/new') return { page: 'slo-editor', name: null };
  const slo = sloPath.exec(pathname);
  if (slo?.[1]) return { page: 'slo-editor', name: slo[1] };
  if (pathname === '/settings/teams') return { page: 'teams-settings' };
  if (pathname === '/settings/integrations') return { page: 'integrations-settings' };
  const service = servicePath.exec(pathname);
  if (service?.[1]) return { page: 'service', name: service[1] };
  const incident = incidentPath.exec(pathname);
  if (incident?.[1]) return { page: 'incident', key: incident[1] };
  const debug = incidentDebugPath.exec(pathname);
  if (debug?.[1]) return { page: 'incident-debug', key: debug[1] };
  const evidence = evidencePath.exec(pathname);
  if (evidence?.[1] && evidence[2]) {
    return { page: 'evidence', key: evidence[1], id: decodeURIComponent(evidence[2]) };
  }
  return { page: 'not-found' };
}

/** Where inside a piece of evidence a link points. */
export interface EvidenceAt {
  line?: number | null;
  byteOffset?: number | null;
  jsonPointer?: string | null;
}

/** Path helpers, so links are written in one place. */
export const paths = {
  incidents: (query?: URLSearchParams) => {
    const search = query?.toString() ?? '';
    return search === '' ? '/incidents' : `/incidents?${search}`;
  },
  newIncident: () => '/incidents/new',
  incident: (key: string) => `/incidents/${key}`,
  /** A service's incidents, SLOs and open action items. */
  service: (name: string) => `/services/${encodeURIComponent(name)}`,
  /** Edit an SLO (or, without a name, define a new one). */
  sloEditor: (name?: string) =>
    name === undefined ? '/settings/slos/new' : `/settings/slos/${encodeURIComponent(name)}`,
  /** The SLI charts around the incident with its milestones and suspect changes. */
  incidentDebug: (key: string) => `/incidents/${key}/debug`,
  /** An evidence record, opened at a line, byte offset or JSON pointer when the entry has one. */
  evidence: (key: string, id: string, at: EvidenceAt = {}) => {
    const query = new URLSearchParams();
    if (at.line != null) query.set('line', String(at.line));
    if (at.byteOffset != null) query.set('byteOffset', String(at.byteOffset));
    if (at.jsonPointer != null) query.set('pointer', at.jsonPointer);
    const search = query.toString();
    const path = `/incidents/${key}/evidence/${encodeURIComponent(id)}`;
    return search === '' ? path : `${path}?${search}`;
  },
};
