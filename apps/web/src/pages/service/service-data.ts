import type { ActionOverview, Incident, Service } from '@aftermath/domain';
import { api } from '../../api/client';

/** An SLO of the service with how much of its error budget is left (a fraction, or null). */
export interface ServiceSlo {
  name: string;
  target: number;
  remaining: number | null;
  alert: 'ok' | 'ticket' | 'page' | null;
}

/** Everything the service page shows, read in parallel. */
export interface ServiceOverview {
  /** The registered service, or null when incidents name a service nobody registered. */
  service: Service | null;
  incidents: { items: Incident[]; total: number };
  slos: ServiceSlo[];
  actions: { items: ActionOverview[]; total: number };
}

/** How many recent incidents and open actions the page lists before linking to the full list. */
export const serviceListLimit = 20;

/** Reads the service, its recent incidents, its SLOs and its open action items. */
export async function loadServiceOverview(name: string): Promise<ServiceOverview> {
  const [services, incidents, slos, actions] = await Promise.all([
    api.call('listServices', {}),
    api.call('listIncidents', { query: { service: name, limit: serviceListLimit } }),
    api.call('listSlos', {}),
    api.call('listActionsAcross', {
      query: { service: name, status: ['open', 'in_progress'], limit: serviceListLimit },
    }),
  ]);
  return {
    service: services.data.items.find((service) => service.name === name) ?? null,
    incidents: incidents.data,
    slos: slos.data.items
      .filter((slo) => slo.definition.service === name)
      .map((slo) => {
        const status = slo.status[0];
        return {
          name: slo.definition.name,
          target: status?.target ?? Number.NaN,
          remaining: status?.budget.remaining ?? null,
          alert: status?.alert ?? null,
        };
      }),
    actions: actions.data,
  };
}
