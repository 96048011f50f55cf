import {
  milestoneNames,
  type Incident,
  type MilestoneName,
  type Milestones,
} from '@aftermath/domain';
import { ApiError } from '@aftermath/contract';
import { useState, type FormEvent } from 'react';
import { describeError, isVersionConflict } from '../../../api/client';
import { formFailureOf, type FieldErrors } from '../../../api/field-errors';
import { useConflict } from '../../../api/use-conflict';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../../lib/datetime';
import { milestoneLabels } from '../../../lib/labels';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { ConflictNotice } from '../../../ui/conflict-notice';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';
import type { SaveIncident } from '../use-incident';
import { MilestoneSpans } from './milestone-spans';

type Drafts = Partial<Record<MilestoneName, string>>;

const shownFields = milestoneNames.map((name) => `milestones.${name}`);

/** Milestones with the person's unsaved edits applied, for the live durations. */
function applyDrafts(saved: Milestones, drafts: Drafts): Milestones {
  const next = { ...saved };
  for (const name of milestoneNames) {
    const draft = drafts[name];
    if (draft !== undefined) next[name] = fromLocalInput(draft);
  }
  return next;
}

/**
 * The six milestone times in local time. Only fields the person touched are drafts and only they
 * are sent, so untouched times keep their full precision and follow the latest saved values.
 */
export function MilestonesEditor({
  incident,
  save,
  onReload,
}: {
  incident: Incident;
  save: SaveIncident;
  onReload: () => unknown;
}) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [orderProblem, setOrderProblem] = useState(false);
  const [override, setOverride] = useState('');
  const [saved, setSaved] = useState(false);
  const conflict = useConflict();
  const dirty = Object.keys(drafts).length > 0;
  useUnsavedChangesGuard(dirty);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const patch = applyDrafts(incident.milestones, drafts);
    const changed = Object.fromEntries(
      Object.keys(drafts).map((name) => [name, patch[name as MilestoneName]]),
    );
    try {
      await save({
        milestones: changed,
        ...(orderProblem && override.trim() !== '' ? { milestoneOrderOverride: override } : {}),
      });
      setDrafts({});
      setErrors({});
      setOrderProblem(false);
      conflict.clear();
      setSaved(true);
    } catch (error) {
      if (isVersionConflict(error)) return conflict.raise();
      const outOfOrder = error instanceof ApiError && error.code === 'milestone_order';
      const failed = formFailureOf(error, shownFields, 2);
      setErrors(failed.errors);
      setOrderProblem(outOfOrder);
      setFailure(outOfOrder ? describeError(error) : failed.message);
    }
  };

  const shown = applyDrafts(incident.milestones, drafts);
  return (
    <form className="card" aria-labelledby="milestones-title" onSubmit={(e) => void submit(e)}>
      <div className="card-header">
        <h2 id="milestones-title">Milestones</h2>
        <p className="muted small">Times are in your local time zone and stored in UTC.</p>
      </div>
      {conflict.state !== 'none' && (
        <ConflictNotice
          what="this incident"
          loaded={conflict.state === 'loaded'}
          onLoadLatest={async () => {
            await onReload();
            conflict.loaded();
          }}
        />
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      <div className="milestone-grid">
        {milestoneNames.map((name) => {
          const latest = incident.milestones[name];
          const draft = drafts[name];
          const differs =
            conflict.state === 'loaded' && draft !== undefined && fromLocalInput(draft) !== latest;
          return (
            <Field
              key={name}
              label={milestoneLabels[name]}
              error={errors[`milestones.${name}`]}
              hint={
                differs ? `Latest saved: ${latest ? formatDateTime(latest) : 'not set'}` : undefined
              }
              className={draft !== undefined ? 'is-draft' : undefined}
            >
              {(props) => (
                <input
                  {...props}
                  type="datetime-local"
                  step={1}
                  value={draft ?? toLocalInput(latest)}
                  onChange={(event) => {
                    setSaved(false);
                    setDrafts((current) => ({ ...current, [name]: event.target.value }));
                  }}
                />
              )}
            </Field>
          );
        })}
      </div>
      {orderProblem && (
        <Field
          label="Reason the order differs (optional override)"
          hint="If the evidence really shows this order, say why and save again."
        >
          {(props) => (
            <input
              {...props}
              type="text"
              value={override}
              onChange={(e) => setOverride(e.target.value)}
            />
          )}
        </Field>
      )}
      <MilestoneSpans milestones={shown} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={!dirty}>
          Save milestones
        </button>
        {dirty && (
          <button type="button" onClick={() => setDrafts({})}>
            Discard changes
          </button>
        )}
        {saved && (
          <span className="saved-note" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
