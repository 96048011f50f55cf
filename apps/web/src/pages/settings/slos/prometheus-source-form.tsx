import type { RouteOutput, routes } from '@aftermath/contract';
import { useState } from 'react';
import { api } from '../../../api/client';
import { formFailureOf, type FormFailure } from '../../../api/field-errors';
import { useResource } from '../../../api/use-resource';
import { Field } from '../../../ui/field';
import { LoadFailed, Loading, Notice } from '../../../ui/states';

const shownFields = ['url', 'everySeconds', 'stepSeconds', 'lookbackSeconds'];

interface SourceValues {
  url: string;
  everySeconds: string;
  stepSeconds: string;
  lookbackSeconds: string;
}

const defaults: SourceValues = {
  url: '',
  everySeconds: '60',
  stepSeconds: '60',
  lookbackSeconds: '3600',
};

// A blank or non-number field travels as null so the API names it.
const seconds = (text: string): number =>
  (text.trim() === '' ? null : Number(text)) as unknown as number;

/** Where the SLO's SLI is pulled from: a Prometheus server queried with `query_range`. */
export function PrometheusSourceForm({ slo }: { slo: string }) {
  const { resource, retry, set } = useResource(`prometheus-source:${slo}`, async () => {
    const { data } = await api.call('getSloPrometheusSource', { params: { name: slo } });
    return data.source;
  });
  return (
    <section className="card form-grid" aria-labelledby="prometheus-source-heading">
      <h2 id="prometheus-source-heading">SLI from Prometheus</h2>
      <p className="muted">
        While the server runs, Aftermath asks this Prometheus server for the indicator&apos;s
        queries (<code>/api/v1/query_range</code>) on a schedule and stores the samples. Without a
        source, upload SLI data with <code>aftermath sli import</code>.
      </p>
      {resource.state === 'loading' && <Loading what="the Prometheus source" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the Prometheus source" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <SourceFields
          slo={slo}
          initial={
            resource.value === null
              ? null
              : {
                  url: resource.value.url,
                  everySeconds: String(resource.value.everySeconds),
                  stepSeconds: String(resource.value.stepSeconds),
                  lookbackSeconds: String(resource.value.lookbackSeconds),
                }
          }
          onChanged={(source) => set(source)}
        />
      )}
    </section>
  );
}

type Source = RouteOutput<(typeof routes)['getSloPrometheusSource']>['source'];

function SourceFields({
  slo,
  initial,
  onChanged,
}: {
  slo: string;
  initial: SourceValues | null;
  onChanged: (source: Source | null) => void;
}) {
  const [values, setValues] = useState<SourceValues>(initial ?? defaults);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof SourceValues, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setDone(null);
    try {
      setDone(await work());
      setFailure(null);
    } catch (error) {
      setFailure(formFailureOf(error, shownFields));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    run(async () => {
      const { data } = await api.call('setSloPrometheusSource', {
        params: { name: slo },
        body: {
          url: values.url.trim(),
          everySeconds: seconds(values.everySeconds),
          stepSeconds: seconds(values.stepSeconds),
          lookbackSeconds: seconds(values.lookbackSeconds),
        },
      });
      onChanged(data.source);
      return `Pulled from ${values.url.trim()} every ${values.everySeconds} s.`;
    });
  const remove = () =>
    run(async () => {
      await api.call('removeSloPrometheusSource', { params: { name: slo } });
      onChanged(null);
      setValues(defaults);
      return 'No longer pulled from Prometheus.';
    });

  const errors = failure?.errors ?? {};
  return (
    <form
      className="form-grid"
      aria-label="Prometheus source"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {failure && <Notice tone="error">{failure.message}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
      {initial === null && !done && (
        <p className="empty-inline">Not pulled yet: give the server&apos;s address to start.</p>
      )}
      <Field label="Prometheus URL" hint="e.g. http://127.0.0.1:9090" error={errors.url}>
        {(props) => (
          <input {...props} value={values.url} onChange={(e) => field('url', e.target.value)} />
        )}
      </Field>
      <div className="form-row">
        <Field label="Every (seconds)" error={errors.everySeconds}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={values.everySeconds}
              onChange={(e) => field('everySeconds', e.target.value)}
            />
          )}
        </Field>
        <Field label="Step (seconds)" hint="one sample per step" error={errors.stepSeconds}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={values.stepSeconds}
              onChange={(e) => field('stepSeconds', e.target.value)}
            />
          )}
        </Field>
        <Field label="Look back (seconds)" error={errors.lookbackSeconds}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={values.lookbackSeconds}
              onChange={(e) => field('lookbackSeconds', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          Save source
        </button>
        {initial !== null && (
          <button type="button" disabled={busy} onClick={() => void remove()}>
            Stop pulling
          </button>
        )}
      </div>
    </form>
  );
}
