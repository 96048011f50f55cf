import {
  mapGithubState,
  TrackerError,
  type RemoteIssue,
  type TrackerAccess,
} from '@aftermath/core';
import { callTracker, requireField } from './tracker-http';

// GitHub REST (https://docs.github.com/rest/issues/issues):
//   POST {base}/repos/{owner}/{repo}/issues  { title, body }  → 201 { number, html_url, state }
//   GET  {base}/repos/{owner}/{repo}/issues/{number}          → 200 { number, html_url, state }
// Authorization: Bearer <token>; Accept: application/vnd.github+json; X-GitHub-Api-Version.

interface GithubIssue {
  number?: number;
  html_url?: string;
  state?: string;
}

function headers(access: TrackerAccess): Record<string, string> {
  return {
    authorization: `Bearer ${access.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'Aftermath',
  };
}

function toIssue(access: TrackerAccess, answer: unknown): RemoteIssue {
  const issue = (answer ?? {}) as GithubIssue;
  const number = requireField('GitHub', issue.number, 'number');
  return {
    ref: `${access.project}#${number}`,
    remoteId: String(number),
    url: requireField('GitHub', issue.html_url, 'html_url'),
    state: mapGithubState(issue.state ?? null),
    status: issue.state ?? 'unknown',
  };
}

/** `12`, `#12` or `owner/repo#12` (of the configured repository) as the issue number. */
function issueNumber(access: TrackerAccess, ref: string): string {
  const match = /^(?:([\w.-]+\/[\w.-]+))?#?(\d+)$/.exec(ref.trim());
  if (match?.[2] === undefined || (match[1] !== undefined && match[1] !== access.project)) {
    throw new TrackerError(
      `GitHub issue reference "${ref}": expected 12, #12 or ${access.project}#12`,
      {
        status: 400,
        retryable: false,
      },
    );
  }
  return match[2];
}

/** Files an issue in the configured repository. */
export async function createGithubIssue(
  access: TrackerAccess,
  issue: { title: string; description: string },
): Promise<RemoteIssue> {
  const answer = await callTracker({
    tracker: 'GitHub',
    method: 'POST',
    url: `${access.baseUrl}/repos/${access.project}/issues`,
    headers: headers(access),
    body: { title: issue.title, body: issue.description },
  });
  return toIssue(access, answer);
}

/** Reads one issue of the configured repository. */
export async function readGithubIssue(access: TrackerAccess, ref: string): Promise<RemoteIssue> {
  const answer = await callTracker({
    tracker: 'GitHub',
    method: 'GET',
    url: `${access.baseUrl}/repos/${access.project}/issues/${issueNumber(access, ref)}`,
    headers: headers(access),
  });
  return toIssue(access, answer);
}
