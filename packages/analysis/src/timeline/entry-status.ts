import type { TimelineEntry } from '@aftermath/domain';
import {
  defaultStatusByKind,
  statusTags,
  statusWordsByKind,
  type EntryStatus,
} from './status-vocabulary';
import { readTitleTags } from './title-tags';

/** How a status was recognised: a title tag (the contract), a word in the title, or the kind. */
export type StatusBasis = 'tag' | 'word' | 'kind';

/** A status read from an entry, with how it was recognised and the text that matched. */
export interface EntryStatusReading {
  status: EntryStatus;
  basis: StatusBasis;
  /** The tag as written (`[FIRING:2]`), the matched word (`resolved`), or the kind (`alert`). */
  matched: string;
}

const negation = /\b(?:not|no|never|without)(?:\s+(?:yet|been|be|fully|all))?\s*$/i;

function readTag(title: string): EntryStatusReading | null {
  const { tags } = readTitleTags(title);
  for (const tag of tags) {
    const status = statusTags[tag];
    if (status) return { status, basis: 'tag', matched: `[${tag.toUpperCase()}]` };
  }
  return null;
}

function readWord(entry: Pick<TimelineEntry, 'kind' | 'title'>): EntryStatusReading | null {
  let best: { index: number; reading: EntryStatusReading } | null = null;
  for (const { pattern, status } of statusWordsByKind[entry.kind]) {
    for (const match of entry.title.matchAll(pattern)) {
      if (negation.test(entry.title.slice(Math.max(0, match.index - 20), match.index))) continue;
      if (!best || match.index < best.index) {
        best = { index: match.index, reading: { status, basis: 'word', matched: match[0] } };
      }
      break;
    }
  }
  return best?.reading ?? null;
}

/**
 * Reads what an entry says about the incident's course. **This is the contract importers follow**
 * so milestones can be proposed from their entries:
 *
 * 1. Tag the title. An importer that knows the state of what it reports starts the title with a
 *    tag from {@link statusTags}, upper case, optionally with a count:
 *    `[FIRING:3] HighErrorRate`, `[RESOLVED] HighErrorRate`, `[ACKNOWLEDGED] Checkout down`
 *    (PagerDuty `incident.acknowledged`, Opsgenie `Acknowledge`), `[MONITORING] A fix has been
 *    implemented` (Statuspage), `[ROLLBACK] checkout-api v41`, `[ERROR] db timeout ×312`
 *    (error-level log bursts), `[SYMPTOM] Customers report failed payments`. A `Signal` with
 *    status `firing` or `resolved` becomes `[FIRING]` / `[RESOLVED]`; events that change nothing
 *    (`incident.annotated`, `escalated`) may be tagged `[INFO]` so no word in them is misread.
 *    Use `formatTitleTag` to write tags. The first word after the tags names the alert (the
    Alertmanager alertname, the PagerDuty incident number `#1234`, the Opsgenie alias), so an
    alert's firing and resolved entries pair up (with the same source and service). The entry
    kind still matters: an acknowledgement of a
 *    page is kind `page`, a status-page update kind `status`, a rollback kind `deploy` or `change`.
 * 2. Untagged titles (hand-written entries, older importers) fall back to a small vocabulary of
 *    words per kind ({@link statusWordsByKind}): "acknowledged", "resolved", "firing" for alerts
 *    and pages; the Statuspage status words for status entries; "rollback", "revert",
 *    "mitigation" for deploys and changes; "error", "exception", "fatal" for logs and traces.
 * 3. Otherwise the kind decides: an alert or page is firing, a status update is `investigating`.
 *
 * Returns null when the entry says nothing about the course.
 *
 * @example
 * readEntryStatus({ kind: 'page', title: '[ACKNOWLEDGED] Checkout down' });
 * // { status: 'acknowledged', basis: 'tag', matched: '[ACKNOWLEDGED]' }
 * readEntryStatus({ kind: 'alert', title: 'ApiAvailabilityBurn resolved' });
 * // { status: 'resolved', basis: 'word', matched: 'resolved' }
 * readEntryStatus({ kind: 'alert', title: 'Not yet resolved: HighLatency' });
 * // { status: 'firing', basis: 'kind', matched: 'alert' }
 */
export function readEntryStatus(
  entry: Pick<TimelineEntry, 'kind' | 'title'>,
): EntryStatusReading | null {
  const reading = readTag(entry.title) ?? readWord(entry);
  if (reading) return reading;
  const status = defaultStatusByKind[entry.kind];
  return status ? { status, basis: 'kind', matched: entry.kind } : null;
}
