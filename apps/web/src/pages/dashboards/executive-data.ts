import { api } from '../../api/client';
import { rankRecurringIncidents, type RecurringIncident } from './dashboard-summaries';
import type { IncidentMetricsBody } from './metrics-types';

/** How far back the category counts look, in days. */
export const categoryWindowDays = 90;
/** How many of the newest incidents the recurrence ranking reads. */
export const recurrenceSample = 500;

type SloList = Awaited<ReturnType<typeof loadSlos>>;
export type SloStatusBody = SloList[number]['status'][number];

export interface ExecutiveData {
  metrics: IncidentMetricsBody;
  slos: SloStatusBody[];
  categories: { trigger: Facet[]; rootCause: Facet[]; from: string; matched: number };
  recurring: RecurringIncident[];
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

/** Reads everything the executive dashboard shows, in parallel. */
export async function loadExecutiveData(now = new Date()): Promise<ExecutiveData> {
  const from = daysAgo(categoryWindowDays, now);
  const [metrics, slos, search, incidents] = await Promise.all([
    api.call('getMetrics', {}).then((r) => r.data),
    loadSlos(),
    api.call('search', { query: { from, limit: 1 } }).then((r) => r.data),
    api
      .call('listIncidents', { query: { limit: recurrenceSample, offset: 0 } })
      .then((r) => r.data),
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
    incidentsRead: incidents.items.length,
    incidentsTotal: incidents.total,
  };
}
