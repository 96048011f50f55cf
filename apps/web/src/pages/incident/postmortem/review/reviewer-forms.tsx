import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../../../../api/client';
import { Notice } from '../../../../ui/states';

/** Runs a write, keeping its error sentence for the form. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** Ask a person (username) or a team to review. */
export function RequestReviewerForm({
  onRequest,
}: {
  onRequest: (who: { reviewers?: string[]; teams?: string[] }) => Promise<void>;
}) {
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'user' | 'team'>('user');
  const { busy, error, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const who = kind === 'user' ? { reviewers: [name.trim()] } : { teams: [name.trim()] };
    if (await run(() => onRequest(who))) setName('');
  };
  return (
    <form className="review-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={id}>Request a review from</label>
      <select
        aria-label="Reviewer kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as 'user' | 'team')}
      >
        <option value="user">person</option>
        <option value="team">team</option>
      </select>
      <input
        id={id}
        value={name}
        placeholder={kind === 'user' ? 'username' : 'team name'}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={busy || name.trim() === ''}>
        Request review
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}

/** The acting reviewer's verdict: approve, or request changes with a note. */
export function VerdictForm({
  reviewer,
  onSubmit,
}: {
  reviewer: string;
  onSubmit: (decision: 'approve' | 'request_changes', note: string) => Promise<void>;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const { busy, error, run } = useSubmit();
  const give = async (decision: 'approve' | 'request_changes') => {
    if (await run(() => onSubmit(decision, note.trim()))) setNote('');
  };
  return (
    <div className="review-form">
      <label htmlFor={id}>Note {reviewer === '' ? '' : `from ${reviewer}`}</label>
      <input
        id={id}
        value={note}
        placeholder="what to change, or a remark"
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void give('approve')}
      >
        Approve this version
      </button>
      <button type="button" disabled={busy} onClick={() => void give('request_changes')}>
        Request changes
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
