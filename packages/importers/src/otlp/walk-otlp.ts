import {
  appendPointer,
  asArray,
  asObject,
  describeValue,
  listBodies,
  readString,
  type JsonObject,
} from '../json-documents';
import { readAttributes, readServiceName } from './otlp-values';

/** Where the records sit in an OTLP/JSON export request of one signal. */
export interface OtlpShape {
  /** For problems: `OTLP/JSON logs`. */
  name: string;
  /** `resourceLogs` / `resourceSpans`. */
  resources: string;
  /** `scopeLogs`, and the pre-1.0 name `instrumentationLibraryLogs`. */
  scopes: readonly string[];
  /** `logRecords` / `spans`. */
  items: string;
  /** For problems: `a log record`. */
  itemName: string;
}

/** One record (log record or span) with what its resource and scope say about it. */
export interface OtlpRecord {
  record: JsonObject;
  /** JSON pointer of the record in its document. */
  pointer: string;
  /** The resource's `service.name`, as written. */
  service: string | null;
  /** The instrumentation scope, `name version`. */
  scope: string | null;
}

/** A part of the request that holds no readable record, and why. */
export interface OtlpProblem {
  pointer: string;
  problem: string;
  aboutDocument: boolean;
}

/**
 * Walks an export request (`{ resourceLogs: [{ resource, scopeLogs: [{ scope, logRecords }] }] }`
 * or a JSON array of them) and yields every record, or a problem for each part that is not
 * shaped as OTLP says. Never throws for any JSON value.
 */
export function* walkOtlp(value: unknown, shape: OtlpShape): Generator<OtlpRecord | OtlpProblem> {
  for (const { body, pointer } of listBodies(value)) {
    const resources = asArray(body?.[shape.resources]);
    if (!resources) {
      const problem = `not ${shape.name}: "${shape.resources}" must be an array, not ${describeValue(body?.[shape.resources])}`;
      yield { pointer: appendPointer(pointer, shape.resources), problem, aboutDocument: true };
      continue;
    }
    for (let index = 0; index < resources.length; index += 1) {
      const at = appendPointer(appendPointer(pointer, shape.resources), index);
      yield* walkResource(asObject(resources[index]), at, shape);
    }
  }
}

function* walkResource(
  resource: JsonObject | null,
  pointer: string,
  shape: OtlpShape,
): Generator<OtlpRecord | OtlpProblem> {
  if (!resource) {
    yield {
      pointer,
      problem: `an entry of "${shape.resources}" must be an object`,
      aboutDocument: true,
    };
    return;
  }
  const service = readServiceName(readAttributes(asObject(resource.resource)?.attributes));
  const key = shape.scopes.find((name) => resource[name] !== undefined) ?? shape.scopes[0] ?? '';
  if (resource[key] === undefined) return;
  const scopes = asArray(resource[key]);
  if (!scopes) {
    const problem = `"${key}" must be an array, not ${describeValue(resource[key])}`;
    yield { pointer: appendPointer(pointer, key), problem, aboutDocument: true };
    return;
  }
  for (let index = 0; index < scopes.length; index += 1) {
    const at = appendPointer(appendPointer(pointer, key), index);
    yield* walkScope(asObject(scopes[index]), at, service, shape);
  }
}

function* walkScope(
  scope: JsonObject | null,
  pointer: string,
  service: string | null,
  shape: OtlpShape,
): Generator<OtlpRecord | OtlpProblem> {
  if (!scope) {
    yield { pointer, problem: 'a scope entry must be an object', aboutDocument: true };
    return;
  }
  if (scope[shape.items] === undefined) return;
  const items = asArray(scope[shape.items]);
  if (!items) {
    const problem = `"${shape.items}" must be an array, not ${describeValue(scope[shape.items])}`;
    yield { pointer: appendPointer(pointer, shape.items), problem, aboutDocument: true };
    return;
  }
  const scopeName = describeScope(asObject(scope.scope) ?? asObject(scope.instrumentationLibrary));
  for (let index = 0; index < items.length; index += 1) {
    const at = appendPointer(appendPointer(pointer, shape.items), index);
    const record = asObject(items[index]);
    if (record) yield { record, pointer: at, service, scope: scopeName };
    else
      yield { pointer: at, problem: `${shape.itemName} must be an object`, aboutDocument: false };
  }
}

function describeScope(scope: JsonObject | null): string | null {
  const name = readString(scope, 'name');
  if (!name) return null;
  const version = readString(scope, 'version');
  return version ? `${name} ${version}` : name;
}
