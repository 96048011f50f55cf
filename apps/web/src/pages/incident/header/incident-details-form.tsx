import {
  defaultSeverityScale,
  incidentType,
  severity as severityEnum,
  type Incident,
  type IncidentType,
  type Severity,
} from '@aftermath/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { isVersionConflict } from '../../../api/client';
import { formFailureOf, type FieldErrors } from '../../../api/field-errors';
import { useConflict } from '../../../api/use-conflict';
import { formatServiceNames, parseServiceNames } from '../../../lib/services-input';
import { useUnsavedChangesGuard } from '../../../router/unsaved-changes';
import { ConflictNotice } from '../../../ui/conflict-notice';
import { Field } from '../../../ui/field';
import { Notice } from '../../../ui/states';
import type { IncidentPatch, SaveIncident } from '../use-incident';

interface Details {
  title: string;
  severity: Severity;
  type: IncidentType;
  services: string;
  commander: string;
}

function detailsOf(incident: Incident): Details {
  return {
    title: incident.title,
    severity: incident.severity,
    type: incident.type,
    services: formatServiceNames(incident.services),
    commander: incident.commander ?? '',
  };
}

// Only what the person changed is sent, so a save never reverts someone else's other edits.
function patchOf(draft: Details, base: Details): IncidentPatch {
  const patch: IncidentPatch = {};
  if (draft.title !== base.title) patch.title = draft.title;
  if (draft.severity !== base.severity) patch.severity = draft.severity;
  if (draft.type !== base.type) patch.type = draft.type;
  if (draft.services !== base.services) patch.services = parseServiceNames(draft.services);
  if (draft.commander !== base.commander) {
    patch.commander = draft.commander.trim() === '' ? null : draft.commander.trim();
  }
  return patch;
}

/** Edits title, severity, type, services and commander with optimistic locking. */
export function IncidentDetailsForm({
  incident,
  save,
  onReload,
  onDone,
}: {
  incident: Incident;
  save: SaveIncident;
  onReload: () => unknown;
  onDone: () => void;
}) {
  const [original] = useState(() => detailsOf(incident));
  const [draft, setDraft] = useState<Details>(original);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const conflict = useConflict();
  const latest = detailsOf(incident);
  const base = conflict.state === 'loaded' ? latest : original;
  const dirty = Object.keys(patchOf(draft, base)).length > 0;
  useUnsavedChangesGuard(dirty);
  const update = (patch: Partial<Details>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return onDone();
    setBusy(true);
    setFailure(null);
    try {
      await save(patchOf(draft, base));
      onDone();
    } catch (error) {
      setBusy(false);
      if (isVersionConflict(error)) return conflict.raise();
      const failed = formFailureOf(error, ['title', 'severity', 'type', 'services', 'commander']);
      setErrors(failed.errors);
      setFailure(failed.message);
    }
  };

  const theirs = (field: keyof Details): ReactNode =>
    conflict.state === 'loaded' && latest[field] !== draft[field] ? (
      <>
        Latest saved: <strong>{latest[field] || '(empty)'}</strong>
      </>
    ) : undefined;

  return (
    <form className="details-form form-grid" onSubmit={(event) => void submit(event)} noValidate>
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
      <Field label="Title" error={errors.title} hint={theirs('title')}>
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.title}
            autoFocus
            onChange={(event) => update({ title: event.target.value })}
          />
        )}
      </Field>
      <div className="form-row">
        <Field
          label="Severity"
          error={errors.severity}
          hint={theirs('severity') ?? defaultSeverityScale[draft.severity]}
        >
          {(props) => (
            <select
              {...props}
              value={draft.severity}
              onChange={(event) => update({ severity: event.target.value as Severity })}
            >
              {severityEnum.options.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Type" error={errors.type} hint={theirs('type')}>
          {(props) => (
            <select
              {...props}
              value={draft.type}
              onChange={(event) => update({ type: event.target.value as IncidentType })}
            >
              {incidentType.options.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Commander" error={errors.commander} hint={theirs('commander')}>
          {(props) => (
            <input
              {...props}
              type="text"
              value={draft.commander}
              onChange={(event) => update({ commander: event.target.value })}
            />
          )}
        </Field>
      </div>
      <Field
        label="Services"
        error={errors.services}
        hint={theirs('services') ?? 'Comma-separated, e.g. checkout-api, payments'}
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.services}
            onChange={(event) => update({ services: event.target.value })}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" onClick={onDone} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
