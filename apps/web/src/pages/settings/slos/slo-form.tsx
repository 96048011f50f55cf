import { useState } from 'react';
import { api, describeError, etagOf, isVersionConflict } from '../../../api/client';
import { useConflict } from '../../../api/use-conflict';
import { useFormSubmit } from '../../../api/use-form-submit';
import { Notice } from '../../../ui/states';
import { listSloChanges, type SloChange } from './slo-changes';
import { SloConflict } from './slo-conflict';
import {
  SloIdentityFields,
  SloIndicatorFields,
  SloWindowFields,
  type Setter,
} from './slo-form-fields';
import { sloFailureOf } from './slo-form-errors';
import { definitionOf, formValuesOf, newSloForm, type SloFormValues } from './slo-form-values';
import { SloObjectiveRows } from './slo-objective-rows';
import type { SloDefinition } from './slo-types';
import './slo-form.css';

/** A stored SLO as the form edits it: the definition and the ETag of the version it came from. */
export interface LoadedSlo {
  definition: SloDefinition;
  etag: string;
}

/**
 * Defines a new SLO, or edits one; every rule is the API's and shows under its field. An edit
 * sends the version it loaded (If-Match), so a save made after someone else's is refused and
 * shown as a conflict instead of silently replacing their change.
 */
export function SloForm({
  slo,
  onSaved,
}: {
  slo: LoadedSlo | null;
  onSaved: (name: string) => unknown;
}) {
  const [values, setValues] = useState<SloFormValues>(() =>
    slo ? formValuesOf(slo.definition) : newSloForm(),
  );
  const [base, setBase] = useState(slo);
  const [saved, setSaved] = useState(false);
  const conflict = useConflict();
  const [changes, setChanges] = useState<SloChange[] | null>(null);
  const { busy, failure, errors, submit, setFailure } = useFormSubmit({
    describe: (error) => {
      if (!isVersionConflict(error)) return sloFailureOf(error);
      setChanges(null);
      conflict.raise();
      return null;
    },
  });
  const set: Setter = (key, value) => setValues((current) => ({ ...current, [key]: value }));

  const save = () =>
    submit(async () => {
      setSaved(false);
      const name = values.name.trim();
      if (base === null && (await nameTaken(name))) {
        setFailure({
          errors: { name: `An SLO called ${name} exists: open it from the list to edit it.` },
          message: 'One field needs a fix: see the message below it.',
        });
        return;
      }
      // The server validates the definition; a blank number travels as null so it is named.
      const body = definitionOf(values, base?.definition ?? null) as unknown as SloDefinition;
      const { data, etag } = await api.call('updateSlo', {
        params: { name: name === '' ? '-' : name },
        body,
        ...(base ? { ifMatch: base.etag } : {}),
      });
      setBase({ definition: data, etag: etag ?? etagOf(1) });
      setChanges(null);
      conflict.clear();
      setSaved(true);
      await onSaved(name);
    });

  // The person's values stay; the edit is now based on the latest version, so saving again
  // replaces it knowingly.
  const loadLatest = async () => {
    if (base === null) return;
    try {
      const latest = await api.call('getSlo', { params: { name: base.definition.name } });
      setChanges(listSloChanges(base.definition, latest.data.definition));
      setBase({
        definition: latest.data.definition,
        etag: latest.etag ?? etagOf(latest.data.version),
      });
      conflict.loaded();
    } catch (error) {
      setFailure({
        errors: {},
        message: `Could not load the latest version: ${describeError(error)}`,
      });
    }
  };

  return (
    <form
      className="card form-grid"
      aria-label={slo ? `Edit SLO ${slo.definition.name}` : 'New SLO'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {conflict.state !== 'none' && <SloConflict changes={changes} onLoadLatest={loadLatest} />}
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <SloIdentityFields values={values} set={set} errors={errors} editing={slo !== null} />
      <SloIndicatorFields values={values} set={set} errors={errors} />
      <SloObjectiveRows values={values} set={set} errors={errors} />
      <SloWindowFields values={values} set={set} errors={errors} />
      <div className="slo-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {slo ? 'Save SLO' : 'Create SLO'}
        </button>
        {/* Always in the page, so a screen reader announces the text when it appears. */}
        <span role="status" className="saved-note">
          {saved ? 'Saved. Its error budget is on the SLO list.' : ''}
        </span>
      </div>
    </form>
  );
}

async function nameTaken(name: string): Promise<boolean> {
  if (name === '') return false;
  try {
    await api.call('getSlo', { params: { name } });
    return true;
  } catch {
    return false;
  }
}
