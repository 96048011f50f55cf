import type { ActionIssueLink } from '@aftermath/domain';
import { useState } from 'react';
import { api, describeError } from '../../../../api/client';
import { useActionIssues } from './action-issues-context';
import './action-issues.css';

const stateLabels: Record<ActionIssueLink['state'], string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  unknown: 'not read yet',
};

/** Waits for a queued issue to appear: the worker files it within seconds when all is well. */
async function waitForIssue(
  reload: () => Promise<Map<string, ActionIssueLink> | undefined>,
  actionId: string,
): Promise<boolean> {
  for (let attempt = 0; attempt < 15; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if ((await reload())?.has(actionId)) return true;
  }
  return false;
}

function LinkedIssue({ link }: { link: ActionIssueLink }) {
  return (
    <span className="action-issue">
      <a href={link.url} target="_blank" rel="noreferrer noopener">
        {link.ref}
      </a>{' '}
      <span className={`badge issue-state issue-state-${link.state}`} title={link.status}>
        {stateLabels[link.state]}
      </span>
    </span>
  );
}

/**
 * The action's tracker issue with its state, or buttons to file one (queued; the delivery log
 * shows the call) or to link an existing one by its reference.
 */
export function ActionIssueCell({ actionId }: { actionId: string }) {
  const { byAction, reload } = useActionIssues();
  const [busy, setBusy] = useState<'creating' | 'linking' | null>(null);
  const [linking, setLinking] = useState(false);
  const [ref, setRef] = useState('');
  const [error, setError] = useState<string | null>(null);
  const link = byAction?.get(actionId);
  if (byAction === undefined) return <span className="muted">—</span>;
  if (link !== undefined) return <LinkedIssue link={link} />;

  const create = async () => {
    setBusy('creating');
    setError(null);
    try {
      await api.call('createActionIssue', { params: { id: actionId }, body: {} });
      if (!(await waitForIssue(reload, actionId))) {
        setError('Queued, not filed yet: see Settings › Deliveries for the tracker’s answer.');
      }
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };
  const linkExisting = async () => {
    setBusy('linking');
    setError(null);
    try {
      await api.call('linkActionIssue', { params: { id: actionId }, body: { ref } });
      await reload();
      setLinking(false);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="action-issue-controls">
      <button
        type="button"
        className="small"
        disabled={busy !== null}
        onClick={() => void create()}
      >
        {busy === 'creating' ? 'Filing issue…' : 'Create issue'}
      </button>
      {linking ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void linkExisting();
          }}
        >
          <label>
            <span className="visually-hidden">Issue reference</span>
            <input
              value={ref}
              onChange={(event) => setRef(event.target.value)}
              placeholder="#12, OPS-4, ENG-12"
              size={10}
              required
            />
          </label>
          <button type="submit" className="small" disabled={busy !== null}>
            Link
          </button>
        </form>
      ) : (
        <button type="button" className="small secondary" onClick={() => setLinking(true)}>
          Link issue
        </button>
      )}
      {error !== null && (
        <span role="alert" className="error small block">
          {error}
        </span>
      )}
    </div>
  );
}
