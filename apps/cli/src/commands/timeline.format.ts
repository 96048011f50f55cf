import type { TimelineView } from '@aftermath/core';
import { milestoneNames, type MilestoneName, type TimelineEntry } from '@aftermath/domain';

const milestoneLabels: Record<MilestoneName, string> = {
  impactStartedAt: 'impact started',
  detectedAt: 'detected',
  acknowledgedAt: 'acknowledged',
  mitigatedAt: 'mitigated',
  resolvedAt: 'resolved',
  closedAt: 'closed',
};

/** `2026-03-01 11:52:00Z`; with `*` when the source gave no zone and the default was assumed. */
function formatTime(at: string, zoneAssumed = false): string {
  const shown = `${at.slice(0, 10)} ${at.slice(11, 19)}Z`;
  return zoneAssumed ? `${shown}*` : shown;
}

function formatMilestones(view: TimelineView): string[] {
  return milestoneNames.map((name) => {
    const recorded = view.milestones.recorded[name];
    const proposal = name === 'closedAt' ? null : view.milestones.proposed[name];
    const suggested =
      proposal === null ? '' : `  proposed ${formatTime(proposal.at)}: ${proposal.reason}`;
    const shown = recorded === null ? '—'.padEnd(20) : formatTime(recorded);
    const status = name === 'closedAt' ? null : view.milestones.decisions[name];
    const decided =
      status?.state === 'accepted' || status?.state === 'overridden'
        ? ` (${status.state}${status.decision?.decidedBy ? ` by ${status.decision.decidedBy}` : ''})`
        : '';
    return `  ${milestoneLabels[name].padEnd(15)} ${shown}${decided}${suggested}`;
  });
}

function formatSuspects(view: TimelineView): string[] {
  if (view.suspects.length === 0) return ['  (none before impact start)'];
  return view.suspects.map(
    (suspect, index) =>
      `  ${index + 1}. ${suspect.score.toFixed(3)} ${formatTime(suspect.at)} ${suspect.title} — ` +
      suspect.reasons.join('; '),
  );
}

function formatGaps(view: TimelineView): string[] {
  if (view.gaps.length === 0) return ['  (no steady source went silent)'];
  return view.gaps.map(
    (gap) => `  ${gap.source}${gap.service ? ` (${gap.service})` : ''}: ${gap.reason}`,
  );
}

function formatEntry(entry: TimelineEntry): string {
  const time = formatTime(entry.at, entry.zoneAssumed).padEnd(21);
  return `  ${time} ${entry.kind.padEnd(9)} ${(entry.service ?? '-').padEnd(16)} ${entry.title}`;
}

/** The timeline as text: milestones (recorded, proposed), suspects, gaps, then the entries. */
export function formatTimelineText(view: TimelineView): string {
  const lines = [
    'Milestones (recorded, and proposed from evidence):',
    ...formatMilestones(view),
    '',
    'Suspect changes (most likely first):',
    ...formatSuspects(view),
    '',
    'Telemetry gaps:',
    ...formatGaps(view),
    '',
    `Timeline (${view.entries.length} entries, UTC):`,
    ...(view.entries.length > 0 ? view.entries.map(formatEntry) : ['  (empty)']),
  ];
  if (view.entries.some((entry) => entry.zoneAssumed)) {
    lines.push('', '* no time zone in the source: the default zone was assumed');
  }
  return lines.join('\n');
}
