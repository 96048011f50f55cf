import { systemPrincipal, type ActionItem } from '@aftermath/domain';
import type { Context } from '../context';
import { redactWorkspaceText } from '../text-checks/check-text';
import type { NewIssue } from './tracker.ports';

/**
 * The issue filed for an action: its title, and a description with the incident, type, priority,
 * owner, due date, verification criteria and links. Every text passes the workspace's redaction,
 * as notifications do, since trackers are outside Aftermath's access rules.
 */
export async function renderActionIssue(ctx: Context, action: ActionItem): Promise<NewIssue> {
  const lines = [
    `Follow-up action of incident ${action.incidentKey}, filed by Aftermath.`,
    '',
    `Type: ${action.type}`,
    `Priority: ${action.priority}`,
    `Owner: ${action.owner ?? 'unassigned'}`,
    `Due: ${action.dueDate ?? 'no due date'}`,
  ];
  if (action.verificationCriteria.trim() !== '') {
    lines.push('', 'How we will know it worked:', action.verificationCriteria.trim());
  }
  if (action.links.length > 0) lines.push('', 'Links:', ...action.links);
  const redact = async (text: string) =>
    (await redactWorkspaceText(ctx, systemPrincipal, text)).text;
  return { title: await redact(action.title), description: await redact(lines.join('\n')) };
}
