import { Buffer } from 'node:buffer';
import { asArray, asObject, type JsonObject } from '../json-documents';

/** Nesting kept when rendering `arrayValue` / `kvlistValue`; deeper values become `…`. */
const VALUE_DEPTH_MAX = 6;
const VALUE_TEXT_MAX = 2_000;

/**
 * An OTLP/JSON `AnyValue` (`{ "stringValue": "…" }`, `{ "intValue": "10" }`, `arrayValue`,
 * `kvlistValue`, `bytesValue` …) as text, or null when it is empty or not an AnyValue. Arrays
 * render as `[a, b]`, maps as `{k=v}`, bytes stay base64; at most 2,000 characters.
 *
 * @example
 * readAnyValue({ intValue: '10' }); // '10'
 * readAnyValue({ arrayValue: { values: [{ stringValue: 'a' }, { boolValue: true }] } }); // '[a, true]'
 */
export function readAnyValue(value: unknown): string | null {
  const text = renderAnyValue(value, 0);
  if (text === null) return null;
  return text.length <= VALUE_TEXT_MAX ? text : `${text.slice(0, VALUE_TEXT_MAX - 1)}…`;
}

function renderAnyValue(value: unknown, depth: number): string | null {
  const object = asObject(value);
  if (!object) return null;
  if (depth > VALUE_DEPTH_MAX) return '…';
  for (const key of ['stringValue', 'bytesValue'] as const) {
    if (typeof object[key] === 'string') return object[key];
  }
  for (const key of ['intValue', 'doubleValue', 'boolValue'] as const) {
    const scalar = object[key];
    if (typeof scalar === 'number' || typeof scalar === 'boolean') return String(scalar);
    if (key === 'intValue' && typeof scalar === 'string' && /^-?\d+$/.test(scalar)) return scalar;
  }
  const list = asArray(asObject(object.arrayValue)?.values);
  if (list) return `[${list.map((item) => renderAnyValue(item, depth + 1) ?? '').join(', ')}]`;
  const map = asArray(asObject(object.kvlistValue)?.values);
  if (map) {
    const pairs = map.map((pair) => renderPair(asObject(pair), depth + 1)).filter(isString);
    return `{${pairs.join(', ')}}`;
  }
  return null;
}

function renderPair(pair: JsonObject | null, depth: number): string | null {
  if (!pair || typeof pair.key !== 'string') return null;
  return `${pair.key}=${renderAnyValue(pair.value, depth) ?? ''}`;
}

function isString(value: string | null): value is string {
  return value !== null;
}

/**
 * OTLP attributes (`[{ "key": "service.name", "value": { "stringValue": "api" } }]`) as a map of
 * text values. Entries without a string key or a readable value are left out.
 *
 * @example
 * readAttributes([{ key: 'http.status_code', value: { intValue: '503' } }]); // { 'http.status_code': '503' }
 */
export function readAttributes(list: unknown): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const item of asArray(list) ?? []) {
    const pair = asObject(item);
    if (!pair || typeof pair.key !== 'string' || pair.key === '') continue;
    const text = readAnyValue(pair.value);
    if (text !== null) attributes[pair.key] = text;
  }
  return attributes;
}

/**
 * A trace id (16 bytes) or span id (8 bytes) as lower-case hex. OTLP/JSON writes ids in hex
 * (any case); older exporters wrote the protobuf JSON mapping's base64, which is accepted too.
 * An all-zero id means "none" in OTLP and gives null, as does anything else.
 *
 * @example
 * readOtlpId('5B8EFFF798038103D269B633813FC60C', 16); // '5b8efff798038103d269b633813fc60c'
 * readOtlpId('W47/95gDgQPSabYzgT/GDA==', 16); // '5b8efff798038103d269b633813fc60c'
 */
export function readOtlpId(value: unknown, bytes: 8 | 16): string | null {
  if (typeof value !== 'string') return null;
  let hex: string | null = null;
  if (value.length === bytes * 2 && /^[0-9a-fA-F]+$/.test(value)) hex = value.toLowerCase();
  else if (/^[A-Za-z0-9+/]+={0,2}$/.test(value) && value.length === Math.ceil(bytes / 3) * 4) {
    const decoded = Buffer.from(value, 'base64');
    if (decoded.length === bytes) hex = decoded.toString('hex');
  }
  return hex === null || /^0+$/.test(hex) ? null : hex;
}

/**
 * The attribute that names the service: `service.name`, else `service.namespace`, else null.
 * OpenTelemetry SDKs default to `unknown_service[:process]`, which names no service.
 */
export function readServiceName(resource: Record<string, string>): string | null {
  const name = resource['service.name'] ?? resource['service.namespace'] ?? null;
  return name === null || name.startsWith('unknown_service') ? null : name;
}
