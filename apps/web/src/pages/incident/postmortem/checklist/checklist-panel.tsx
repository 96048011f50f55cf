import { LoadFailed, Loading } from '../../../../ui/states';
import { ChecklistItems, GateSummary } from './checklist-items';
import { PolicyDecision } from './policy-decision';
import { useChecklist } from './use-checklist';
import './checklist.css';

/**
 * The quality checklist of the postmortem (score, items with why and fix, gates) and the
 * workspace policy's decision with its deadlines; read again after every save or move.
 */
export function ChecklistPanel({ incidentKey, version }: { incidentKey: string; version: number }) {
  const { resource, retry } = useChecklist(incidentKey, version);
  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <h3 id="checklist-title">Quality checklist</h3>
      {resource.state === 'loading' && <Loading what="the checklist" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the checklist" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <p className="checklist-score">
            <span
              className="score-number"
              aria-label={`Score ${resource.value.checklist.score} of 100`}
            >
              {resource.value.checklist.score}
            </span>
            <span className="muted">
              /100 · {resource.value.checklist.passed} of {resource.value.checklist.total} items
              pass
            </span>
          </p>
          <GateSummary checklist={resource.value.checklist} />
          <PolicyDecision policy={resource.value.policy} />
          <ChecklistItems checklist={resource.value.checklist} />
        </>
      )}
    </section>
  );
}
