import type { RecordFields } from './log-record';

/** A JSON object as record fields: dotted names reach into nested objects. */
class JsonFields implements RecordFields {
  constructor(private readonly object: Record<string, unknown>) {}

  get(name: string): unknown {
    const direct = this.object[name];
    if (direct !== undefined || !name.includes('.')) return direct;
    let value: unknown = this.object;
    for (const part of name.split('.')) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  }

  entries(): Iterable<[string, unknown]> {
    return Object.entries(this.object);
  }
}

/** A JSON line read: its fields, or why it is not a JSON object. */
export type JsonLineResult = { ok: true; fields: RecordFields } | { ok: false; reason: string };

/**
 * Parses one JSON-lines line; it must hold one JSON object.
 *
 * @example
 * parseJsonLine('{"level":"error","msg":"db down"}'); // { ok: true, fields }
 * parseJsonLine('[1,2]'); // { ok: false, reason: 'expected a JSON object, got an array' }
 */
export function parseJsonLine(text: string): JsonLineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `not valid JSON (${detail.slice(0, 120)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
    return { ok: false, reason: `expected a JSON object, got ${kind}` };
  }
  return { ok: true, fields: new JsonFields(value as Record<string, unknown>) };
}
