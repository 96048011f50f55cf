import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { LoadFailed } from '../../../ui/states';

/** The joint postmortem's action items, read-only on an incident it covers (edited there). */
export function SharedActions({ primaryKey }: { primaryKey: string }) {
  const { resource, retry } = useResource(
    primaryKey,
    async () => (await api.call('listActions', { params: { key: primaryKey } })).data.items,
  );
  if (resource.state === 'loading') return null;
  if (resource.state === 'failed') {
    return <LoadFailed what="the shared action items" error={resource.error} onRetry={retry} />;
  }
  if (resource.value.length === 0) {
    return <p className="muted small">The joint postmortem has no action items yet.</p>;
  }
  return (
    <ul className="joint-incidents" aria-label="Shared action items">
      {resource.value.map((action) => (
        <li key={action.id}>
          <span className="badge">{action.priority}</span> {action.title}{' '}
          <span className="muted">
            · {action.status.replace('_', ' ')}
            {action.owner !== null && ` · ${action.owner}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
