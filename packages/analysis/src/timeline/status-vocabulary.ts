import type { TimelineKind } from '@aftermath/domain';

/**
 * What an entry says about the incident's course, as read by {@link readEntryStatus}:
 * - `firing`: an alert or page started (or re-opened); `acknowledged`: a person took the page;
 *   `resolved`: an alert, page or status-page incident resolved;
 * - `investigating` / `identified` / `monitoring`: the Atlassian Statuspage statuses;
 * - `rollback` / `mitigation`: a change or action meant to stop the impact;
 * - `symptom`: a customer-facing symptom (users report errors, support tickets pile up);
 * - `error`: an error-level log or trace burst, or a platform warning (OOMKilled, BackOff);
 * - `info`: explicitly nothing to do with the course (maintenance notices, annotations).
 */
export type EntryStatus =
  | 'firing'
  | 'acknowledged'
  | 'resolved'
  | 'investigating'
  | 'identified'
  | 'monitoring'
  | 'rollback'
  | 'mitigation'
  | 'symptom'
  | 'error'
  | 'info';

/**
 * The title tags importers write (see {@link readEntryStatus}), lower-case, and the status each
 * means. Importers should use the first word of each group: `firing`, `acknowledged`, `resolved`,
 * `investigating`, `identified`, `monitoring`, `rollback`, `mitigation`, `symptom`, `error`, `info`.
 *
 * @example
 * statusTags['triggered']; // 'firing'
 */
export const statusTags: Readonly<Record<string, EntryStatus>> = {
  firing: 'firing',
  triggered: 'firing',
  alerting: 'firing',
  reopened: 'firing',
  acknowledged: 'acknowledged',
  ack: 'acknowledged',
  acked: 'acknowledged',
  resolved: 'resolved',
  recovered: 'resolved',
  ok: 'resolved',
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  rollback: 'rollback',
  revert: 'rollback',
  mitigation: 'mitigation',
  mitigated: 'mitigation',
  symptom: 'symptom',
  impact: 'symptom',
  error: 'error',
  fatal: 'error',
  panic: 'error',
  critical: 'error',
  info: 'info',
  unacknowledged: 'info',
  escalated: 'info',
  reassigned: 'info',
  annotated: 'info',
  scheduled: 'info',
  in_progress: 'info',
  'in-progress': 'info',
  verifying: 'info',
  completed: 'info',
  postmortem: 'info',
};

/** A phrase that, found in an untagged title, suggests a status. */
export interface StatusWord {
  pattern: RegExp;
  status: EntryStatus;
}

const words = (source: string, status: EntryStatus): StatusWord => ({
  pattern: new RegExp(`\\b(?:${source})\\b`, 'gi'),
  status,
});

const alertWords = [
  words("acknowledged|acked|ack'd", 'acknowledged'),
  words('resolved|recovered|cleared|closed', 'resolved'),
  words('firing|fired|triggered|re-?opened', 'firing'),
];
const errorWords = words('errors?|exceptions?|fatal|panic(?:ked)?|critical|severe', 'error');
const symptomWords = words(
  '(?:customers?|users?|clients?|partners?)\\s+(?:are\\s+|have\\s+)?(?:report(?:s|ed|ing)?|complain(?:s|ed|ing)?)|support\\s+tickets?',
  'symptom',
);

/**
 * The fallback words read from untagged titles, by entry kind. Only the title is read; the first
 * match (by position) wins, and a match right after "not", "no", "never" or "without" is skipped.
 */
export const statusWordsByKind: Readonly<Record<TimelineKind, readonly StatusWord[]>> = {
  alert: alertWords,
  page: alertWords,
  status: [
    words('resolved', 'resolved'),
    words('monitoring', 'monitoring'),
    words('identified', 'identified'),
    words('investigating', 'investigating'),
    words('scheduled|maintenance|postmortem', 'info'),
  ],
  deploy: [
    words('roll(?:ed|ing)?[ -]?back|revert(?:ed|ing)?', 'rollback'),
    words('mitigat(?:e|ed|es|ing|ion)', 'mitigation'),
  ],
  change: [
    words('roll(?:ed|ing)?[ -]?back|revert(?:ed|ing)?', 'rollback'),
    words('mitigat(?:e|ed|es|ing|ion)', 'mitigation'),
  ],
  log: [errorWords],
  trace: [errorWords],
  platform: [
    errorWords,
    words('warning|oomkilled|crashloopbackoff|backoff|unhealthy|evicted|failed\\w*', 'error'),
  ],
  chat: [symptomWords],
  note: [symptomWords],
  milestone: [],
  action: [],
};

/**
 * What an untagged, unmatched entry of each kind is taken to say: an alert or page is firing, a
 * status-page update is a notice of impact (`investigating`); other kinds say nothing.
 */
export const defaultStatusByKind: Readonly<Partial<Record<TimelineKind, EntryStatus>>> = {
  alert: 'firing',
  page: 'firing',
  status: 'investigating',
};
