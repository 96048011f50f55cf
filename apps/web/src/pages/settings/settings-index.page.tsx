import { Link } from '../../router/router';
import { settingsGroups } from '../../shell/settings-sections';
import { usePageTitle } from '../../shell/use-page-title';

/** `/settings`: every settings page by group, each with what it is for. */
export default function SettingsIndexPage() {
  usePageTitle('Settings');
  return (
    <section className="page">
      <h1>Settings</h1>
      {settingsGroups.map((group) => (
        <section key={group.label} className="settings-index-group" aria-label={group.label}>
          <h2>{group.label}</h2>
          <ul className="settings-index-list">
            {group.sections.map((section) => (
              <li key={section.path} className="card">
                <Link to={section.path}>{section.label}</Link>
                <p className="muted">{section.about}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
