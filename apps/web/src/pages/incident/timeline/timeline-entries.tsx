import type { TimelineEntry } from '@aftermath/domain';
import { useState } from 'react';
import { formatDateTime, formatDay, formatTime, localDayKey } from '../../../lib/datetime';
import { milestoneLabels } from '../../../lib/labels';
import { Link } from '../../../router/router';
import { paths } from '../../../router/routes';
import { EntryEditor } from './entry-editor';
import { KindBadge, SourceBadge } from './entry-badges';
import { entryAnchor, readLogBurst, type EntryMarks } from './timeline-view-types';

function groupByDay(entries: TimelineEntry[]): [string, TimelineEntry[]][] {
  const days = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const day = localDayKey(entry.at);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()];
}

function EvidenceLink({ entry }: { entry: TimelineEntry }) {
  const ref = entry.evidence;
  if (ref === null) return null;
  const where =
    ref.line !== null ? `line ${ref.line}` : ref.jsonPointer !== null ? ref.jsonPointer : 'start';
  return (
    <Link
      className="evidence-link"
      to={paths.evidence(entry.incidentKey, ref.evidenceId, ref)}
      aria-label={`Evidence for "${entry.title}" (${where})`}
    >
      Evidence ({where})
    </Link>
  );
}

function Marks({ marks }: { marks: EntryMarks | undefined }) {
  if (!marks) return null;
  return (
    <span className="entry-marks">
      {marks.sets.map((name) => (
        <span key={`set-${name}`} className="badge milestone-mark is-set">
          🏁 sets {milestoneLabels[name]}
        </span>
      ))}
      {marks.proposes
        .filter((name) => !marks.sets.includes(name))
        .map((name) => (
          <span key={`proposes-${name}`} className="badge milestone-mark">
            proposes {milestoneLabels[name]}
          </span>
        ))}
      {marks.suspectRank !== null && (
        <span className="badge suspect-mark">suspect #{marks.suspectRank}</span>
      )}
    </span>
  );
}

function EntryRow(props: {
  entry: TimelineEntry;
  marks: EntryMarks | undefined;
  onChanged: () => unknown;
}) {
  const { entry, marks } = props;
  const [editing, setEditing] = useState(false);
  const burst = readLogBurst(entry);
  return (
    <li id={entryAnchor(entry.id)} className={`timeline-entry kind-${entry.kind}`} tabIndex={-1}>
      <time dateTime={entry.at} className="timeline-time mono">
        {formatTime(entry.at)}
        {entry.zoneAssumed && (
          <span
            className="badge zone-assumed"
            title="The source gave no time zone; the workspace default was assumed"
          >
            zone assumed
          </span>
        )}
      </time>
      <div className="timeline-body">
        <p className="timeline-title">
          <KindBadge kind={entry.kind} /> <SourceBadge source={entry.source} /> {entry.title}{' '}
          <Marks marks={marks} />
        </p>
        {burst ? (
          <p className="timeline-text log-burst">
            {burst.count.toLocaleString()} lines, first {formatDateTime(burst.first)}, last{' '}
            {formatDateTime(burst.last)}
          </p>
        ) : (
          entry.body !== '' && <p className="timeline-text">{entry.body}</p>
        )}
        <p className="muted small">
          {entry.service && `${entry.service} · `}
          {entry.author && `by ${entry.author} · `}
          <EvidenceLink entry={entry} />
          {entry.evidence === null && !editing && (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> entry {entry.title}</span>
            </button>
          )}
        </p>
        {editing && (
          <EntryEditor
            entry={entry}
            incidentKey={entry.incidentKey}
            onDone={async () => {
              setEditing(false);
              await props.onChanged();
            }}
            onReload={props.onChanged}
          />
        )}
      </div>
    </li>
  );
}

/** Entries in time order by local day, with kind, source, marks and a link to their evidence. */
export function TimelineEntries({
  entries,
  marks,
  onChanged,
}: {
  entries: TimelineEntry[];
  marks: Map<string, EntryMarks>;
  onChanged: () => unknown;
}) {
  return (
    <div className="timeline">
      {groupByDay(entries).map(([day, items]) => (
        <div key={day}>
          <h3 className="timeline-day">{formatDay(items[0]?.at ?? day)}</h3>
          <ol className="timeline-list">
            {items.map((entry) => (
              <EntryRow
                key={entry.id}
                entry={entry}
                marks={marks.get(entry.id)}
                onChanged={onChanged}
              />
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
