import { formatDateTime } from '../../../../lib/datetime';
import type { PolicyCheckData } from './checklist-types';

const requirementLabels = {
  full: 'Full postmortem required',
  lightweight: 'Lightweight note',
  none: 'No postmortem required',
} as const;

const deadlineLabels = { draft: 'Draft due', final: 'Final due' } as const;
const stateLabels = { met: 'met', due: 'due', overdue: 'overdue' } as const;

/** What the policy decided, why, the tracks and where the deadlines stand. */
export function PolicyDecision({ policy }: { policy: PolicyCheckData }) {
  const security = policy.tracks.some((track) => track.id === 'security');
  return (
    <div className="policy-decision">
      <h3>
        Policy:{' '}
        <span className={`requirement requirement-${policy.requirement}`}>
          {requirementLabels[policy.requirement]}
        </span>
        {security && <span className="badge track-security">Restricted security track</span>}
      </h3>
      <ul className="policy-reasons">
        {policy.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {policy.deadlineStates.length > 0 && (
        <dl className="deadlines" aria-label="Deadlines">
          {policy.deadlineStates.map((deadline) => (
            <div key={deadline.kind} className={`deadline deadline-${deadline.state}`}>
              <dt>{deadlineLabels[deadline.kind]}</dt>
              <dd>
                <time dateTime={deadline.due}>{formatDateTime(deadline.due)}</time>{' '}
                <span className={`badge deadline-state-${deadline.state}`}>
                  {stateLabels[deadline.state]}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
