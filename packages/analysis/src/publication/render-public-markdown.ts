import { milestoneNames } from '@aftermath/domain';
import type { PublicDocument } from './public-document';

/** Escapes a table cell: pipes and line breaks would end the cell or the row. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * The public document as plain Markdown for readers outside the team: title, facts, impact,
 * the public sections, the published timeline (UTC) and the follow-up actions. Ends with a newline.
 *
 * @example
 * renderPublicMarkdown(buildPublicVersion(doc, settings, { names }).document);
 * // '# INC-7: Checkout errors\n\n- Severity: SEV2\n…'
 */
export function renderPublicMarkdown(doc: PublicDocument): string {
  const out: string[] = [`# ${doc.key}: ${doc.title}`, ''];
  out.push(`- Severity: ${doc.severity}`, `- Type: ${doc.type}`);
  if (doc.services.length > 0) out.push(`- Services: ${doc.services.join(', ')}`);
  for (const name of milestoneNames) {
    const at = doc.milestones[name];
    if (at !== null) out.push(`- ${name}: ${at}`);
  }
  out.push('');
  const impact = doc.customerImpact;
  if (impact.description.trim() !== '' || impact.usersAffected !== null) {
    out.push('## Customer impact', '');
    if (impact.description.trim() !== '') out.push(impact.description.trim(), '');
    if (impact.usersAffected !== null) out.push(`Users affected: ${impact.usersAffected}`, '');
    if (impact.requestsAffected !== null)
      out.push(`Requests affected: ${impact.requestsAffected}`, '');
  }
  for (const section of doc.sections) out.push(`## ${section.title}`, '', section.text.trim(), '');
  if (doc.timeline.length > 0) {
    out.push('## Timeline (UTC)', '', '| Time | Event |', '|---|---|');
    for (const entry of doc.timeline) out.push(`| ${entry.at} | ${cell(entry.title)} |`);
    out.push('');
  }
  if (doc.actions.length > 0) {
    out.push('## Follow-up actions', '', '| Action | Type | Status |', '|---|---|---|');
    for (const action of doc.actions) {
      out.push(`| ${cell(action.title)} | ${action.type} | ${action.status.replace('_', ' ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
