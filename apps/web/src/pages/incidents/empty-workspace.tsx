import { useState } from 'react';
import { api, describeError } from '../../api/client';
import { Link } from '../../router/router';
import { paths } from '../../router/routes';
import { Notice } from '../../ui/states';

/** The first screen of a new instance: load realistic examples, or start for real. */
export function EmptyWorkspace({ onLoaded }: { onLoaded: () => unknown }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const loadDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await api.call('loadDemo', {});
      if (!data.loaded) setError('The demo was not loaded: this workspace already has incidents.');
      await onLoaded();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">No incidents yet</h2>
      <p>
        Aftermath keeps each incident&apos;s timeline, postmortem and follow-up actions in one
        place. Explore it with a demo workspace of realistic incidents, or record your first one.
      </p>
      <div className="button-row center">
        <button type="button" className="primary" disabled={busy} onClick={() => void loadDemo()}>
          {busy ? 'Loading the demo workspace…' : 'Load the demo workspace'}
        </button>
        <Link to={paths.newIncident()} className="button">
          Create the first incident
        </Link>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
