import type { Milestones } from '@aftermath/domain';
import { formatDuration } from '../../../lib/datetime';
import { milestoneSpans, spanSeconds } from '../../../lib/spans';

/** Time to detect / acknowledge / mitigate / resolve, from the milestones as shown (unsaved too). */
export function MilestoneSpans({ milestones }: { milestones: Milestones }) {
  return (
    <dl className="spans">
      {milestoneSpans.map((span) => {
        const seconds = spanSeconds(milestones, span);
        return (
          <div key={span.label} className="span-tile">
            <dt title={span.description}>{span.label}</dt>
            <dd>
              {seconds === null ? (
                <span className="muted">—</span>
              ) : seconds < 0 ? (
                <span className="warning-text">out of order</span>
              ) : (
                formatDuration(seconds)
              )}
            </dd>
            <dd className="muted small">{span.description}</dd>
          </div>
        );
      })}
    </dl>
  );
}
