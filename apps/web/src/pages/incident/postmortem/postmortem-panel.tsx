import { useState } from 'react';
import { describeError } from '../../../api/client';
import { LoadFailed, Loading, Notice } from '../../../ui/states';
import { ChecklistPanel } from './checklist/checklist-panel';
import { ExecutiveSummaryPanel } from './executive-summary';
import { PostmortemEditor } from './postmortem-editor';
import { LazyRcaPanel } from './rca/lazy-rca-panel';
import { SloImpactLine } from './slo-impact-line';
import { AnchoredComments } from './comments/anchored-comments';
import { SectionComments } from './comments/section-comments';
import { useComments } from './comments/use-comments';
import { HistoryPanel } from './history/history-panel';
import { useActingUser } from './review/acting-user';
import { ReviewPanel } from './review/review-panel';
import { usePostmortem } from './use-postmortem';
import { JointPostmortemPanel } from '../joint/joint-postmortem-panel';
import { useJointPostmortem } from '../joint/use-joint-postmortem';

function StartPostmortem({ onStart }: { onStart: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="empty-inline">
      <p>
        No postmortem yet. Start one to write the summary, impact, root causes and lessons; it
        begins as a draft that only moves on when you send it for review.
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          onStart().catch((failure: unknown) => {
            setError(describeError(failure));
            setBusy(false);
          });
        }}
      >
        {busy ? 'Starting…' : 'Start the postmortem'}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}

/** The postmortem of the incident: a start button, or the editor with its review status. */
export function PostmortemPanel({ incidentKey }: { incidentKey: string }) {
  const [actingUser, setActingUser] = useActingUser();
  const { resource, reload, retry, start, saveSections, saveRca, transition } = usePostmortem(
    incidentKey,
    actingUser,
  );
  const comments = useComments(incidentKey);
  const joint = useJointPostmortem(incidentKey);
  // An incident covered by another's joint postmortem cannot have one of its own (the server
  // answers 409), so it is offered no start button.
  const covered =
    joint.resource.state === 'ready' &&
    (joint.resource.value.coveredBy !== null || joint.resource.value.coveredByHidden);
  return (
    <section id="postmortem" className="card" aria-labelledby="postmortem-title">
      <div className="card-header">
        <h2 id="postmortem-title">Postmortem</h2>
        <p className="muted small">Markdown; the preview is what readers will see.</p>
      </div>
      {resource.state === 'loading' && <Loading what="the postmortem" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the postmortem" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <JointPostmortemPanel
          incidentKey={incidentKey}
          hasPostmortem={resource.value !== null}
          joint={joint}
        />
      )}
      {resource.state === 'ready' && resource.value === null && !covered && (
        <StartPostmortem onStart={start} />
      )}
      {resource.state === 'ready' && resource.value !== null && (
        <>
          <SloImpactLine incidentKey={incidentKey} />
          <ExecutiveSummaryPanel incidentKey={incidentKey} version={resource.value.data.version} />
          <PostmortemEditor
            postmortem={resource.value.data}
            saveSections={saveSections}
            transition={transition}
            onReload={reload}
            sectionAside={
              comments.resource.state === 'ready'
                ? (name) => (
                    <SectionComments
                      section={name}
                      comments={comments.resource.state === 'ready' ? comments.resource.value : []}
                      actingUser={actingUser}
                      actions={comments}
                    />
                  )
                : undefined
            }
          />
          {comments.resource.state === 'ready' && (
            <AnchoredComments
              incidentKey={incidentKey}
              comments={comments.resource.value}
              actingUser={actingUser}
              actions={comments}
            />
          )}
          <ReviewPanel
            incidentKey={incidentKey}
            version={resource.value.data.version}
            actingUser={actingUser}
            setActingUser={setActingUser}
            onPostmortemChanged={reload}
          />
          <LazyRcaPanel
            incidentKey={incidentKey}
            postmortem={resource.value.data}
            saveRca={saveRca}
            onReload={reload}
          />
          <ChecklistPanel incidentKey={incidentKey} version={resource.value.data.version} />
          <HistoryPanel incidentKey={incidentKey} version={resource.value.data.version} />
        </>
      )}
    </section>
  );
}
