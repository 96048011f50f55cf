import { JobError, type JsonPost } from '@aftermath/core';

/** How long one delivery may take before it counts as a timeout (and is retried). */
const timeoutMs = 10_000;

/**
 * Reads `Retry-After` (seconds, or an HTTP date) as milliseconds from now; undefined when absent
 * or unreadable. Capped at an hour so a confused peer cannot park a delivery for days.
 */
export function readRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), 3_600_000);
}

async function readSnippet(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * POSTs JSON and classifies the answer: 2xx delivered; 408, 429 and 5xx retried (honouring
 * Retry-After); any other status refused for good, since sending the same body again will not
 * change it. Network errors and timeouts are retried.
 */
export async function postJson(request: JsonPost): Promise<void> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new JobError(`POST ${new URL(request.url).host} failed: ${reason}`, {
      retryable: true,
      cause: error,
    });
  }
  if (response.ok) {
    await response.body?.cancel();
    return;
  }
  const status = response.status;
  const snippet = await readSnippet(response);
  const retryable = status === 408 || status === 429 || status >= 500;
  const retryAfterMs = retryable ? readRetryAfter(response.headers.get('retry-after')) : undefined;
  throw new JobError(
    `HTTP ${status} from ${new URL(request.url).host}${snippet ? `: ${snippet}` : ''}`,
    {
      retryable,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    },
  );
}
