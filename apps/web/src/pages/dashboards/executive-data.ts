import { api } from '../../api/client';
import { rankRecurringIncidents, type RecurringIncident } from './dashboard-summaries';
import type { IncidentMetricsBody } from './metrics-types';
import type { Remediations } from './remediations-card';

/** How far back the category counts look, in days. */
export const categoryWindowDays = 90;
/** How many of the newest incidents the recurrence ranking reads. */
export const recurrenceSample = 500;
/** How many open actions the active-remediations panel lists. */
export const remediationRows = 8;

type SloList = Awaited<ReturnType<typeof loadSlos>>;
export type SloStatusBody = SloList[number]['status'][number];

export interface ExecutiveData {
  metrics: IncidentMetricsBody;
  slos: SloStatusBody[];
  categories: { trigger: Facet[]; rootCause: Facet[]; from: string; matched: number };
  recurring: RecurringIncident[];
  remediations: Remediations;
  incidentsRead: number;
  incidentsTotal: number;
}
interface Facet {
  value: string;
  count: number;
}

async function loadSlos() {
  const { data } = await api.call('listSlos', {});
  return data.items;
}

function daysAgo(days: number, now: Date): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Open and in-progress actions due soonest, and how many of all are overdue. */
async function loadRemediations(): Promise<Remediations> {
  const active = 'open,in_progress';
  const [listed, overdue] = await Promise.all([
    api.call('listActionsAcross', { query: { status: active, limit: remediationRows } }),
    api.call('listActionsAcross', { query: { status: active, overdue: 'true', limit: 1 } }),
  ]);
  return { items: listed.data.items, total: listed.data.total, overdueTotal: overdue.data.total };
}

/** Reads everything the executive dashboard shows, in parallel. */
export async function loadExecutiveData(now = new Date()): Promise<ExecutiveData> {
  const from = daysAgo(categoryWindowDays, now);
  const [metrics, slos, search, incidents, remediations] = await Promise.all([
    api.call('getMetrics', {}).then((r) => r.data),
    loadSlos(),
    api.call('search', { query: { from, limit: 1 } }).then((r) => r.data),
    api
      .call('listIncidents', { query: { limit: recurrenceSample, offset: 0 } })
      .then((r) => r.data),
    loadRemediations(),
  ]);
  return {
    metrics,
    slos: slos.flatMap((s) => s.status),
    categories: {
      trigger: search.facets.trigger ?? [],
      rootCause: search.facets.rootCause ?? [],
      from,
      matched: search.total,
    },
    recurring: rankRecurringIncidents(incidents.items),
    remediations,
    incidentsRead: incidents.items.length,
    incidentsTotal: incidents.total,
  };
}
