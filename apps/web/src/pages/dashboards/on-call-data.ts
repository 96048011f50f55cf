import type { ChangeFeedItem, Incident } from '@aftermath/domain';
import { api } from '../../api/client';

/** The change windows the on-call dashboard offers, in hours. */
export const changeWindows = { '24h': 24, '7d': 168, '30d': 720 } as const;
export type ChangeWindow = keyof typeof changeWindows;
/** How many changes the dashboard lists at most. */
export const changeLimit = 100;

export interface OnCallData {
  open: Incident[];
  openTotal: number;
  changes: ChangeFeedItem[];
  /** True when more changes happened in the window than are listed. */
  changesTruncated: boolean;
  since: Date;
}

/** Reads the window from `?window=`, defaulting to seven days. */
export function readChangeWindow(search: URLSearchParams): ChangeWindow {
  const value = search.get('window');
  return value !== null && value in changeWindows ? (value as ChangeWindow) : '7d';
}

/**
 * Open and mitigated incidents, and the deploys and changes since the window's start across all
 * incidents and the webhook deliveries no incident took (the change feed).
 */
export async function loadOnCallData(window: ChangeWindow, now = new Date()): Promise<OnCallData> {
  const since = new Date(now.getTime() - changeWindows[window] * 3_600_000);
  const [open, changes] = await Promise.all([
    api.call('listIncidents', { query: { status: ['open', 'mitigated'], limit: 100, offset: 0 } }),
    api.call('listChanges', {
      query: { from: since.toISOString(), to: now.toISOString(), limit: changeLimit },
    }),
  ]);
  return {
    open: open.data.items,
    openTotal: open.data.total,
    changes: changes.data.items,
    changesTruncated: changes.data.truncated,
    since,
  };
}
