import { Link } from '../../router/router';

const tabs = [
  { label: 'Metrics', path: '/dashboards' },
  { label: 'Executive', path: '/dashboards/executive' },
  { label: 'On-call', path: '/dashboards/on-call' },
  { label: 'Programme health', path: '/dashboards/programme-health' },
];

/** Switches between the dashboards; the current one is marked for screen readers. */
export function DashboardTabs({ current }: { current: string }) {
  return (
    <nav className="dashboard-tabs" aria-label="Dashboards">
      {tabs.map((tab) => (
        <Link key={tab.path} to={tab.path} aria-current={tab.path === current ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
