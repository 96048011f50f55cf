import { useState } from 'react';
import { api } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { ServiceForm } from './services/service-form';
import { TableHead } from '../../ui/table-head';

/** `/settings/services`: every service with its team and tier, and a form to add or replace one. */
export default function ServicesSettingsPage() {
  usePageTitle('Services');
  const { resource, retry, reload } = useResource('services', async () => {
    const { data } = await api.call('listServices', {});
    return data.items;
  });
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section className="page">
      <h1>Services</h1>
      <p className="muted">
        Services incidents affect. A team and a tier let dashboards, the action list and search
        group by them; each name opens the service&apos;s page.
      </p>
      {saved && <Notice tone="success">Service {saved} saved.</Notice>}
      {resource.state === 'loading' && <Loading what="services" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the services" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' &&
        (resource.value.length === 0 ? (
          <p className="empty-inline">No services yet. Add the first one below.</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Services</caption>
              <TableHead columns={['Name', 'Team', 'Tier', 'Description']} />
              <tbody>
                {resource.value.map((service) => (
                  <tr key={service.name}>
                    <td className="mono">
                      <Link to={paths.service(service.name)}>{service.name}</Link>
                    </td>
                    <td>{service.team ?? <span className="muted">—</span>}</td>
                    <td>{service.tier ?? <span className="muted">—</span>}</td>
                    <td>{service.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <ServiceForm
        onSaved={async (name) => {
          setSaved(name);
          await reload();
        }}
      />
    </section>
  );
}
