import type { RouteOutput, routes } from '@aftermath/contract';
import type { Incident } from '@aftermath/domain';
import { useState } from 'react';
import { api, describeError } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import { LoadFailed, Loading, Notice } from '../../../ui/states';
import type { SaveIncident } from '../use-incident';

type SimilarItem = RouteOutput<(typeof routes)['listSimilarIncidents']>['items'][number];

function RecurrenceLine({ incident, save }: { incident: Incident; save: SaveIncident }) {
  const [error, setError] = useState<string | null>(null);
  if (incident.recurrenceOf === null) return null;
  return (
    <div className="recurrence-line">
      <p>
        <strong>Recurrence of </strong>
        <Link to={paths.incident(incident.recurrenceOf)}>{incident.recurrenceOf}</Link>: the same
        failure came back.{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setError(null);
            save({ recurrenceOf: null }).catch((failure: unknown) =>
              setError(describeError(failure)),
            );
          }}
        >
          Not a recurrence
        </button>
      </p>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}

function SimilarEntry({
  item,
  incident,
  save,
}: {
  item: SimilarItem;
  incident: Incident;
  save: SaveIncident;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const marked = incident.recurrenceOf === item.key;
  return (
    <li className="similar-entry">
      <p>
        Looks like <Link to={paths.incident(item.key)}>{item.key}</Link> {item.title}{' '}
        <span className="muted small">
          ({item.status}, score {item.score.toFixed(1)})
        </span>
      </p>
      <ul className="similar-reasons small">
        {item.reasons.map((reason) => (
          <li key={reason.kind}>{reason.message}</li>
        ))}
      </ul>
      {item.openActions.map((action) => (
        <p key={action.id} className="small">
          Its action “{action.title}” is still {action.status.replace('_', ' ')}
          {action.owner ? ` (owner ${action.owner})` : ''}.
        </p>
      ))}
      {!marked && (
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            save({ recurrenceOf: item.key })
              .catch((failure: unknown) => setError(describeError(failure)))
              .finally(() => setBusy(false));
          }}
        >
          Mark as a recurrence of {item.key}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
    </li>
  );
}

/** "Looks like INC-n": past incidents similar to this one, why, their open actions, recurrence. */
export function SimilarPanel({ incident, save }: { incident: Incident; save: SaveIncident }) {
  const { resource, retry } = useResource(`${incident.key}:${incident.version}`, async () => {
    const answer = await api.call('listSimilarIncidents', {
      params: { key: incident.key },
      query: { limit: 5 },
    });
    return answer.data;
  });
  return (
    <section id="similar" className="card" aria-labelledby="similar-title">
      <div className="card-header">
        <h2 id="similar-title">Similar incidents</h2>
        <p className="muted small">By shared words, service, coded causes and recency.</p>
      </div>
      <RecurrenceLine incident={incident} save={save} />
      {resource.state === 'loading' && <Loading what="similar incidents" />}
      {resource.state === 'failed' && (
        <LoadFailed what="similar incidents" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && resource.value.items.length === 0 && (
        <p className="empty-inline">No past incident looks like this one.</p>
      )}
      {resource.state === 'ready' && resource.value.items.length > 0 && (
        <ul className="similar-list">
          {resource.value.items.map((item) => (
            <SimilarEntry key={item.key} item={item} incident={incident} save={save} />
          ))}
        </ul>
      )}
    </section>
  );
}
