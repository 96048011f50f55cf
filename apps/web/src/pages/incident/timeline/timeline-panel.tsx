import type { TimelineEntry } from '@aftermath/domain';
import { api } from '../../../api/client';
import { useResource } from '../../../api/use-resource';
import { LoadFailed, Loading } from '../../../ui/states';
import { TimelineEntryForm } from './timeline-entry-form';
import { TimelineList } from './timeline-list';

// Entries with the same instant keep the order they were recorded in.
function inTimeOrder(entries: TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort(
    (a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt),
  );
}

/** The incident's timeline and the form to add to it. */
export function TimelinePanel({ incidentKey }: { incidentKey: string }) {
  const { resource, retry, set } = useResource(incidentKey, async () => {
    const { data } = await api.call('listTimeline', { params: { key: incidentKey } });
    return inTimeOrder(data.items);
  });
  return (
    <section id="timeline" className="card" aria-labelledby="timeline-title">
      <div className="card-header">
        <h2 id="timeline-title">Timeline</h2>
        {resource.state === 'ready' && (
          <p className="muted small">
            {resource.value.length} {resource.value.length === 1 ? 'entry' : 'entries'}
          </p>
        )}
      </div>
      {resource.state === 'loading' && <Loading what="the timeline" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the timeline" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && (
        <>
          <TimelineList entries={resource.value} />
          <TimelineEntryForm
            incidentKey={incidentKey}
            onAdded={(entry) => set(inTimeOrder([...resource.value, entry]))}
          />
        </>
      )}
    </section>
  );
}
