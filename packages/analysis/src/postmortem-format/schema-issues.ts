/** The parts of a zod issue this format reports (kept structural so analysis needs no zod import). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

/** One problem at a field path, before a line is attached. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

type Segment = string | number;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function valueAt(value: unknown, path: readonly Segment[]): unknown {
  let current = value;
  for (const part of path) {
    if (!isRecord(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** Walks object shapes (through nullable and array wrappers) to the schema of a field. */
function schemaAt(schema: unknown, path: readonly Segment[]): unknown {
  let current = schema;
  for (const part of path) {
    while (isRecord(current) && typeof current.unwrap === 'function' && !('shape' in current)) {
      current = (current.unwrap as () => unknown).call(current);
    }
    if (typeof part === 'number') continue;
    if (!isRecord(current) || !isRecord(current.shape)) return undefined;
    current = current.shape[part];
  }
  return current;
}

function acceptsNull(schema: unknown): boolean {
  if (!isRecord(schema) || typeof schema.safeParse !== 'function') return false;
  const result = (schema.safeParse as (value: unknown) => unknown).call(schema, null);
  return isRecord(result) && result.success === true;
}

function fieldsOf(schema: unknown, path: readonly Segment[]): string[] {
  let parent = schemaAt(schema, path);
  while (isRecord(parent) && typeof parent.unwrap === 'function' && !('shape' in parent)) {
    parent = (parent.unwrap as () => unknown).call(parent);
  }
  return isRecord(parent) && isRecord(parent.shape) ? Object.keys(parent.shape) : [];
}

/** What a missing field should have held, in the words of its issue. */
function expectedOf(issue: SchemaIssue, field: unknown): string {
  const orNull = acceptsNull(field) ? ' or null' : '';
  if ('values' in issue && Array.isArray(issue.values)) {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${orNull}`;
  }
  if ('expected' in issue) return `expected ${String(issue.expected)}${orNull}`;
  return issue.message;
}

function hasKeys(issue: SchemaIssue): issue is SchemaIssue & { keys: string[] } {
  return 'keys' in issue && Array.isArray(issue.keys);
}

/**
 * Rewrites schema issues as problems a person can act on: one per unknown field (naming the fields
 * allowed there), "missing" instead of "received undefined", the schema's own words otherwise.
 * `schema` is the object schema `input` was checked against.
 */
export function describeIssues(
  issues: readonly SchemaIssue[],
  input: unknown,
  schema: unknown,
): FieldProblem[] {
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
    if (issue.code === 'unrecognized_keys' && hasKeys(issue)) {
      const allowed = fieldsOf(schema, path).join(', ');
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field; expected one of: ${allowed}`,
      }));
    }
    if (valueAt(input, path) === undefined) {
      return [{ path, message: `missing field; ${expectedOf(issue, schemaAt(schema, path))}` }];
    }
    return [{ path, message: issue.message }];
  });
}
