/**
 * The sections of the app in the header: few enough to fit on one line of a laptop. Settings
 * pages go into `settings-sections.ts`, not here.
 */
export interface NavItem {
  label: string;
  path: string;
}

export const navItems: NavItem[] = [
  { label: 'Incidents', path: '/incidents' },
  { label: 'Dashboards', path: '/dashboards' },
  { label: 'Search', path: '/search' },
  { label: 'Actions', path: '/actions' },
  // Every settings page sits under this one entry (shell/settings-sections.ts lists them).
  { label: 'Settings', path: '/settings' },
];

/** True when `pathname` is inside the section at `path`. */
export function isActiveSection(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
