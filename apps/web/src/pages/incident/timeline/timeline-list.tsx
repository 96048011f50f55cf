import type { TimelineEntry } from '@aftermath/domain';
import { formatDay, formatTime, localDayKey } from '../../../lib/datetime';

function groupByDay(entries: TimelineEntry[]): [string, TimelineEntry[]][] {
  const days = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const day = localDayKey(entry.at);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()];
}

/** Timeline entries in time order, grouped by local day. */
export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) {
    return (
      <p className="empty-inline">
        No entries yet. Add what happened, when: the first alert, who was paged, the deploy that
        went out, the fix.
      </p>
    );
  }
  return (
    <div className="timeline">
      {groupByDay(entries).map(([day, items]) => (
        <div key={day}>
          <h3 className="timeline-day">{formatDay(items[0]?.at ?? day)}</h3>
          <ol className="timeline-list">
            {items.map((entry) => (
              <li key={entry.id} className={`timeline-entry kind-${entry.kind}`}>
                <time dateTime={entry.at} className="timeline-time mono">
                  {formatTime(entry.at)}
                  {entry.zoneAssumed && (
                    <span className="muted small" title="The source gave no time zone">
                      {' '}
                      (zone assumed)
                    </span>
                  )}
                </time>
                <div className="timeline-body">
                  <p className="timeline-title">
                    <span className="kind-tag">{entry.kind}</span> {entry.title}
                  </p>
                  {entry.body !== '' && <p className="timeline-text">{entry.body}</p>}
                  <p className="muted small">
                    from {entry.source}
                    {entry.service && ` · ${entry.service}`}
                    {entry.author && ` · by ${entry.author}`}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
