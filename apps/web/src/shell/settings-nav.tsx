import '../styles/settings.css';
import { Link } from '../router/router';
import { isActiveSection } from './nav-items';
import { settingsGroups } from './settings-sections';

/** The side navigation of every settings page (a wrapped row of links on a phone). */
export function SettingsNav({ pathname }: { pathname: string }) {
  return (
    <nav aria-label="Settings" className="settings-nav">
      <Link
        to="/settings"
        className="settings-nav-home"
        aria-current={pathname === '/settings' ? 'page' : undefined}
      >
        All settings
      </Link>
      {settingsGroups.map((group) => (
        <div key={group.label} className="settings-nav-group">
          <h2 className="settings-nav-heading">{group.label}</h2>
          <ul>
            {group.sections.map((section) => (
              <li key={section.path}>
                <Link
                  to={section.path}
                  aria-current={isActiveSection(pathname, section.path) ? 'page' : undefined}
                >
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
