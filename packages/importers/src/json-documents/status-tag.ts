import { formatTitleTag } from '@aftermath/analysis';

/**
 * The status words importers tag titles with, so milestones can be proposed from entries. The
 * contract is `readEntryStatus` in `@aftermath/analysis`: a leading upper-case tag such as
 * `[FIRING]`, `[ACKNOWLEDGED]`, `[RESOLVED]`, `[ROLLBACK]`, `[ERROR]` (a platform warning) or
 * `[INFO]` (changes nothing in the incident's course).
 */
export type StatusTagWord = 'firing' | 'acknowledged' | 'resolved' | 'rollback' | 'error' | 'info';

/**
 * A title that starts with a status tag.
 *
 * @example
 * taggedTitle('resolved', 'HighErrorRate — 5xx above 2%'); // '[RESOLVED] HighErrorRate — 5xx above 2%'
 */
export function taggedTitle(word: StatusTagWord, title: string): string {
  return `${formatTitleTag(word)} ${title}`;
}
