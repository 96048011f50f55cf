import type { Milestones } from '@aftermath/domain';

/** A span between two milestones, as shown next to the milestone editor. */
export interface MilestoneSpan {
  label: string;
  /** What the span measures, for the tooltip and screen readers. */
  description: string;
  from: keyof Milestones;
  to: keyof Milestones;
}

/** The spans a responder looks at: time to detect, acknowledge, mitigate and resolve. */
export const milestoneSpans: MilestoneSpan[] = [
  {
    label: 'Time to detect',
    description: 'impact started → detected',
    from: 'impactStartedAt',
    to: 'detectedAt',
  },
  {
    label: 'Time to acknowledge',
    description: 'detected → acknowledged',
    from: 'detectedAt',
    to: 'acknowledgedAt',
  },
  {
    label: 'Time to mitigate',
    description: 'impact started → mitigated',
    from: 'impactStartedAt',
    to: 'mitigatedAt',
  },
  {
    label: 'Time to resolve',
    description: 'impact started → resolved',
    from: 'impactStartedAt',
    to: 'resolvedAt',
  },
];

/** The span in seconds, or null when either end is not set. */
export function spanSeconds(milestones: Milestones, span: MilestoneSpan): number | null {
  const from = milestones[span.from];
  const to = milestones[span.to];
  if (from === null || to === null) return null;
  return (new Date(to).getTime() - new Date(from).getTime()) / 1000;
}
