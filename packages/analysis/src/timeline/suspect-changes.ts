import type { TimelineEntry } from '@aftermath/domain';
import { changeVerbs, readChangeCategory, type ChangeCategory } from './change-category';
import { classifyEntries, type ClassifiedEntry } from './classify-entries';
import { formatSpan } from './format-span';
import { readBoundedNumber, readInstant, readServiceList } from './read-input';

/**
 * How a change's service relates to the incident: the same service, unknown (the change names no
 * service, or the incident has none and no alert named one), or another service.
 */
export type ServiceMatch = 'same' | 'unknown' | 'other';

/** Score weights by service match: a change to the affected service is the strongest suspect. */
export const serviceMatchWeights: Readonly<Record<ServiceMatch, number>> = {
  same: 1,
  unknown: 0.6,
  other: 0.3,
};

/**
 * A change before impact start that may have triggered the incident.
 *
 * @example
 * { entryId: 'd3', at: '2026-03-01T11:53:00.000Z', kind: 'deploy', category: 'deploy',
 *   title: 'checkout-api v42', source: 'github', service: 'checkout-api',
 *   secondsBeforeImpact: 420, serviceMatch: 'same', score: 0.922,
 *   reasons: ['deployed 7 min before impact start', 'same service: checkout-api'] }
 */
export interface SuspectChange {
  entryId: string;
  /** UTC ISO timestamp of the change. */
  at: string;
  kind: 'deploy' | 'change';
  category: ChangeCategory;
  title: string;
  source: string;
  service: string | null;
  /** Seconds from the change to impact start (0 = at impact start). */
  secondsBeforeImpact: number;
  serviceMatch: ServiceMatch;
  /** `0.5^(minutes before / half-life) × service weight`, rounded to 3 decimals; 0–1. */
  score: number;
  /** Why it is a suspect, for people. */
  reasons: string[];
}

/** Options for {@link findSuspectChanges}. */
export interface FindSuspectChangesOptions {
  /** UTC ISO impact start; null (not known) finds no suspects. */
  impactStartedAt: string | null;
  /** The incident's services; the first alert's service is added automatically. */
  services: readonly string[];
  /** How far before impact start to look, in hours (default 24, at most 720). */
  windowHours?: number;
  /** Minutes before impact start at which proximity halves (default 60). */
  halfLifeMinutes?: number;
}

interface Affected {
  incident: ReadonlySet<string>;
  firstAlert: string | null;
}

function matchService(service: string | null, affected: Affected): [ServiceMatch, string] {
  if (service === null) return ['unknown', 'service unknown'];
  if (affected.incident.size === 0 && affected.firstAlert === null) {
    return ['unknown', `changed ${service}; the incident's services are unknown`];
  }
  if (affected.incident.has(service)) return ['same', `same service: ${service}`];
  if (service === affected.firstAlert) {
    return ['same', `same service as the first alert: ${service}`];
  }
  const known = [...affected.incident, ...(affected.firstAlert ? [affected.firstAlert] : [])];
  const of = known.length > 0 ? ` (incident: ${[...new Set(known)].join(', ')})` : '';
  return ['other', `other service: ${service}${of}`];
}

function timingReasons(entry: TimelineEntry, category: ChangeCategory, beforeMs: number): string[] {
  const verb = changeVerbs[category];
  const reasons = [
    beforeMs === 0
      ? `${verb} at impact start`
      : `${verb} ${formatSpan(beforeMs)} before impact start`,
  ];
  if (entry.precision === 'min' || entry.precision === 'day') {
    reasons.push(`time known only to the ${entry.precision === 'min' ? 'minute' : 'day'}`);
  }
  if (entry.zoneAssumed) reasons.push('time zone assumed (the source gave none)');
  return reasons;
}

function toSuspect(
  item: ClassifiedEntry,
  impactMs: number,
  affected: Affected,
  halfLifeMs: number,
): SuspectChange {
  const { entry } = item;
  const category = readChangeCategory(entry);
  const beforeMs = impactMs - item.ms;
  const [serviceMatch, serviceReason] = matchService(entry.service, affected);
  const proximity = 0.5 ** (beforeMs / halfLifeMs);
  const [first, ...rest] = timingReasons(entry, category, beforeMs);
  return {
    entryId: entry.id,
    at: entry.at,
    kind: entry.kind === 'deploy' ? 'deploy' : 'change',
    category,
    title: entry.title,
    source: entry.source,
    service: entry.service,
    secondsBeforeImpact: beforeMs / 1000,
    serviceMatch,
    score: Math.round(proximity * serviceMatchWeights[serviceMatch] * 1000) / 1000,
    reasons: [first ?? '', serviceReason, ...rest],
  };
}

function firstAlertService(items: readonly ClassifiedEntry[], fromMs: number): string | null {
  const alert = items.find(
    (item) =>
      item.ms >= fromMs &&
      (item.entry.kind === 'alert' || item.entry.kind === 'page') &&
      item.reading?.status === 'firing' &&
      item.entry.service !== null,
  );
  return alert?.entry.service ?? null;
}

/**
 * Finds deploys and config, feature-flag and migration changes (`deploy` and `change` entries)
 * in the window before impact start, ranked as likely triggers. Score =
 * `0.5^(minutes before impact / halfLifeMinutes) × weight`, weight 1 for the incident's services
 * or the first alert's service, 0.6 when the change names no service, 0.3 for another service.
 * Highest score first; ties go to the closer change, then entry id. Changes after impact start
 * are not suspects, nor are entries tagged `[INFO]` (importers tag deploy events that change
 * nothing that way: GitHub `queued`, `pending`, `inactive`).
 *
 * @example
 * findSuspectChanges(entries, { impactStartedAt: '2026-03-01T12:00:00Z', services: ['checkout-api'] });
 * // [{ entryId: 'd3', score: 0.922, reasons: ['deployed 7 min before impact start', 'same service: checkout-api'], … }]
 */
export function findSuspectChanges(
  entries: readonly TimelineEntry[],
  options: FindSuspectChangesOptions,
): SuspectChange[] {
  if (options.impactStartedAt === null) return [];
  const impactMs = readInstant(options.impactStartedAt, 'impactStartedAt');
  const windowHours = readBoundedNumber(options.windowHours ?? 24, 'windowHours', {
    min: 0,
    exclusive: true,
    max: 720,
  });
  const halfLife = readBoundedNumber(options.halfLifeMinutes ?? 60, 'halfLifeMinutes', {
    min: 0,
    exclusive: true,
    max: 43_200,
  });
  const fromMs = impactMs - windowHours * 3_600_000;
  const items = classifyEntries(entries);
  const affected = {
    incident: new Set(readServiceList(options.services, 'services')),
    firstAlert: firstAlertService(items, fromMs),
  };
  return items
    .filter((item) => item.entry.kind === 'deploy' || item.entry.kind === 'change')
    .filter((item) => item.reading?.status !== 'info')
    .filter((item) => item.ms >= fromMs && item.ms <= impactMs)
    .map((item) => toSuspect(item, impactMs, affected, halfLife * 60_000))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.secondsBeforeImpact - b.secondsBeforeImpact ||
        (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0),
    );
}
