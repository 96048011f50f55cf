import type { JointPostmortem } from '@aftermath/domain';

/** The joint postmortem in plain words: what covers the incident, or what it covers. */
export function formatJointPostmortem(key: string, joint: JointPostmortem): string {
  if (joint.coveredByHidden) return `${key}: covered by a restricted joint postmortem`;
  if (joint.coveredBy !== null) {
    return `${key}: covered by the joint postmortem of ${joint.coveredBy}`;
  }
  if (joint.items.length === 0) return `${key}: no linked incidents`;
  const lines = [`${joint.primary}: joint postmortem covering ${joint.items.length} incident(s)`];
  for (const item of joint.items) {
    lines.push(`  ${item.key}  ${item.severity}  ${item.status}  ${item.title}`);
  }
  lines.push(`  reviewing teams: ${joint.teams.join(', ') || '(none)'}`);
  return lines.join('\n');
}
