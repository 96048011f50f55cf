import { formatDateTime, formatDuration } from '../../../lib/datetime';
import { entryAnchor, type TimelineViewData } from './timeline-view-types';

/** Deploys and changes before impact start, ranked, each with why it is a suspect. */
export function SuspectChanges({ view }: { view: TimelineViewData }) {
  return (
    <section aria-labelledby="suspects-title">
      <h3 id="suspects-title">Suspect changes</h3>
      {view.suspects.length === 0 ? (
        <p className="muted">No deploys or changes found before impact start.</p>
      ) : (
        <ol className="suspect-list">
          {view.suspects.map((suspect) => (
            <li key={suspect.entryId}>
              <a href={`#${entryAnchor(suspect.entryId)}`}>{suspect.title}</a>{' '}
              <span className="muted small">
                {suspect.category} · {formatDateTime(suspect.at)} · score {suspect.score.toFixed(2)}
              </span>
              <ul className="reasons">
                {suspect.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Sources that reported steadily and went silent inside the incident window. */
export function TelemetryGaps({ view }: { view: TimelineViewData }) {
  return (
    <section aria-labelledby="gaps-title">
      <h3 id="gaps-title">Telemetry gaps</h3>
      {view.gaps.length === 0 ? (
        <p className="muted">No steady source went silent during the incident.</p>
      ) : (
        <ul className="gap-list">
          {view.gaps.map((gap) => (
            <li key={`${gap.source}:${gap.service ?? ''}:${gap.lastSeenAt}`}>
              <strong>{gap.source}</strong>
              {gap.service && ` (${gap.service})`}: silent for {formatDuration(gap.silentSeconds)}{' '}
              after {formatDateTime(gap.lastSeenAt)}
              {gap.resumedAt ? `, resumed ${formatDateTime(gap.resumedAt)}` : ', never resumed'}
              <span className="muted small"> — {gap.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
