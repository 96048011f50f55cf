import type { ReviewState } from '@aftermath/core';

/** The review in plain words: owner, approvals n of m, each request and verdict, what is missing. */
export function formatReviewState(state: ReviewState): string {
  const lines = [
    `${state.incidentKey}: ${state.status}, owner ${state.owner ?? '(none)'}, approvals ${state.approvals} of ${state.required}`,
  ];
  for (const warning of state.warnings) lines.push(`  warning: ${warning.message}`);
  for (const request of state.requests) {
    const who = request.kind === 'team' ? `team ${request.name}` : request.name;
    const answer = request.answeredBy === null ? '' : ` (${request.answeredBy})`;
    lines.push(`  reviewer ${who}: ${request.state.replace('_', ' ')}${answer}`);
  }
  for (const verdict of state.verdicts) {
    const note = verdict.note === '' ? '' : `: ${verdict.note}`;
    const stale = verdict.stale ? ' [stale: given on an older version]' : '';
    lines.push(
      `  ${verdict.reviewer} ${verdict.decision.replace('_', ' ')} v${verdict.postmortemVersion}${stale}${note}`,
    );
  }
  lines.push(
    state.ready ? '  ready to approve' : `  not ready to approve: ${state.missing.join('; ')}`,
  );
  return lines.join('\n');
}
