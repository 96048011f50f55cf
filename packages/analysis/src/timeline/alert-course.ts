import type { ClassifiedEntry } from './classify-entries';
import type { EntryStatus } from './status-vocabulary';
import { readTitleTags } from './title-tags';

/** Statuses that mean an alert or page is firing. */
export const firingStatuses: readonly EntryStatus[] = ['firing', 'error', 'symptom'];

/** True for an entry whose status says something is firing. */
export function isFiring(item: ClassifiedEntry): boolean {
  const status = item.reading?.status ?? null;
  return status !== null && firingStatuses.includes(status);
}

/** True for alert and page entries. */
export function isAlertLike(item: ClassifiedEntry): boolean {
  return item.entry.kind === 'alert' || item.entry.kind === 'page';
}

/**
 * The alert an alert or page entry is about, so its firing and resolved entries pair up: source,
 * service, and the first word of the title after its tags (the Alertmanager alertname, the
 * PagerDuty incident number, …), case-insensitive and without trailing punctuation.
 *
 * @example
 * alertName({ title: '[FIRING:2] HighErrorRate: p99 > 2s' }); // 'higherrorrate'
 */
export function alertName(entry: { title: string }): string {
  const first = readTitleTags(entry.title).rest.split(/\s+/)[0] ?? '';
  return first.replace(/[:;,.!?)]+$/, '').toLowerCase();
}

function alertKey(item: ClassifiedEntry): string {
  return JSON.stringify([item.entry.source, item.entry.service, alertName(item.entry)]);
}

/** When the alerts cleared and when the last one resolved, and which alerts never resolved. */
export interface AlertCourse {
  /** The resolution that began the final period with no alert firing. */
  cleared: ClassifiedEntry | null;
  /** The last resolution, when no alert is firing at the end. */
  lastResolved: ClassifiedEntry | null;
  /** Titles of alerts that fired but have no resolution anywhere in the evidence. */
  neverResolved: string[];
}

/**
 * Follows alerts and pages through the evidence. Alerts that never resolve in the evidence are
 * left out (their resolution may simply not have been imported) and listed in `neverResolved`;
 * among the rest, the alerts have cleared once none is firing, and stay cleared if none fires again.
 */
export function followAlerts(items: readonly ClassifiedEntry[]): AlertCourse {
  const alerts = items.filter(isAlertLike);
  const resolves = (item: ClassifiedEntry) => item.reading?.status === 'resolved';
  const tracked = new Set(alerts.filter(resolves).map(alertKey));
  const neverResolved = new Map<string, string>();
  const open = new Set<string>();
  let cleared: ClassifiedEntry | null = null;
  let lastResolved: ClassifiedEntry | null = null;
  for (const item of alerts) {
    const key = alertKey(item);
    if (isFiring(item) && !tracked.has(key)) {
      if (!neverResolved.has(key)) neverResolved.set(key, item.entry.title);
    } else if (isFiring(item)) {
      open.add(key);
      cleared = null;
      lastResolved = null;
    } else if (resolves(item) && open.delete(key)) {
      lastResolved = item;
      if (open.size === 0 && cleared === null) cleared = item;
    }
  }
  if (open.size > 0) return { cleared: null, lastResolved: null, neverResolved: [] };
  return { cleared, lastResolved, neverResolved: [...neverResolved.values()] };
}
