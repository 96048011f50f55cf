import type { PostmortemChecklist } from '@aftermath/core';

/** The checklist as text: score, one line per item with why, the fix under failures, the gates. */
export function formatChecklist(checklist: PostmortemChecklist): string {
  const lines = [
    `${checklist.incidentKey}: quality score ${checklist.score}/100 (${checklist.passed} of ${checklist.total} items pass)`,
    '',
  ];
  for (const item of checklist.items) {
    lines.push(`${item.passed ? 'pass' : 'FAIL'}  ${item.id.padEnd(27)} ${item.why}`);
    if (!item.passed) lines.push(`${' '.repeat(34)}fix: ${item.fix}`);
  }
  lines.push('');
  for (const [to, gate] of Object.entries(checklist.gates)) {
    const state =
      gate.required.length === 0
        ? 'nothing required'
        : gate.missing.length === 0
          ? 'ready'
          : `missing ${gate.missing.join(', ')}`;
    lines.push(`before ${to}: ${state}`);
  }
  return lines.join('\n');
}
