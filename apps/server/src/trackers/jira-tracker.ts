import {
  mapJiraCategory,
  TrackerError,
  type RemoteIssue,
  type TrackerAccess,
} from '@aftermath/core';
import { callTracker, requireField } from './tracker-http';

// Jira Cloud REST v3 (https://developer.atlassian.com/cloud/jira/platform/rest/v3/):
//   POST {base}/rest/api/3/issue  { fields: { project: { key }, issuetype: { name }, summary,
//        description: <Atlassian Document Format> } }            → 201 { id, key, self }
//   GET  {base}/rest/api/3/issue/{idOrKey}?fields=status           → 200 { id, key, fields:
//        { status: { name, statusCategory: { key: new | indeterminate | done } } } }
// Authorization: Basic base64(<account e-mail>:<API token>). Errors: { errorMessages, errors }.

interface JiraIssue {
  id?: string;
  key?: string;
  fields?: { status?: { name?: string; statusCategory?: { key?: string } } };
}

function headers(access: TrackerAccess): Record<string, string> {
  const basic = Buffer.from(`${access.user ?? ''}:${access.token}`).toString('base64');
  return { authorization: `Basic ${basic}` };
}

/**
 * Plain text as an Atlassian Document Format document: one paragraph per block of lines, line
 * breaks as hardBreak nodes (ADF allows no empty text nodes, so blank lines only split blocks).
 */
export function toAdf(text: string): Record<string, unknown> {
  const blocks = text.split(/\n\s*\n/).map((block) => block.split('\n').filter((l) => l !== ''));
  const content = blocks
    .filter((lines) => lines.length > 0)
    .map((lines) => ({
      type: 'paragraph',
      content: lines.flatMap((line, index) => [
        ...(index === 0 ? [] : [{ type: 'hardBreak' }]),
        { type: 'text', text: line },
      ]),
    }));
  return { type: 'doc', version: 1, content };
}

function toIssue(access: TrackerAccess, issue: JiraIssue): RemoteIssue {
  const key = requireField('Jira', issue.key, 'key');
  const status = issue.fields?.status;
  return {
    ref: key,
    remoteId: requireField('Jira', issue.id, 'id'),
    url: `${access.baseUrl}/browse/${key}`,
    state: status === undefined ? 'open' : mapJiraCategory(status.statusCategory?.key ?? null),
    status: status?.name ?? 'created',
  };
}

/** Files an issue of the configured type (`Task` by default) in the configured project. */
export async function createJiraIssue(
  access: TrackerAccess,
  issue: { title: string; description: string },
): Promise<RemoteIssue> {
  const answer = await callTracker({
    tracker: 'Jira',
    method: 'POST',
    url: `${access.baseUrl}/rest/api/3/issue`,
    headers: headers(access),
    body: {
      fields: {
        project: { key: access.project },
        issuetype: { name: access.issueType ?? 'Task' },
        summary: issue.title,
        description: toAdf(issue.description),
      },
    },
  });
  return toIssue(access, answer ?? {});
}

/** Reads one issue's status by key (`OPS-4`) or id. */
export async function readJiraIssue(access: TrackerAccess, ref: string): Promise<RemoteIssue> {
  if (!/^([A-Z][A-Z0-9_]*-\d+|\d+)$/.test(ref.trim())) {
    throw new TrackerError(`Jira issue reference "${ref}": expected a key like OPS-4`, {
      status: 400,
      retryable: false,
    });
  }
  const answer = await callTracker({
    tracker: 'Jira',
    method: 'GET',
    url: `${access.baseUrl}/rest/api/3/issue/${encodeURIComponent(ref.trim())}?fields=status`,
    headers: headers(access),
  });
  return toIssue(access, answer ?? {});
}
