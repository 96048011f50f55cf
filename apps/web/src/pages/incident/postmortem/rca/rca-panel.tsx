import type { Postmortem, RcaTaxonomy, RootCauseAnalysis, TimelineEntry } from '@aftermath/domain';
import { useState, type FormEvent } from 'react';
import { api, describeError, isVersionConflict } from '../../../../api/client';
import { useConflict } from '../../../../api/use-conflict';
import { useResource } from '../../../../api/use-resource';
import { ConflictNotice } from '../../../../ui/conflict-notice';
import { LoadFailed, Loading, Notice } from '../../../../ui/states';
import { CausalGraph } from './causal-graph';
import { CodePickers } from './code-pickers';
import { FactorsEditor } from './factors-editor';
import { sameRca } from './rca-draft';
import { WhysEditor } from './whys-editor';
import './rca.css';

interface RcaInputs {
  taxonomy: RcaTaxonomy;
  entries: TimelineEntry[];
}

/**
 * The coded root-cause analysis of a postmortem: trigger and root causes from the workspace
 * taxonomy, contributing factors, 5-whys chains and the causal graph. Saves the whole analysis
 * through the postmortem save (If-Match); a conflict keeps the person's draft.
 */
export default function RcaPanel({
  incidentKey,
  postmortem,
  saveRca,
  onReload,
}: {
  incidentKey: string;
  postmortem: Postmortem;
  saveRca: (rca: RootCauseAnalysis) => Promise<Postmortem>;
  onReload: () => Promise<void>;
}) {
  const { resource, retry } = useResource<RcaInputs>(incidentKey, async () => {
    const [taxonomy, timeline] = await Promise.all([
      api.call('getRcaTaxonomy', {}),
      api.call('listTimeline', { params: { key: incidentKey } }),
    ]);
    return { taxonomy: taxonomy.data, entries: timeline.data.items };
  });
  const [draft, setDraft] = useState<RootCauseAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const conflict = useConflict();
  const rca = draft ?? postmortem.rca;
  const changed = draft !== null && !sameRca(draft, postmortem.rca);

  const edit = (next: RootCauseAnalysis) => {
    setSavedNote(false);
    setDraft(next);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed || busy || draft === null) return;
    setBusy(true);
    setFailure(null);
    try {
      await saveRca(draft);
      setDraft(null);
      conflict.clear();
      setSavedNote(true);
    } catch (error) {
      if (isVersionConflict(error)) conflict.raise();
      else setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  if (resource.state === 'loading') return <Loading what="the root-cause analysis" />;
  if (resource.state === 'failed')
    return <LoadFailed what="the root-cause analysis" error={resource.error} onRetry={retry} />;
  const { taxonomy, entries } = resource.value;
  return (
    <form className="rca-panel" aria-labelledby="rca-title" onSubmit={(event) => void save(event)}>
      <div className="pm-toolbar">
        <h3 id="rca-title">Root-cause analysis</h3>
        <div className="pm-save">
          <p className="muted small" role="status">
            {changed
              ? 'Analysis changed, not saved yet.'
              : savedNote
                ? 'Analysis saved.'
                : 'No unsaved changes.'}
          </p>
          {changed && (
            <button type="button" className="link-button" onClick={() => setDraft(null)}>
              Discard changes
            </button>
          )}
          <button type="submit" className="primary" disabled={busy || !changed}>
            {busy ? 'Saving…' : 'Save analysis'}
          </button>
        </div>
      </div>
      {conflict.state !== 'none' && (
        <ConflictNotice
          what="this postmortem"
          loaded={conflict.state === 'loaded'}
          onLoadLatest={async () => {
            await onReload();
            conflict.loaded();
          }}
        >
          {conflict.state === 'loaded' && (
            <p>
              Saving again replaces the saved analysis with yours; “Discard changes” keeps theirs.
            </p>
          )}
        </ConflictNotice>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <CodePickers taxonomy={taxonomy} rca={rca} onChange={edit} />
      <FactorsEditor rca={rca} entries={entries} onChange={edit} />
      <WhysEditor rca={rca} entries={entries} onChange={edit} />
      <section className="rca-block" aria-labelledby="rca-graph-title">
        <h4 id="rca-graph-title">Causal graph</h4>
        <CausalGraph rca={rca} entries={entries} incidentTitle={incidentKey} />
      </section>
    </form>
  );
}
