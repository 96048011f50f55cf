import type { Milestones, TimelineEntry } from '@aftermath/domain';
import type { MilestoneDecisionStatuses } from './milestone-decisions';
import type { ProposedMilestones } from './propose-milestones';
import type { SuspectChange } from './suspect-changes';
import type { TelemetryGap } from './telemetry-gaps';

/**
 * Everything `aftermath timeline KEY` shows, and the JSON it prints with `--json`
 * (`{"entries":[…],"milestones":{"recorded","proposed","decisions"},"suspects":[…],"gaps":[…]}`):
 * the entries in time order, the milestones as recorded on the incident next to those proposed
 * from evidence and whether a person accepted or overrode each, the suspect changes ranked, and
 * the telemetry gaps. All times are UTC ISO strings.
 *
 * @example
 * const view: TimelineView = {
 *   entries,
 *   milestones: {
 *     recorded: incident.milestones,
 *     proposed: proposeMilestones(entries),
 *     decisions: describeMilestoneDecisions(incident.milestones, storedDecisions),
 *   },
 *   suspects: findSuspectChanges(entries, { impactStartedAt, services: incident.services }),
 *   gaps: findTelemetryGaps(entries, { from: impactStartedAt, to: resolvedAt ?? now }),
 * };
 */
export interface TimelineView {
  entries: TimelineEntry[];
  milestones: {
    recorded: Milestones;
    proposed: ProposedMilestones;
    decisions: MilestoneDecisionStatuses;
  };
  suspects: SuspectChange[];
  gaps: TelemetryGap[];
}
