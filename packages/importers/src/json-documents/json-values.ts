/** A parsed JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/**
 * The value as a JSON object, or null when it is anything else (array, null, primitive).
 *
 * @example
 * asObject({ a: 1 }); // { a: 1 }
 * asObject([1]); // null
 */
export function asObject(value: unknown): JsonObject | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : null;
}

/** The value as an array, or null. */
export function asArray(value: unknown): unknown[] | null {
  return Array.isArray(value) ? value : null;
}

/**
 * A non-empty string field (trimmed), or null when missing, empty or not a string. Numbers are
 * accepted and written in decimal, since senders disagree on whether ids are strings.
 *
 * @example
 * readString({ id: 42 }, 'id'); // '42'
 * readString({ id: '  ' }, 'id'); // null
 */
export function readString(object: JsonObject | null, key: string): string | null {
  const value = object?.[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A finite number field, or null. */
export function readNumber(object: JsonObject | null, key: string): number | null {
  const value = object?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** An object field, or null. */
export function readObject(object: JsonObject | null, key: string): JsonObject | null {
  return asObject(object?.[key]);
}

/**
 * A string-to-string map such as Prometheus labels: string values are kept, numbers and
 * booleans are written as text, anything else is dropped.
 *
 * @example
 * readLabels({ labels: { job: 'api', port: 80, x: {} } }, 'labels'); // { job: 'api', port: '80' }
 */
export function readLabels(object: JsonObject | null, key: string): Record<string, string> {
  const source = readObject(object, key);
  const labels: Record<string, string> = {};
  if (!source) return labels;
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'string') labels[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') labels[name] = String(value);
  }
  return labels;
}

/**
 * The bodies in a document: the document itself, or each element of a top-level array (a saved
 * list of webhook deliveries). `body` is null where an element is not an object.
 *
 * @example
 * [...listBodies([{ a: 1 }, 2])]; // [{ body: { a: 1 }, pointer: '/0' }, { body: null, pointer: '/1' }]
 */
export function* listBodies(
  value: unknown,
): Generator<{ body: JsonObject | null; pointer: string }> {
  if (!Array.isArray(value)) {
    yield { body: asObject(value), pointer: '' };
    return;
  }
  for (let index = 0; index < value.length; index += 1) {
    yield { body: asObject(value[index]), pointer: `/${index}` };
  }
}

/**
 * A short rendering of a JSON value for problem messages (`"abc"`, `42`, `missing`), at most
 * 60 characters.
 *
 * @example
 * describeValue(undefined); // 'missing'
 * describeValue('sometime'); // '"sometime"'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
