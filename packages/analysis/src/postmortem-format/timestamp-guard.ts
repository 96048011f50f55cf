/**
 * Checks timestamp fields before the domain schema sees them. The schema normalises a timestamp
 * with `new Date(value).toISOString()`, which throws on a value no date parser accepts, and
 * produces a six-digit year (which the schema then rejects on the way back) outside 0000–9999.
 * Bad values are reported here and replaced by a placeholder, so schema validation can still
 * report every other field; the placeholder never reaches a returned document because a
 * problem was reported.
 */

const placeholder = '1970-01-01T00:00:00.000Z';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function timestampProblem(value: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return 'expected an ISO 8601 timestamp with a zone, e.g. 2026-03-04T09:12:00Z';
  }
  if (!/^[0-9]{4}-/.test(date.toISOString())) {
    return 'expected a timestamp between the years 0000 and 9999 (UTC)';
  }
  return null;
}

function replaceAt(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path;
  if (head === undefined || !isRecord(value)) return placeholder;
  return { ...value, [head]: replaceAt(value[head], rest) };
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const part of path) current = isRecord(current) ? current[part] : undefined;
  return current;
}

/** Reports each bad timestamp at `paths` and returns `input` with those values replaced. */
export function guardTimestamps(
  input: unknown,
  paths: readonly (readonly string[])[],
  report: (path: readonly string[], message: string) => void,
): unknown {
  let guarded = input;
  for (const path of paths) {
    const value = valueAt(input, path);
    const problem = typeof value === 'string' ? timestampProblem(value) : null;
    if (problem === null) continue;
    report(path, problem);
    guarded = replaceAt(guarded, path);
  }
  return guarded;
}
