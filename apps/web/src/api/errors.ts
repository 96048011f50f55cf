import { ApiError } from '@aftermath/contract';

/**
 * The If-Match value for an item read from a list (lists carry versions, not ETags).
 * Same form as the server's strong ETag: `"3"`.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** True when the server refused a write because someone else changed the resource first. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.code === 'version_mismatch');
}

/** True when the resource does not exist (for a postmortem: not started yet). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/** One sentence a person can act on, for any failure of an API call. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'http_error') {
      return `The server answered HTTP ${error.status}. Try again; if it keeps failing, check the server log.`;
    }
    return error.message;
  }
  if (error instanceof TypeError) {
    return 'Could not reach the Aftermath server. Check that it is running and your network is up, then try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
