import { describeCriteria, type VerificationCheckReport } from '@aftermath/core';
import type { ActionVerification } from '@aftermath/domain';

/** An action's verification as text: criteria, state, detail, evidence and sign-off. */
export function formatVerification(verification: ActionVerification): string {
  const lines = [
    `criteria: ${describeCriteria(verification.criteria)}`,
    `state:    ${verification.state}${verification.since === null ? '' : ` (since ${verification.since})`}`,
    `detail:   ${verification.detail}`,
  ];
  for (const item of verification.evidence) {
    const where = item.incidentKey === null ? '' : ` [${item.incidentKey}]`;
    lines.push(`evidence: ${item.at} ${item.summary}${where}`);
  }
  if (verification.signOff !== null) {
    const { by, at, note } = verification.signOff;
    lines.push(`signed off by ${by} at ${at}: ${note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What a verification check did, as one line. */
export function formatCheckReport(report: VerificationCheckReport): string {
  return `checked ${report.checked}; verified ${report.verified.length}${report.verified.map((id) => ` ${id}`).join('')}; reopened ${report.reopened.length}${report.reopened.map((id) => ` ${id}`).join('')}\n`;
}
