import { useId, useState } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';

/**
 * A comment box; `@name` mentions a user. Clears itself after a successful submit. Not a form:
 * it sits inside the postmortem editor's form, and forms cannot nest.
 */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  onSubmit,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (body: string) => Promise<void>;
}) {
  const id = useId();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body.trim());
      setBody('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="comment-form" role="group" aria-label={label}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={body}
        placeholder={`${label}… (@name mentions)`}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="button" disabled={busy || body.trim() === ''} onClick={() => void submit()}>
        {submitLabel}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
