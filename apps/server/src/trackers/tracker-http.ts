import { TrackerError } from '@aftermath/core';
import { readRetryAfter } from '../notifications/http-post';

/** How long one tracker call may take before it counts as a timeout (and is retried). */
const timeoutMs = 15_000;

/** One HTTP call to a tracker: JSON in and out. */
export interface TrackerRequest {
  /** The tracker's display name, for messages (`GitHub`). */
  tracker: string;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  }
}

/** The most telling words of an error body: GitHub `message`, Jira `errorMessages`/`errors`. */
export function describeErrorBody(body: unknown): string {
  if (typeof body === 'string') return body;
  if (typeof body !== 'object' || body === null) return '';
  const record = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record.message === 'string') parts.push(record.message);
  if (Array.isArray(record.errorMessages)) parts.push(...record.errorMessages.map(String));
  if (
    typeof record.errors === 'object' &&
    record.errors !== null &&
    !Array.isArray(record.errors)
  ) {
    for (const [field, why] of Object.entries(record.errors))
      parts.push(`${field}: ${String(why)}`);
  }
  if (Array.isArray(record.errors)) {
    for (const error of record.errors as unknown[]) {
      const message = (error as { message?: unknown } | null)?.message;
      if (typeof message === 'string') parts.push(message);
    }
  }
  return parts.join('; ');
}

/** When a rate-limited caller may try again: Retry-After, else a reset time in epoch seconds. */
function retryDelay(response: Response, now = Date.now()): number | undefined {
  const after = readRetryAfter(response.headers.get('retry-after'), now);
  if (after !== undefined) return after;
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  return Math.min(Math.max(0, reset * 1000 - now), 3_600_000);
}

function failure(request: TrackerRequest, response: Response, body: unknown): TrackerError {
  const status = response.status;
  const said = describeErrorBody(body);
  const detail = said === '' ? '' : `: ${said}`;
  // GitHub answers an exhausted rate limit with 403 and x-ratelimit-remaining: 0.
  const limited =
    status === 429 || (status === 403 && response.headers.get('x-ratelimit-remaining') === '0');
  if (limited) {
    const retryAfterMs = retryDelay(response);
    return new TrackerError(`${request.tracker} rate limit (HTTP ${status})${detail}`, {
      status,
      retryable: true,
      body,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });
  }
  const why =
    status === 401 || status === 403
      ? 'the token was refused'
      : status === 404
        ? 'not found'
        : status === 400 || status === 422
          ? 'the request was refused'
          : 'the tracker failed';
  return new TrackerError(`${request.tracker} HTTP ${status} (${why})${detail}`, {
    status,
    retryable: status === 408 || status >= 500,
    body,
  });
}

/**
 * Sends one JSON request and returns the parsed answer of a 2xx. Anything else becomes a
 * `TrackerError`: 429 (or GitHub's 403 with no rate left) retried after Retry-After or the reset
 * time; 408 and 5xx retried with back-off; 400, 401, 403, 404 and 422 given up at once, since the
 * same request will get the same answer. Network errors and timeouts are retried.
 */
export async function callTracker(request: TrackerRequest): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...request.headers,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TrackerError(`${request.tracker} could not be reached: ${reason}`, {
      status: 0,
      retryable: true,
      cause: error,
    });
  }
  const body = await readJson(response);
  if (!response.ok) throw failure(request, response, body);
  return body;
}

/** A field of an answer that must be there; a missing one is the tracker's fault (retried). */
export function requireField<T>(tracker: string, value: T | undefined | null, field: string): T {
  if (value === undefined || value === null) {
    throw new TrackerError(`${tracker} answered without ${field}`, {
      status: 200,
      retryable: true,
    });
  }
  return value;
}
