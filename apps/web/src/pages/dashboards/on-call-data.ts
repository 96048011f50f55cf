import type { Incident, TimelineEntry } from '@aftermath/domain';
import { api } from '../../api/client';
import { selectRecentChanges } from './dashboard-summaries';

/** The change windows the on-call dashboard offers, in hours. */
export const changeWindows = { '24h': 24, '7d': 168, '30d': 720 } as const;
export type ChangeWindow = keyof typeof changeWindows;
/** How many of the newest incidents' timelines are read for recent changes. */
export const changeSample = 20;

export interface OnCallData {
  open: Incident[];
  openTotal: number;
  changes: TimelineEntry[];
  timelinesRead: number;
  since: Date;
}

/** Reads the window from `?window=`, defaulting to seven days. */
export function readChangeWindow(search: URLSearchParams): ChangeWindow {
  const value = search.get('window');
  return value !== null && value in changeWindows ? (value as ChangeWindow) : '7d';
}

/**
 * Open and mitigated incidents, and the deploys and changes recorded on the timelines of those
 * and of the newest incidents since the window's start.
 */
export async function loadOnCallData(window: ChangeWindow, now = new Date()): Promise<OnCallData> {
  const since = new Date(now.getTime() - changeWindows[window] * 3_600_000);
  const [open, newest] = await Promise.all([
    api.call('listIncidents', { query: { status: ['open', 'mitigated'], limit: 100, offset: 0 } }),
    api.call('listIncidents', { query: { limit: changeSample, offset: 0 } }),
  ]);
  const keys = [...new Set([...open.data.items, ...newest.data.items].map((i) => i.key))];
  const timelines = await Promise.all(
    keys.map((key) => api.call('listTimeline', { params: { key } }).then((r) => r.data.items)),
  );
  return {
    open: open.data.items,
    openTotal: open.data.total,
    changes: selectRecentChanges(timelines.flat(), since),
    timelinesRead: keys.length,
    since,
  };
}
