import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { isActiveSection, navItems } from './nav-items';
import { SettingsNav } from './settings-nav';
import { KeyboardShortcuts } from './shortcuts-help';
import { UserMenu } from './user-menu';

/** Header, navigation and the main landmark every page sits in. */
export function AppShell({ pathname, children }: { pathname: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/incidents" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Aftermath
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              {navItems.map((item) => (
                <li key={item.path}>
                  <Link
                    to={item.path}
                    aria-current={isActiveSection(pathname, item.path) ? 'page' : undefined}
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <KeyboardShortcuts />
          <UserMenu />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {isActiveSection(pathname, '/settings') ? (
          <div className="settings-layout">
            <SettingsNav pathname={pathname} />
            <div>{children}</div>
          </div>
        ) : (
          children
        )}
      </main>
    </>
  );
}
