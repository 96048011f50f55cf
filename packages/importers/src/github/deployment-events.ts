import {
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

/** How each of the seven deployment states reads after the target. */
export const deploymentStatePhrases: Readonly<Record<string, string>> = {
  success: 'deployed',
  failure: 'deployment failed',
  error: 'deployment errored',
  inactive: 'deployment inactive (superseded)',
  in_progress: 'deployment in progress',
  queued: 'deployment queued',
  pending: 'deployment pending',
};

/** A `deployment` event (a deploy was requested): a `deploy` entry at the deployment's creation. */
export function readDeploymentEvent(
  delivery: GitHubDelivery,
  context: RecordContext,
): RecordResult {
  const { payload, pointer } = delivery;
  const deployment = readObject(payload, 'deployment');
  const id = readString(deployment, 'id');
  if (!deployment || id === null) return { pointer, problem: 'deployment.id is required' };
  const instant = readTime(deployment, 'deployment', 'created_at', context);
  if (typeof instant === 'string') return { pointer, problem: instant };
  const action = readString(payload, 'action') ?? 'created';
  const repository = readRepository(payload);
  return toGitHubEntry(
    delivery,
    repository,
    {
      instant,
      kind: 'deploy',
      rollback: false,
      title: `${target(repository.name, deployment)} — deployment ${action}`,
      body: describeDeployment(deployment, payload),
      author: readLogin(readObject(deployment, 'creator'), readObject(payload, 'sender')),
      objectKey: `deployment:${id}:${action}`,
    },
    context,
  );
}

/** A `deployment_status` event, any of its seven states, at the status's creation. */
export function readDeploymentStatusEvent(
  delivery: GitHubDelivery,
  context: RecordContext,
): RecordResult {
  const { payload, pointer } = delivery;
  const status = readObject(payload, 'deployment_status');
  const deployment = readObject(payload, 'deployment');
  const id = readString(status, 'id');
  const state = readString(status, 'state');
  if (id === null || !state) {
    return { pointer, problem: `deployment_status.${id === null ? 'id' : 'state'} is required` };
  }
  const instant = readTime(status, 'deployment_status', 'created_at', context);
  if (typeof instant === 'string') return { pointer, problem: instant };
  const repository = readRepository(payload);
  const description = readString(status, 'description');
  return toGitHubEntry(
    delivery,
    repository,
    {
      instant,
      kind: 'deploy',
      rollback: state === 'success' && isRollback(deployment, description),
      title: `${target(repository.name, deployment, status)} — ${statePhrase(state)}`,
      body: [
        description,
        `State: ${state}`,
        ...describeDeployment(deployment, payload),
        link('Log', readString(status, 'log_url') ?? readString(status, 'target_url')),
      ],
      author: readLogin(readObject(status, 'creator'), readObject(payload, 'sender')),
      objectKey: `deployment_status:${id}:${state}`,
    },
    context,
  );
}

function statePhrase(state: string): string {
  const phrase = Object.hasOwn(deploymentStatePhrases, state)
    ? deploymentStatePhrases[state]
    : null;
  return phrase ?? `deployment ${state}`;
}

/** A deployment that rolls back: its task (`deploy:rollback`) or a description says so. */
function isRollback(deployment: JsonObject | null, description: string | null): boolean {
  return mentionsRollback(
    readString(deployment, 'task'),
    readString(deployment, 'description'),
    description,
  );
}

/** `Hello-World master@f95f852 to production`. */
function target(
  repository: string,
  deployment: JsonObject | null,
  status: JsonObject | null = null,
) {
  const ref = readString(deployment, 'ref');
  const sha = shortSha(readString(deployment, 'sha'));
  const environment =
    readString(status, 'environment') ?? readString(deployment, 'environment') ?? 'an environment';
  return `${repository} ${ref ? `${ref}@${sha}` : sha} to ${environment}`;
}

function describeDeployment(
  deployment: JsonObject | null,
  payload: JsonObject,
): Array<string | null> {
  const workflow = readString(readObject(payload, 'workflow'), 'name');
  return [
    readString(deployment, 'description'),
    link('Task', readString(deployment, 'task')),
    link('Commit', readString(deployment, 'sha')),
    deployment?.production_environment === true ? 'Production environment' : null,
    link('Workflow', workflow),
  ];
}

function link(label: string, value: string | null): string | null {
  return value ? `${label}: ${value}` : null;
}
