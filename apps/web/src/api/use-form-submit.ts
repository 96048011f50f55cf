import { useState } from 'react';
import { formFailureOf, type FormFailure } from './field-errors';

/** How a form turns a failed submit into what it shows. */
export interface FormSubmitOptions {
  /** The API paths shown under a field (`url`, `params.name`, `objectives.target`). */
  fields?: readonly string[];
  /** How many names of a nested path are kept (see `fieldErrorsOf`); 1 by default. */
  depth?: number;
  /** API path → the form's field name, e.g. `{ 'params.name': 'name' }` for a name in the URL. */
  rename?: Readonly<Record<string, string>>;
  /**
   * Replaces the default mapping; returning null means the form showed the failure its own way
   * (a version conflict), so no summary appears.
   */
  describe?: (error: unknown) => FormFailure | null;
}

function renamed(failure: FormFailure, rename: Readonly<Record<string, string>>): FormFailure {
  const errors = Object.fromEntries(
    Object.entries(failure.errors).map(([field, message]) => [rename[field] ?? field, message]),
  );
  return { ...failure, errors };
}

/**
 * The submit shape every settings form shares: busy while the request runs (the button is
 * disabled, so one click sends one request), the previous failure cleared, and a new failure
 * split into messages under fields and one summary line.
 */
export function useFormSubmit(options: FormSubmitOptions = {}) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const describe =
    options.describe ??
    ((error: unknown) =>
      renamed(formFailureOf(error, options.fields ?? [], options.depth), options.rename ?? {}));

  const submit = async (work: () => Promise<unknown>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(describe(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, failure, errors: failure?.errors ?? {}, submit, setFailure };
}
