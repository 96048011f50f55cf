import {
  mapLinearStateType,
  TrackerError,
  type RemoteIssue,
  type TrackerAccess,
} from '@aftermath/core';
import { callTracker, requireField } from './tracker-http';

// Linear GraphQL (https://developers.linear.app/docs/graphql/working-with-the-graphql-api):
//   POST {base}/graphql  { query, variables }  with  Authorization: <API key>
//   mutation issueCreate(input: { teamId, title, description }) { success issue { … } }
//   query issue(id: <uuid or identifier>) { id identifier url state { name type } }
// GraphQL errors come back in `errors` (often with HTTP 200 or 400): extensions.code
// RATELIMITED is retried; AUTHENTICATION_ERROR and "Entity not found" are not.

const issueFields = 'id identifier url state { name type }';
const createMutation = `mutation IssueCreate($input: IssueCreateInput!) {
  issueCreate(input: $input) { success issue { ${issueFields} } } }`;
const readQuery = `query Issue($id: String!) { issue(id: $id) { ${issueFields} } }`;

interface LinearIssue {
  id?: string;
  identifier?: string;
  url?: string;
  state?: { name?: string; type?: string };
}
interface GraphqlError {
  message?: string;
  extensions?: { code?: string; type?: string };
}

function toIssue(issue: LinearIssue): RemoteIssue {
  return {
    ref: requireField('Linear', issue.identifier, 'identifier'),
    remoteId: requireField('Linear', issue.id, 'id'),
    url: requireField('Linear', issue.url, 'url'),
    state: mapLinearStateType(issue.state?.type ?? null),
    status: issue.state?.name ?? 'unknown',
  };
}

function graphqlFailure(errors: GraphqlError[]): TrackerError {
  const message = errors.map((e) => e.message ?? 'error').join('; ');
  const codes = errors.map((e) => (e.extensions?.code ?? e.extensions?.type ?? '').toUpperCase());
  if (codes.includes('RATELIMITED')) {
    return new TrackerError(`Linear rate limit: ${message}`, { status: 429, retryable: true });
  }
  if (codes.some((code) => code.includes('AUTHENTICATION'))) {
    return new TrackerError(`Linear refused the API key: ${message}`, {
      status: 401,
      retryable: false,
    });
  }
  const notFound = /not found/i.test(message);
  return new TrackerError(`Linear: ${message}`, { status: notFound ? 404 : 400, retryable: false });
}

async function callLinear(access: TrackerAccess, query: string, variables: unknown) {
  let answer: unknown;
  try {
    answer = await callTracker({
      tracker: 'Linear',
      method: 'POST',
      url: `${access.baseUrl}/graphql`,
      headers: { authorization: access.token },
      body: { query, variables },
    });
  } catch (error) {
    // Linear answers GraphQL errors with HTTP 400 too; its `errors` say more than the status.
    const errors = (error as TrackerError).body as { errors?: unknown } | undefined;
    const usable = error instanceof TrackerError && error.status !== 429;
    throw usable && Array.isArray(errors?.errors)
      ? graphqlFailure(errors.errors as GraphqlError[])
      : error;
  }
  const result = (answer ?? {}) as { data?: Record<string, unknown>; errors?: GraphqlError[] };
  if (result.errors !== undefined && result.errors.length > 0) throw graphqlFailure(result.errors);
  return result.data ?? {};
}

/** Files an issue in the configured team (`project` is the team id). */
export async function createLinearIssue(
  access: TrackerAccess,
  issue: { title: string; description: string },
): Promise<RemoteIssue> {
  const data = await callLinear(access, createMutation, {
    input: { teamId: access.project, title: issue.title, description: issue.description },
  });
  const created = data.issueCreate as { success?: boolean; issue?: LinearIssue } | undefined;
  if (created?.success !== true || created.issue === undefined) {
    throw new TrackerError('Linear did not create the issue (success: false)', {
      status: 200,
      retryable: true,
    });
  }
  return toIssue(created.issue);
}

/** Reads one issue by identifier (`ENG-12`) or id. */
export async function readLinearIssue(access: TrackerAccess, ref: string): Promise<RemoteIssue> {
  const data = await callLinear(access, readQuery, { id: ref.trim() });
  const issue = data.issue as LinearIssue | null | undefined;
  if (issue === null || issue === undefined) {
    throw new TrackerError(`Linear has no issue ${ref}`, { status: 404, retryable: false });
  }
  return toIssue(issue);
}
