import { useState } from 'react';
import { api, describeError, etagOf, isNotFound } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { Link, navigate } from '../../../router/router';
import { paths } from '../../../router/routes';
import { usePageTitle } from '../../../shell/use-page-title';
import { LoadFailed, Loading, Notice } from '../../../ui/states';
import { PrometheusSourceForm } from './prometheus-source-form';
import { SloForm } from './slo-form';

// A new SLO's page opens the SLO's own address; this tells that page to say it was saved.
let justCreated: string | null = null;

/** `/settings/slos/new` and `/settings/slos/{name}`: define or edit an SLO, its source, delete it. */
export default function SloEditorPage({ name }: { name: string | null }) {
  usePageTitle(name ? `SLO ${name}` : 'New SLO');
  const { resource, retry } = useResource(`slo:${name ?? ''}`, async () => {
    if (name === null) return null;
    const { data, etag } = await api.call('getSlo', { params: { name } });
    return { definition: data.definition, etag: etag ?? etagOf(data.version) };
  });
  const [created] = useState(() => {
    const mine = name !== null && justCreated === name;
    if (mine) justCreated = null;
    return mine;
  });
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/settings/slos">SLOs</Link>
      </p>
      <h1>{name ? `SLO ${name}` : 'New SLO'}</h1>
      {created && <Notice tone="success">SLO created. Its error budget is on the SLO list.</Notice>}
      {resource.state === 'loading' && <Loading what="the SLO" />}
      {resource.state === 'failed' &&
        (isNotFound(resource.error) ? (
          <Notice tone="warning">
            There is no SLO called {name}. <Link to="/settings/slos">Back to the SLO list</Link>
          </Notice>
        ) : (
          <LoadFailed what="the SLO" error={resource.error} onRetry={retry} />
        ))}
      {resource.state === 'ready' && (
        <div className="form-grid">
          <SloForm
            slo={resource.value}
            onSaved={(savedName) => {
              if (name !== null) return;
              justCreated = savedName;
              navigate(paths.sloEditor(savedName));
            }}
          />
          {name !== null && <PrometheusSourceForm slo={name} />}
          {name !== null && <DeleteSlo name={name} />}
        </div>
      )}
    </section>
  );
}

function DeleteSlo({ name }: { name: string }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(`Delete the SLO ${name} with its SLI samples?`)) return;
    try {
      await api.call('deleteSlo', { params: { name } });
      navigate('/settings/slos');
    } catch (failure) {
      setError(describeError(failure));
    }
  };
  return (
    <section className="card" aria-labelledby="delete-slo-heading">
      <h2 id="delete-slo-heading">Delete this SLO</h2>
      <p className="muted">Its SLI samples and Prometheus source go with it; incidents stay.</p>
      {error && <Notice tone="error">Could not delete: {error}</Notice>}
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete SLO
      </button>
    </section>
  );
}
