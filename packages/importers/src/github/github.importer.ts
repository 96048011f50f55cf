import type { Importer } from '../importer';
import {
  countKeys,
  createJsonImporter,
  listBodies,
  looksLikeJson,
  type RecordContext,
  type RecordResult,
} from '../json-documents';
import { readCheckRunEvent } from './check-run';
import { readDeploymentEvent, readDeploymentStatusEvent } from './deployment-events';
import {
  githubEvents,
  identifyEvent,
  isImportedEvent,
  unwrapDelivery,
  type GitHubDelivery,
  type GitHubEvent,
} from './github-body';
import { readWorkflowRunEvent } from './workflow-run';

/** What the webhook's headers say about one delivery; a body alone does not carry these. */
export interface GitHubDeliveryHints {
  /** The `X-GitHub-Event` header, e.g. `deployment_status`. */
  event?: string | null;
  /** The `X-GitHub-Delivery` header (a GUID), used as the dedupe key. */
  deliveryId?: string | null;
}

const readers: Readonly<
  Record<GitHubEvent, (delivery: GitHubDelivery, context: RecordContext) => RecordResult>
> = {
  deployment: readDeploymentEvent,
  deployment_status: readDeploymentStatusEvent,
  workflow_run: readWorkflowRunEvent,
  check_run: readCheckRunEvent,
};

/**
 * A GitHub webhook importer: `deployment`, `deployment_status` (all seven states),
 * `workflow_run` and `check_run`. The event is taken from the hints (the webhook route passes
 * the `X-GitHub-Event` and `X-GitHub-Delivery` headers), from a saved delivery record
 * (`{ guid, event, request: { headers, payload } }` as GitHub's API returns it, or
 * `{ headers, payload }`), or else from the body's shape. Hints describe one delivery, so they
 * apply to the first document only when it is a single body. Dedupe key: the delivery id when
 * known, else the object's id with its state or action. Other events are reported, not imported.
 *
 * @example
 * // in the webhook route
 * const importer = createGitHubImporter({
 *   event: headers['x-github-event'], deliveryId: headers['x-github-delivery'],
 * });
 */
export function createGitHubImporter(hints: GitHubDeliveryHints = {}): Importer {
  return createJsonImporter({
    format: 'github',
    description: 'GitHub webhooks: deployment, deployment_status, workflow_run, check_run',
    detect: detectGitHub,
    extractRecords: (value, context) => extractGitHubRecords(value, context, hints),
  });
}

/** The GitHub importer without delivery hints (files, `--format github`). */
export const githubImporter: Importer = createGitHubImporter();

function detectGitHub(head: string, name: string | null): number {
  if (!looksLikeJson(head)) return 0;
  const byName = name?.toLowerCase().includes('github') ? 0.05 : 0;
  const event = countKeys(head, ['deployment_status', 'deployment', 'workflow_run', 'check_run']);
  const github = countKeys(head, ['repository', 'sender', 'node_id', 'head_sha', 'sha']);
  if (event > 0 && github >= 2) return 0.85 + byName;
  if (event > 0 && github === 1) return 0.6 + byName;
  if (countKeys(head, ['guid', 'request', 'payload']) === 3 && github > 0) return 0.7 + byName;
  // Other GitHub events: chosen so the user hears they are not imported, not "unknown format".
  return countKeys(head, ['repository', 'sender']) === 2 ? 0.4 + byName : 0;
}

function* extractGitHubRecords(
  value: unknown,
  context: RecordContext,
  hints: GitHubDeliveryHints,
): Generator<RecordResult> {
  const single = context.document.index === 0 && !Array.isArray(value);
  for (const { body, pointer } of listBodies(value)) {
    if (!body) {
      yield { pointer, problem: 'not a GitHub webhook body: expected a JSON object' };
      continue;
    }
    const delivery = unwrapDelivery(body, pointer);
    if (single) {
      delivery.event = hints.event?.trim() || delivery.event;
      delivery.deliveryId = hints.deliveryId?.trim() || delivery.deliveryId;
    }
    yield readDelivery(delivery, context);
  }
}

function readDelivery(delivery: GitHubDelivery, context: RecordContext): RecordResult {
  const event = delivery.event ?? identifyEvent(delivery.payload);
  if (event === null) {
    const problem = `not a GitHub webhook body of a known event (imported: ${githubEvents.join(', ')})`;
    return { pointer: delivery.pointer, problem };
  }
  if (!isImportedEvent(event)) {
    const problem = `GitHub ${event} events are not imported (imported: ${githubEvents.join(', ')})`;
    return { pointer: delivery.pointer, problem };
  }
  return readers[event](delivery, context);
}
