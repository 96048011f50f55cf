import type { Severity } from '@aftermath/domain';
import type { ExecutiveSummary } from './executive-summary';

/**
 * One published postmortem on the public index and in the Atom feed: its redacted title, when it
 * was first published and last changed (UTC ISO), and its executive summary.
 *
 * @example
 * // { key: 'INC-7', title: 'Checkout errors', severity: 'SEV2', publishedAt: '2026-11-20T10:00:00.000Z',
 * //   updatedAt: '2026-11-21T08:00:00.000Z', summary: { impact: '…', cause: '…', response: '…' } }
 */
export interface PublicListingEntry {
  key: string;
  title: string;
  severity: Severity;
  publishedAt: string;
  updatedAt: string;
  summary: ExecutiveSummary;
}

/** The file name of a postmortem's public page, relative to the index: `INC-7.html`. */
export function publicPageName(key: string): string {
  return `${encodeURIComponent(key)}.html`;
}

/** The file name of the Atom feed, relative to the index. */
export const publicFeedName = 'feed.atom';
