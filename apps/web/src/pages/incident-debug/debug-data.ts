import { api } from '../../api/client';

async function loadSeries(key: string, paddingMinutes: number) {
  const { data } = await api.call('getIncidentSliSeries', {
    params: { key },
    query: { paddingMinutes, points: 240 },
  });
  return data;
}
async function loadView(key: string) {
  return (await api.call('getTimelineView', { params: { key } })).data;
}
export type SliSeriesBody = Awaited<ReturnType<typeof loadSeries>>;
export type SloSeriesBody = SliSeriesBody['series'][number];
type TimelineViewBody = Awaited<ReturnType<typeof loadView>>;

/** A vertical line on the chart: a recorded milestone or a suspect change. */
export interface ChartMarker {
  at: string;
  label: string;
  kind: 'milestone' | 'suspect';
}

export interface DebugData {
  series: SliSeriesBody;
  markers: ChartMarker[];
}

const milestoneLabels: Record<string, string> = {
  impactStartedAt: 'impact start',
  detectedAt: 'detected',
  acknowledgedAt: 'acknowledged',
  mitigatedAt: 'mitigated',
  resolvedAt: 'resolved',
};

/** Milestones recorded on the incident and its suspect changes, as chart markers. */
export function toMarkers(view: Pick<TimelineViewBody, 'milestones' | 'suspects'>): ChartMarker[] {
  const markers: ChartMarker[] = [];
  for (const [name, label] of Object.entries(milestoneLabels)) {
    const at = (view.milestones.recorded as Record<string, string | null>)[name];
    if (at) markers.push({ at, label, kind: 'milestone' });
  }
  for (const suspect of view.suspects) {
    markers.push({
      at: suspect.at,
      label: `${suspect.category}: ${suspect.title}`,
      kind: 'suspect',
    });
  }
  return markers;
}

/** The SLI series around the incident and its timeline's milestones and suspects, in parallel. */
export async function loadDebugData(key: string, paddingMinutes: number): Promise<DebugData> {
  const [series, view] = await Promise.all([loadSeries(key, paddingMinutes), loadView(key)]);
  return { series, markers: toMarkers(view) };
}
