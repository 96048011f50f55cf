import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';

/** A comment box; `@name` mentions a user. Clears itself after a successful submit. */
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
    <form className="comment-form" onSubmit={(event) => void submit(event)}>
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
      <button type="submit" disabled={busy || body.trim() === ''}>
        {submitLabel}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
