import { appendPointer, readObject, readString, type JsonObject } from '../json-documents';

/** The GitHub events imported: the rest are reported as not imported. */
export const githubEvents = [
  'deployment',
  'deployment_status',
  'workflow_run',
  'check_run',
] as const;
/** One of {@link githubEvents}, e.g. `deployment_status`. */
export type GitHubEvent = (typeof githubEvents)[number];

/** A webhook body with what is known about its delivery. */
export interface GitHubDelivery {
  payload: JsonObject;
  /** JSON pointer of the payload in the document. */
  pointer: string;
  /** The `X-GitHub-Event` name, when known. */
  event: string | null;
  /** The `X-GitHub-Delivery` GUID, when known. */
  deliveryId: string | null;
}

/**
 * Unwraps a saved delivery: GitHub's own delivery record (`GET /repos/{owner}/{repo}/hooks/{id}/
 * deliveries/{delivery_id}`: `{ guid, event, request: { headers, payload } }`) or a plain
 * `{ headers, payload }`; any other object is taken as a bare webhook body.
 *
 * @example
 * unwrapDelivery({ guid: 'g1', event: 'deployment', request: { headers: {}, payload } }, '');
 * // { payload, pointer: '/request/payload', event: 'deployment', deliveryId: 'g1' }
 */
export function unwrapDelivery(body: JsonObject, pointer: string): GitHubDelivery {
  const request = readObject(body, 'request') ?? body;
  const payload = readObject(request, 'payload');
  if (!payload) return { payload: body, pointer, event: null, deliveryId: null };
  const headers = readObject(request, 'headers');
  const base = request === body ? pointer : appendPointer(pointer, 'request');
  return {
    payload,
    pointer: appendPointer(base, 'payload'),
    event: readString(body, 'event') ?? readHeader(headers, 'x-github-event'),
    deliveryId: readString(body, 'guid') ?? readHeader(headers, 'x-github-delivery'),
  };
}

function readHeader(headers: JsonObject | null, name: string): string | null {
  if (!headers) return null;
  const key = Object.keys(headers).find((header) => header.toLowerCase() === name);
  return key ? readString(headers, key) : null;
}

/**
 * The event a webhook body is, judged from its shape since the name travels in a header. Bodies
 * of several events share keys (a `deployment_status` body also has `deployment`, a
 * `workflow_job` body may too), so the most specific key wins. Null when it is not recognised.
 *
 * @example
 * identifyEvent({ action: 'created', deployment_status: {}, deployment: {} }); // 'deployment_status'
 */
export function identifyEvent(payload: JsonObject): string | null {
  const has = (key: string) => readObject(payload, key) !== null;
  if (has('deployment_status')) return 'deployment_status';
  if (has('workflow_job')) return 'workflow_job';
  if (has('check_run')) return 'check_run';
  if (has('check_suite')) return 'check_suite';
  if ('reviewers' in payload || 'workflow_job_run' in payload) return 'deployment_review';
  if (has('deployment')) return 'deployment';
  if (has('workflow_run') && has('workflow')) return 'workflow_run';
  if (has('release')) return 'release';
  if ('pusher' in payload && 'commits' in payload) return 'push';
  if ('sha' in payload && 'state' in payload && 'context' in payload) return 'status';
  if ('client_payload' in payload) return 'repository_dispatch';
  return null;
}

/** True for the events this importer reads. */
export function isImportedEvent(event: string): event is GitHubEvent {
  return (githubEvents as readonly string[]).includes(event);
}
