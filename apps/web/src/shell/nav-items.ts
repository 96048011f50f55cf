/**
 * The sections of the app in the header. Later sections (postmortems, actions, services, SLOs,
 * dashboards, search, settings) are added here as their pages land; the header lays out any number.
 */
export interface NavItem {
  label: string;
  path: string;
}

export const navItems: NavItem[] = [
  { label: 'Incidents', path: '/incidents' },
  { label: 'Dashboards', path: '/dashboards' },
  { label: 'Search', path: '/search' },
  { label: 'Services', path: '/settings/services' },
  { label: 'RCA taxonomy', path: '/settings/rca-taxonomy' },
  { label: 'Templates', path: '/settings/postmortem-templates' },
  { label: 'Webhooks', path: '/settings/webhooks' },
  { label: 'Deliveries', path: '/settings/deliveries' },
  { label: 'Users', path: '/settings/users' },
  { label: 'Tokens', path: '/settings/tokens' },
];

/** True when `pathname` is inside the section at `path`. */
export function isActiveSection(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
