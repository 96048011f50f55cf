import { useId, useState } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';
import type { ReviewState } from './use-review';

/** The owner with a field to change it; warnings (owner is the commander) stay visible. */
export function OwnerField({
  review,
  setOwner,
}: {
  review: ReviewState;
  setOwner: (owner: string | null) => Promise<void>;
}) {
  const id = useId();
  const [draft, setDraft] = useState(review.owner ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await setOwner(draft.trim() === '' ? null : draft.trim().toLowerCase());
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  return (
    <div className="review-owner">
      <p>
        <label htmlFor={id}>Owned by</label>{' '}
        <input id={id} value={draft} onChange={(event) => setDraft(event.target.value)} />{' '}
        <button type="button" onClick={() => void save()} disabled={draft === (review.owner ?? '')}>
          Set owner
        </button>
        {review.commander && <span className="muted"> · commander {review.commander}</span>}
      </p>
      {review.warnings.map((warning) => (
        <Notice key={warning.code} tone="warning">
          {warning.message}
        </Notice>
      ))}
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
