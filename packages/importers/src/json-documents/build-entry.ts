import type { CreateTimelineEntry, EvidenceRef, TimelineKind } from '@aftermath/domain';
import type { Instant } from './instant';
import { toBody, toTitle } from './entry-text';

/** The fields an importer decides; the rest of a timeline entry is filled in. */
export interface EntryFields {
  instant: Instant;
  kind: TimelineKind;
  title: string;
  body: ReadonlyArray<string | null | undefined>;
  /** The format name, e.g. `alertmanager`. */
  source: string;
  service: string | null;
  evidence: EvidenceRef;
  author?: string | null;
}

const AUTHOR_MAX = 200;

/**
 * A timeline entry ready for `CreateTimelineEntry`: title on one line (≤ 500 chars), body from
 * lines (≤ 20,000 chars), author trimmed (≤ 200 chars), not pinned.
 *
 * @example
 * buildEntry({ instant, kind: 'alert', title: 'Firing: HighCPU', body: ['CPU at 97%'],
 *   source: 'alertmanager', service: 'api', evidence });
 */
export function buildEntry(fields: EntryFields): CreateTimelineEntry {
  const author = fields.author?.trim().slice(0, AUTHOR_MAX) || null;
  return {
    at: fields.instant.at,
    precision: fields.instant.precision,
    zoneAssumed: fields.instant.zoneAssumed,
    kind: fields.kind,
    title: toTitle(fields.title, `${fields.source} ${fields.kind}`),
    body: toBody(fields.body),
    source: fields.source,
    service: fields.service,
    evidence: fields.evidence,
    author,
    pinned: false,
  };
}
