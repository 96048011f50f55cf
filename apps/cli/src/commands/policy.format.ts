import type { PolicyCheck } from '@aftermath/core';

const requirementWords = {
  full: 'a full postmortem is required',
  lightweight: 'a lightweight note is enough',
  none: 'no postmortem is required',
} as const;

/** The policy's decision as a few plain lines: verdict, reasons, tracks, deadlines. */
export function formatPolicyCheck(check: PolicyCheck): string {
  const lines = [`${check.incidentKey}: ${requirementWords[check.requirement]}.`, '', 'Why:'];
  for (const reason of check.reasons) lines.push(`  - ${reason}`);
  if (check.tracks.length > 0) {
    const tracks = check.tracks.map((t) => (t.restricted ? `${t.id} (restricted)` : t.id));
    lines.push('', `Tracks: ${tracks.join(', ')}`);
  }
  const { occurrences, windowDays, keys } = check.recurrence;
  const others = keys.length > 0 ? ` (with ${keys.join(', ')})` : '';
  lines.push(`Occurrences in ${windowDays} days: ${occurrences}${others}`);
  if (check.deadlineStates.length > 0) {
    lines.push('', 'Deadlines:');
    for (const deadline of check.deadlineStates) {
      lines.push(`  ${deadline.kind.padEnd(5)} ${deadline.due}  ${deadline.state}`);
    }
  }
  return lines.join('\n');
}
