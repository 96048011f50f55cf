import {
  readNumber,
  readObject,
  readString,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import type { GitHubDelivery } from './github-body';
import {
  mentionsRollback,
  readLogin,
  readRepository,
  readTime,
  shortSha,
  toGitHubEntry,
} from './github-common';

const DEPLOY_WORDS = /deploy|release|rollout|publish|roll[ -_]?back|\bcd\b/i;

/** Which time of the run each action is about. */
const timeFields: Readonly<Record<string, string>> = {
  requested: 'created_at',
  in_progress: 'run_started_at',
  completed: 'updated_at',
};

/**
 * A `workflow_run` event (requested, in_progress, completed). A workflow whose name or file says
 * it deploys or releases is a `deploy` entry; other runs (tests, lint) are `change` entries.
 */
export function readWorkflowRunEvent(
  delivery: GitHubDelivery,
  context: RecordContext,
): RecordResult {
  const { payload, pointer } = delivery;
  const run = readObject(payload, 'workflow_run');
  const id = readString(run, 'id');
  if (!run || id === null) return { pointer, problem: 'workflow_run.id is required' };
  const action = readString(payload, 'action') ?? readString(run, 'status') ?? 'updated';
  const field = timeFields[action] ?? 'updated_at';
  const instant = readTime(run, 'workflow_run', field, context);
  if (typeof instant === 'string') return { pointer, problem: instant };
  const repository = readRepository(payload);
  const name = workflowName(run, readObject(payload, 'workflow'));
  const conclusion = readString(run, 'conclusion');
  const outcome =
    action === 'completed' && conclusion ? `completed: ${conclusion}` : action.replace('_', ' ');
  const number = readNumber(run, 'run_number');
  const deploys = DEPLOY_WORDS.test(`${name} ${readString(run, 'path') ?? ''}`);
  return toGitHubEntry(
    delivery,
    repository,
    {
      instant,
      kind: deploys ? 'deploy' : 'change',
      rollback: conclusion === 'success' && mentionsRollback(name),
      title: `${repository.name} workflow "${name}"${number !== null ? ` run #${number}` : ''} ${outcome} on ${readString(run, 'head_branch') ?? 'a branch'}@${shortSha(readString(run, 'head_sha'))}`,
      body: describeRun(run),
      author: readLogin(
        readObject(run, 'triggering_actor'),
        readObject(run, 'actor'),
        readObject(payload, 'sender'),
      ),
      objectKey: `workflow_run:${id}:${readNumber(run, 'run_attempt') ?? 1}:${action}`,
    },
    context,
  );
}

function workflowName(run: JsonObject, workflow: JsonObject | null): string {
  const path = readString(run, 'path') ?? readString(workflow, 'path');
  return (
    readString(run, 'name') ?? readString(workflow, 'name') ?? path?.split('/').pop() ?? 'workflow'
  );
}

function describeRun(run: JsonObject): Array<string | null> {
  const line = (label: string, value: string | null) => (value ? `${label}: ${value}` : null);
  return [
    readString(run, 'display_title'),
    line('Triggered by', readString(run, 'event')),
    line('Commit', readString(run, 'head_sha')),
    line('Attempt', readString(run, 'run_attempt')),
    line('Run', readString(run, 'html_url')),
  ];
}
