import type { RcaTaxonomy } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api, describeError } from '../../api/client';
import { useResource } from '../../api/use-resource';
import { usePageTitle } from '../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../ui/states';
import { TaxonomyListEditor } from './taxonomy-list-editor';

/**
 * The workspace's RCA taxonomy: the trigger and root-cause codes postmortems are coded with.
 * Saving refuses repeated codes and removing a code still in use (the message names the
 * incidents); retire such a code instead.
 */
export default function RcaTaxonomyPage() {
  usePageTitle('RCA taxonomy');
  const { resource, retry, set } = useResource<RcaTaxonomy>('rca-taxonomy', async () => {
    const { data } = await api.call('getRcaTaxonomy', {});
    return data;
  });
  const [draft, setDraft] = useState<RcaTaxonomy | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  if (resource.state === 'loading') return <Loading what="the RCA taxonomy" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the RCA taxonomy" error={resource.error} onRetry={retry} />;
  const taxonomy = draft ?? resource.value;
  const edit = (next: RcaTaxonomy) => {
    setMessage(null);
    setDraft(next);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || busy) return;
    setBusy(true);
    try {
      const { data } = await api.call('setRcaTaxonomy', { body: draft });
      set(data);
      setDraft(null);
      setMessage({ tone: 'success', text: 'Taxonomy saved.' });
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="page" onSubmit={(event) => void save(event)}>
      <h1>RCA taxonomy</h1>
      <p className="muted">
        Codes for the trigger (what set an incident off) and the root causes (why it could happen),
        used for trend analysis across postmortems. Codes are lower-case words joined by hyphens. A
        code still used by a postmortem cannot be removed; mark it retired to stop offering it.
      </p>
      <TaxonomyListEditor
        title="Triggers"
        entries={taxonomy.triggers}
        onChange={(triggers) => edit({ ...taxonomy, triggers })}
      />
      <TaxonomyListEditor
        title="Root causes"
        entries={taxonomy.rootCauses}
        onChange={(rootCauses) => edit({ ...taxonomy, rootCauses })}
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy || draft === null}>
          {busy ? 'Saving…' : 'Save taxonomy'}
        </button>
        {draft !== null && (
          <button type="button" className="link-button" onClick={() => setDraft(null)}>
            Discard changes
          </button>
        )}
      </div>
    </form>
  );
}
