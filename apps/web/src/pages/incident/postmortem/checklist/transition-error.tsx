import { ApiError } from '@aftermath/contract';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';

/**
 * A refused move: for a gate (`failed_precondition`) every missing checklist item with why and how
 * to fix it; otherwise the error's sentence.
 */
export function TransitionError({ failure }: { failure: unknown }) {
  if (failure instanceof ApiError && failure.code === 'failed_precondition') {
    return (
      <Notice tone="error">
        <p>{failure.message}.</p>
        <ul className="gate-missing">
          {failure.details.map((detail) => (
            <li key={detail.path}>{detail.message}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  return <Notice tone="error">{describeError(failure)}</Notice>;
}
