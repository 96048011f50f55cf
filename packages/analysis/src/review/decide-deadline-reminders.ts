import type { IncidentKey, PostmortemStatus, Severity } from '@aftermath/domain';
import { assessDeadlines } from '../policy/assess-deadlines';
import type { PolicyDeadlines } from '../policy/policy-facts';

/** One incident whose postmortem has deadlines, as the deadline list reads it from the store. */
export interface DeadlineSubject {
  incidentKey: IncidentKey;
  title: string;
  severity: Severity;
  postmortemStatus: PostmortemStatus | null;
  deadlines: PolicyDeadlines;
}

/**
 * The next unmet deadline of a postmortem: `overdue`, `near` (due within the window) or `due`.
 * `hoursLeft` is negative once overdue.
 *
 * @example
 * // { incidentKey: 'INC-7', kind: 'draft', due: '…', state: 'near', hoursLeft: 5.5 }
 */
export interface PostmortemDeadline {
  incidentKey: IncidentKey;
  title: string;
  severity: Severity;
  postmortemStatus: PostmortemStatus | null;
  kind: 'draft' | 'final';
  due: string;
  state: 'due' | 'near' | 'overdue';
  hoursLeft: number;
}

const hourMs = 60 * 60 * 1000;

/**
 * For each subject, its most pressing unmet deadline (an overdue one first, else the earliest),
 * marked `near` when due within `nearHours`; subjects with every deadline met are left out.
 * Sorted most urgent first. Pure: the reminder job and the lists both call it.
 *
 * @example
 * decideDeadlineReminders(subjects, new Date(), 24).filter((d) => d.state !== 'due');
 */
export function decideDeadlineReminders(
  subjects: readonly DeadlineSubject[],
  now: Date,
  nearHours: number,
): PostmortemDeadline[] {
  const out: PostmortemDeadline[] = [];
  for (const subject of subjects) {
    const unmet = assessDeadlines(subject.deadlines, subject.postmortemStatus, now).filter(
      (deadline) => deadline.state !== 'met',
    );
    const next =
      unmet.find((deadline) => deadline.state === 'overdue') ??
      [...unmet].sort((a, b) => Date.parse(a.due) - Date.parse(b.due))[0];
    if (next === undefined) continue;
    const hoursLeft = (Date.parse(next.due) - now.getTime()) / hourMs;
    const state = next.state === 'overdue' ? 'overdue' : hoursLeft <= nearHours ? 'near' : 'due';
    const { incidentKey, title, severity, postmortemStatus } = subject;
    out.push({
      incidentKey,
      title,
      severity,
      postmortemStatus,
      kind: next.kind,
      due: next.due,
      state,
      hoursLeft,
    });
  }
  return out.sort((a, b) => a.hoursLeft - b.hoursLeft);
}
