import {
  serviceName,
  type Incident,
  type IncidentKey,
  type Severity,
  type WebhookRouting,
  type WebhookSource,
} from '@aftermath/domain';
import type { Repositories } from '../ports';
import { findMaintenanceWindow, findRoutingRule } from './match-routing-rule';
import type { AlertFacts } from './read-alert-facts';

/** Where a delivery goes, and why (the reason is shown to the sender and stored). */
export type RouteDecision =
  | {
      kind: 'join';
      incidentKey: IncidentKey;
      /** The incident as read while routing, so recording the delivery need not read it again. */
      incident: Incident;
      service: string | null;
      reason: string;
    }
  | { kind: 'create'; title: string; severity: Severity; service: string | null; reason: string }
  | { kind: 'suppressed' | 'unrouted'; service: string | null; reason: string };

const openStatuses = ['open', 'mitigated'] as const;

function isOpen(incident: Incident | null): incident is Incident {
  return incident !== null && (openStatuses as readonly string[]).includes(incident.status);
}

/** The incident when it exists and is still open. */
async function readOpenIncident(repos: Repositories, key: IncidentKey): Promise<Incident | null> {
  const incident = await repos.incidents.get(key);
  return isOpen(incident) ? incident : null;
}

/** Open incidents listing the service, newest first. */
async function openIncidentsOf(repos: Repositories, service: string) {
  const page = await repos.incidents.list({
    status: [...openStatuses],
    service,
    limit: 20,
    offset: 0,
  });
  return page.items;
}

/** An open incident of the service that was opened, or fed by a delivery, since `since`. */
async function findRecentIncident(repos: Repositories, service: string, since: string) {
  const opened = (await openIncidentsOf(repos, service)).find((item) => item.createdAt >= since);
  if (opened !== undefined) return opened;
  for (const key of await repos.webhookDeliveries.incidentsForService(service, since)) {
    const incident = await readOpenIncident(repos, key);
    if (incident !== null) return incident;
  }
  return null;
}

function usableService(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const parsed = serviceName.safeParse(name.toLowerCase());
  return parsed.success ? parsed.data : null;
}

/**
 * Decides where a delivery goes, in this order (docs/webhooks.md): the incident an earlier
 * delivery of the same group reached; an open incident of the same service opened or fed within
 * the group window; a new incident when a rule with `open: true` matches a firing alert (unless
 * the service is in a maintenance window); any open incident of the service; else unrouted.
 */
export async function decideRoute(
  repos: Repositories,
  routing: WebhookRouting,
  source: WebhookSource,
  facts: AlertFacts,
  now: string,
): Promise<RouteDecision> {
  if (facts.groupKey !== null) {
    const earlier = await repos.webhookDeliveries.latestForGroup(source, facts.groupKey);
    const incident = earlier?.incidentKey
      ? await readOpenIncident(repos, earlier.incidentKey)
      : null;
    if (incident !== null) {
      const reason = `same group key as an earlier delivery, which went to ${incident.key}`;
      const { key: incidentKey } = incident;
      return { kind: 'join', incidentKey, incident, service: facts.service, reason };
    }
  }
  const matched = findRoutingRule(routing, facts.labelSets);
  const service = usableService(matched?.rule.service ?? matched?.labels.service ?? facts.service);
  if (service !== null) {
    const since = new Date(Date.parse(now) - routing.groupWindowMinutes * 60_000).toISOString();
    const recent = await findRecentIncident(repos, service, since);
    const window = `${routing.groupWindowMinutes} minutes`;
    if (recent !== null) {
      const reason = `${recent.key} is open for service ${service} and was opened or alerted within ${window}`;
      return { kind: 'join', incidentKey: recent.key, incident: recent, service, reason };
    }
  }
  const anyOpen = service === null ? undefined : (await openIncidentsOf(repos, service))[0];
  if (matched?.rule.open === true && facts.firing) {
    const maintenance = findMaintenanceWindow(routing, service, now);
    if (maintenance === null) {
      const reason = `rule "${matched.rule.name}" opens an incident for it`;
      const { severity } = matched.rule;
      return { kind: 'create', title: facts.title, severity, service, reason };
    }
    const why = `service ${service} is in maintenance until ${maintenance.to}${maintenance.reason ? ` (${maintenance.reason})` : ''}, so rule "${matched.rule.name}" opened no incident`;
    if (anyOpen === undefined) return { kind: 'suppressed', service, reason: why };
    return {
      kind: 'join',
      incidentKey: anyOpen.key,
      incident: anyOpen,
      service,
      reason: `${why}; joined open ${anyOpen.key}`,
    };
  }
  if (anyOpen !== undefined) {
    const reason = `${anyOpen.key} is the newest open incident of service ${service}`;
    return { kind: 'join', incidentKey: anyOpen.key, incident: anyOpen, service, reason };
  }
  const about =
    service === null ? 'it names no service' : `no open incident lists service ${service}`;
  const rule =
    matched === null
      ? 'no routing rule matches'
      : matched.rule.open
        ? `rule "${matched.rule.name}" opens incidents only for firing alerts`
        : `rule "${matched.rule.name}" only joins open incidents`;
  return { kind: 'unrouted', service, reason: `${rule} and ${about}` };
}
