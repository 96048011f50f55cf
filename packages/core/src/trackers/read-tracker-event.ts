import type { IssueState, TrackerKind } from '@aftermath/domain';

/** What a tracker's webhook says about one issue. */
export interface IssueEvent {
  ref: string;
  state: IssueState;
  status: string;
  url: string | null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Jira's status categories: `new`, `indeterminate`, `done`. */
export function mapJiraCategory(key: string | null): IssueState {
  if (key === 'new') return 'open';
  if (key === 'indeterminate') return 'in_progress';
  if (key === 'done') return 'done';
  return 'unknown';
}

/** Linear's workflow state types. */
export function mapLinearStateType(type: string | null): IssueState {
  if (type === 'backlog' || type === 'unstarted' || type === 'triage') return 'open';
  if (type === 'started') return 'in_progress';
  if (type === 'completed' || type === 'canceled') return 'done';
  return 'unknown';
}

/** GitHub issues are `open` or `closed` (for any reason). */
export function mapGithubState(state: string | null): IssueState {
  if (state === 'open') return 'open';
  if (state === 'closed') return 'done';
  return 'unknown';
}

// GitHub `issues` event: { action, issue: { number, state, html_url }, repository: { full_name } }.
function readGithub(body: Json): IssueEvent | null {
  const issue = body.issue;
  const repo = body.repository;
  if (!isObject(issue) || !isObject(repo) || typeof issue.number !== 'number') return null;
  const state = text(issue.state);
  return {
    ref: `${text(repo.full_name) ?? ''}#${issue.number}`,
    state: mapGithubState(state),
    status: state ?? 'unknown',
    url: text(issue.html_url),
  };
}

// Jira issue webhook: { webhookEvent, issue: { key, fields: { status: { name, statusCategory } } } }.
function readJira(body: Json): IssueEvent | null {
  const issue = body.issue;
  if (!isObject(issue) || text(issue.key) === null) return null;
  const fields = isObject(issue.fields) ? issue.fields : {};
  const status = isObject(fields.status) ? fields.status : {};
  const category = isObject(status.statusCategory) ? text(status.statusCategory.key) : null;
  return {
    ref: text(issue.key) ?? '',
    state: mapJiraCategory(category),
    status: text(status.name) ?? 'unknown',
    url: null,
  };
}

// Linear webhook: { action, type: 'Issue', data: { identifier, url, state: { name, type } } }.
function readLinear(body: Json): IssueEvent | null {
  const data = body.data;
  if (body.type !== 'Issue' || !isObject(data) || text(data.identifier) === null) return null;
  const state = isObject(data.state) ? data.state : {};
  return {
    ref: text(data.identifier) ?? '',
    state: mapLinearStateType(text(state.type)),
    status: text(state.name) ?? 'unknown',
    url: text(data.url),
  };
}

/**
 * The issue a tracker's webhook body is about, or null when the body is about something else
 * (a comment, a project): those are acknowledged and ignored.
 *
 * @example readTrackerEvent('jira', { issue: { key: 'OPS-4', fields: { status: { name: 'Done',
 *   statusCategory: { key: 'done' } } } } }) // { ref: 'OPS-4', state: 'done', … }
 */
export function readTrackerEvent(kind: TrackerKind, body: unknown): IssueEvent | null {
  if (!isObject(body)) return null;
  switch (kind) {
    case 'github':
      return readGithub(body);
    case 'jira':
      return readJira(body);
    case 'linear':
      return readLinear(body);
  }
}
