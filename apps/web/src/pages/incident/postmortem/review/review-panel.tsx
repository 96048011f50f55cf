import { LoadFailed, Loading } from '../../../../ui/states';
import { ActingUserField } from './acting-user';
import { OwnerField } from './owner-field';
import { RequestReviewerForm, VerdictForm } from './reviewer-forms';
import { useReview, type ReviewState } from './use-review';
import { WithdrawRequestButton } from './withdraw-button';
import './review.css';

const requestStateLabels = {
  pending: 'pending',
  approved: 'approved',
  changes_requested: 'changes requested',
} as const;

function ReviewSummary({
  review,
  onWithdraw,
}: {
  review: ReviewState;
  onWithdraw: (kind: 'user' | 'team', name: string) => Promise<void>;
}) {
  return (
    <>
      <p className="review-count">
        <strong>
          Approvals {review.approvals} of {review.required}
        </strong>
        {review.ready ? (
          <span className="badge review-ready"> ready to approve</span>
        ) : (
          <span className="muted"> · {review.missing.join('; ')}</span>
        )}
      </p>
      {review.requests.length > 0 && (
        <ul className="review-requests" aria-label="Requested reviewers">
          {review.requests.map((request) => (
            <li key={`${request.kind}:${request.name}`}>
              {request.kind === 'team' ? `team ${request.name}` : request.name}:{' '}
              <span className={`badge review-${request.state}`}>
                {requestStateLabels[request.state]}
              </span>
              {request.answeredBy !== null && request.kind === 'team' && (
                <span className="muted"> by {request.answeredBy}</span>
              )}
              {request.state === 'pending' && (
                <WithdrawRequestButton
                  label={request.kind === 'team' ? `team ${request.name}` : request.name}
                  onWithdraw={() => onWithdraw(request.kind, request.name)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {review.verdicts.length > 0 && (
        <ul className="review-verdicts" aria-label="Verdicts">
          {review.verdicts.map((verdict) => (
            <li key={verdict.reviewer} className={verdict.stale ? 'is-stale' : undefined}>
              {verdict.reviewer} {verdict.decision === 'approve' ? 'approved' : 'requested changes'}{' '}
              v{verdict.postmortemVersion}
              {verdict.stale && <span className="badge review-stale">stale: edited since</span>}
              {verdict.note !== '' && <span className="muted"> — {verdict.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The review beside the postmortem: owner (with the commander warning), who was asked, each
 * verdict (stale ones marked), approvals n of m, and forms to ask and to give a verdict.
 */
export function ReviewPanel({
  incidentKey,
  version,
  actingUser,
  setActingUser,
  onPostmortemChanged,
}: {
  incidentKey: string;
  version: number;
  actingUser: string;
  setActingUser: (name: string) => void;
  onPostmortemChanged: () => Promise<void>;
}) {
  const { resource, retry, setOwner, requestReviewers, submit, withdraw } = useReview(
    incidentKey,
    version,
  );
  return (
    <section className="review-panel" aria-labelledby="review-title">
      <h3 id="review-title">Review</h3>
      <ActingUserField name={actingUser} onChange={setActingUser} />
      {resource.state === 'loading' && <Loading what="the review" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the review" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <OwnerField
            review={resource.value}
            setOwner={async (owner) => {
              await setOwner(owner);
              await onPostmortemChanged();
            }}
          />
          <ReviewSummary review={resource.value} onWithdraw={withdraw} />
          <RequestReviewerForm onRequest={(who) => requestReviewers(who, actingUser)} />
          <VerdictForm
            reviewer={actingUser}
            onSubmit={(decision, note) => submit(decision, note, actingUser)}
          />
        </>
      )}
    </section>
  );
}
