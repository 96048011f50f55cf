import {
  readObject,
  readString,
  type JsonObject,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import type { GitHubDelivery } from './github-body';
import { readLogin, readRepository, readTime, shortSha, toGitHubEntry } from './github-common';

/**
 * A `check_run` event (created, completed, rerequested, requested_action): a `change` entry at
 * the check's completion, or its start while it runs.
 */
export function readCheckRunEvent(delivery: GitHubDelivery, context: RecordContext): RecordResult {
  const { payload, pointer } = delivery;
  const check = readObject(payload, 'check_run');
  const id = readString(check, 'id');
  if (!check || id === null) return { pointer, problem: 'check_run.id is required' };
  const action = readString(payload, 'action') ?? 'updated';
  const status = readString(check, 'status');
  const conclusion = readString(check, 'conclusion');
  const field = status === 'completed' && check.completed_at ? 'completed_at' : 'started_at';
  const instant = readTime(check, 'check_run', field, context);
  if (typeof instant === 'string') return { pointer, problem: instant };
  const repository = readRepository(payload);
  const state = conclusion ? `${status ?? 'completed'}: ${conclusion}` : (status ?? action);
  const name = readString(check, 'name') ?? 'check';
  return toGitHubEntry(
    delivery,
    repository,
    {
      instant,
      kind: 'change',
      rollback: false,
      title: `${repository.name} check "${name}" ${state.replace('_', ' ')} on ${shortSha(readString(check, 'head_sha'))}${action === 'rerequested' ? ' (re-run requested)' : ''}`,
      body: describeCheck(check),
      author: readLogin(readObject(payload, 'sender')),
      objectKey: `check_run:${id}:${action}:${conclusion ?? status ?? 'unknown'}`,
    },
    context,
  );
}

function describeCheck(check: JsonObject): Array<string | null> {
  const output = readObject(check, 'output');
  const line = (label: string, value: string | null) => (value ? `${label}: ${value}` : null);
  return [
    readString(output, 'title'),
    readString(output, 'summary'),
    line('App', readString(readObject(check, 'app'), 'name')),
    line('Branch', readString(readObject(check, 'check_suite'), 'head_branch')),
    line('Commit', readString(check, 'head_sha')),
    line('Details', readString(check, 'details_url') ?? readString(check, 'html_url')),
  ];
}
