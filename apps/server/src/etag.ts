import { DomainError } from '@aftermath/domain';

/** The strong ETag of a versioned resource: `"3"`. */
export function formatEtag(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the version out of an `If-Match` header (`"3"`, `W/"3"` or `3`). Absent → null.
 * Anything else is a validation error naming the header.
 */
export function parseIfMatch(header: string | string[] | undefined): number | null {
  if (header === undefined) return null;
  const value = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const match = /^(?:W\/)?"?([1-9][0-9]{0,9})"?$/.exec(value);
  if (!match?.[1]) {
    throw new DomainError('validation', 'If-Match must be the ETag of the last read, e.g. "3"', [
      { path: 'If-Match', message: `not a version: ${value}` },
    ]);
  }
  return Number(match[1]);
}
