import { useState } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FormFailure } from '../../../api/field-errors';
import { Notice } from '../../../ui/states';
import { definitionOf, formValuesOf, emptySloForm, type SloFormValues } from './slo-form-values';
import type { SloDefinition } from './slo-types';
import {
  SloIdentityFields,
  SloIndicatorFields,
  SloObjectiveFields,
  type Setter,
} from './slo-form-fields';

// The API's paths (`body.objectives.0.target`) folded to three names, as the form's keys.
const fieldOf: Record<string, keyof SloFormValues> = {
  name: 'name',
  displayName: 'displayName',
  service: 'service',
  description: 'description',
  'indicator.events.query': 'eventsQuery',
  'indicator.total.query': 'totalQuery',
  'indicator.value.query': 'valueQuery',
  indicator: 'eventsQuery',
  'objectives.target': 'targetPercent',
  'objectives.op': 'op',
  'objectives.value': 'threshold',
  'objectives.timeSliceWindow': 'timeSliceWindow',
  'objectives.timeSliceTarget': 'timeSliceTargetPercent',
  'window.duration': 'duration',
  'window.startTime': 'startTime',
  'window.timeZone': 'timeZone',
  budgetingMethod: 'budgetingMethod',
};

function failureOf(error: unknown): { failure: FormFailure; errors: Record<string, string> } {
  const failure = formFailureOf(error, Object.keys(fieldOf), 3);
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(failure.errors)) {
    const field = fieldOf[path];
    if (field) errors[field] ??= message;
  }
  return { failure, errors };
}

/** Defines a new SLO, or edits one; every rule is the API's and shows under its field. */
export function SloForm({
  slo,
  onSaved,
}: {
  slo: SloDefinition | null;
  onSaved: (name: string) => unknown;
}) {
  const [values, setValues] = useState<SloFormValues>(slo ? formValuesOf(slo) : emptySloForm);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set: Setter = (key, value) => setValues((current) => ({ ...current, [key]: value }));

  const save = async () => {
    setBusy(true);
    try {
      const name = values.name.trim();
      if (slo === null && (await nameTaken(name))) {
        setErrors({ name: `An SLO called ${name} exists: open it from the list to edit it.` });
        setFailure({ errors: {}, message: 'One field needs a fix: see the message below it.' });
        return;
      }
      // The server validates the definition; a blank number travels as null so it is named.
      const body = definitionOf(values, slo) as unknown as SloDefinition;
      await api.call('updateSlo', { params: { name: name === '' ? '-' : name }, body });
      setFailure(null);
      setErrors({});
      await onSaved(name);
    } catch (error) {
      const failed = failureOf(error);
      setFailure(failed.failure);
      setErrors(failed.errors);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card form-grid"
      aria-label={slo ? `Edit SLO ${slo.name}` : 'New SLO'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {failure && <Notice tone="error">{failure.message}</Notice>}
      <SloIdentityFields values={values} set={set} errors={errors} editing={slo !== null} />
      <SloIndicatorFields values={values} set={set} errors={errors} />
      <SloObjectiveFields values={values} set={set} errors={errors} />
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {slo ? 'Save SLO' : 'Create SLO'}
        </button>
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
