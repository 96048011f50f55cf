import type { PostmortemStatus } from '@aftermath/domain';
import type { PolicyDeadlines } from './policy-facts';

/**
 * One deadline and where it stands: `met` (a draft exists / the postmortem was published),
 * `due` (still ahead) or `overdue`.
 *
 * @example
 * // { kind: 'draft', due: '2026-11-23T10:00:00.000Z', state: 'overdue' }
 */
export interface DeadlineState {
  kind: 'draft' | 'final';
  due: string;
  state: 'met' | 'due' | 'overdue';
}

const finalStatuses: readonly PostmortemStatus[] = ['published', 'closed'];

/**
 * Where the policy's deadlines stand at `now` for a postmortem in `status` (null when none was
 * started). A draft is met once a postmortem exists; the final one once it is published.
 *
 * @example
 * assessDeadlines(decision.deadlines, 'draft', new Date()); // [{ kind: 'draft', state: 'met' }, …]
 */
export function assessDeadlines(
  deadlines: PolicyDeadlines,
  status: PostmortemStatus | null,
  now: Date,
): DeadlineState[] {
  const states: DeadlineState[] = [];
  const stateOf = (due: string, met: boolean): DeadlineState['state'] =>
    met ? 'met' : Date.parse(due) < now.getTime() ? 'overdue' : 'due';
  if (deadlines.draftDue !== null) {
    states.push({
      kind: 'draft',
      due: deadlines.draftDue,
      state: stateOf(deadlines.draftDue, status !== null),
    });
  }
  if (deadlines.finalDue !== null) {
    const published = status !== null && finalStatuses.includes(status);
    states.push({
      kind: 'final',
      due: deadlines.finalDue,
      state: stateOf(deadlines.finalDue, published),
    });
  }
  return states;
}
