import type { TimelineEntry } from '@aftermath/domain';
import { useEffect, type DragEvent } from 'react';
import { api } from '../../../../api/client';
import { useResource } from '../../../../api/use-resource';
import { formatDateTime } from '../../../../lib/datetime';
import { LoadFailed, Loading } from '../../../../ui/states';
import { citationDragType, formatCitation } from './citation';
import './cite.css';

function startDrag(event: DragEvent, citation: string) {
  // Plain text lets the browser drop it where the pointer is in any textarea.
  event.dataTransfer.setData('text/plain', citation);
  event.dataTransfer.setData(citationDragType, citation);
  event.dataTransfer.effectAllowed = 'copy';
}

function EntryItem(props: {
  entry: TimelineEntry;
  position: number;
  targetTitle: string;
  onCite: (citation: string) => void;
}) {
  const { entry, position } = props;
  const ref = `T${position + 1}`;
  const citation = formatCitation(position, entry.id);
  return (
    <li className="cite-entry" draggable onDragStart={(event) => startDrag(event, citation)}>
      <span className="cite-ref mono">{ref}</span>
      <span className="cite-text">
        <time dateTime={entry.at} className="muted small">
          {formatDateTime(entry.at)}
        </time>{' '}
        {entry.title}
      </span>
      <button
        type="button"
        className="small"
        aria-label={`Cite ${ref} "${entry.title}" at the cursor in ${props.targetTitle}`}
        onClick={() => props.onCite(citation)}
      >
        Cite
      </button>
    </li>
  );
}

/**
 * The incident's timeline beside the postmortem text: drag an entry into a section to cite it
 * where it is dropped, or press its Cite button to put the citation at the cursor of the section
 * last edited (`targetTitle`). Read again after each save (`version`).
 */
export function CitationTimeline(props: {
  incidentKey: string;
  version: number;
  targetTitle: string;
  onCite: (citation: string) => void;
}) {
  const { incidentKey } = props;
  const { resource, reload, retry } = useResource(`cite:${incidentKey}`, async () => {
    const { data } = await api.call('listTimeline', { params: { key: incidentKey } });
    return data.items;
  });
  useEffect(() => {
    void reload();
  }, [props.version, reload]);
  return (
    <aside id="pm-cite-timeline" className="cite-timeline" aria-labelledby="cite-timeline-title">
      <div className="cite-header">
        <h3 id="cite-timeline-title">Timeline</h3>
        <button type="button" className="link-button small" onClick={() => void reload()}>
          Refresh
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        Drag an entry into the text, or press Cite to put it at the cursor in{' '}
        <strong>{props.targetTitle}</strong>.
      </p>
      {resource.state === 'loading' && <Loading what="the timeline" />}
      {resource.state === 'failed' && (
        <LoadFailed what="the timeline" error={resource.error} onRetry={retry} />
      )}
      {resource.state === 'ready' && resource.value.length === 0 && (
        <p className="empty-inline small">No timeline entries to cite yet.</p>
      )}
      {resource.state === 'ready' && resource.value.length > 0 && (
        <ol className="cite-entries">
          {resource.value.map((entry, position) => (
            <EntryItem
              key={entry.id}
              entry={entry}
              position={position}
              targetTitle={props.targetTitle}
              onCite={props.onCite}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
