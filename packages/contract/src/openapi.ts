import { z } from 'zod';
import { isByteStream, type ByteStream, type RouteDefinition } from './route';
import { routes } from './routes';
import { errorBody } from './schemas';

type JsonObject = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonObject {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete json.$schema;
  return json;
}

function parametersOf(route: RouteDefinition): JsonObject[] {
  const list: JsonObject[] = [];
  const add = (where: 'path' | 'query' | 'header', schema: z.ZodType | undefined) => {
    if (!schema) return;
    const json = schemaOf(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, JsonObject>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
    }
  };
  add('path', route.params);
  add('query', route.query);
  add('header', route.headers);
  if (route.requiresIfMatch) {
    list.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The version from the ETag of the last read; a stale one gets 412',
      schema: { type: 'string' },
    });
  }
  return list;
}

/** Raw bytes in OpenAPI 3.1: a binary string of `application/octet-stream`. */
function bytesContent(stream: ByteStream): JsonObject {
  const schema = { type: 'string', contentMediaType: 'application/octet-stream' };
  return { description: stream.description, content: { 'application/octet-stream': { schema } } };
}

function successOf(route: RouteDefinition): JsonObject {
  if (route.response === null) return { description: 'Done' };
  if (isByteStream(route.response)) return bytesContent(route.response);
  return {
    description: 'Success',
    ...(route.etag ? { headers: { ETag: { schema: { type: 'string' } } } } : {}),
    content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
  };
}

function requestBodyOf(body: RouteDefinition['body']): JsonObject {
  if (body === undefined) return {};
  if (isByteStream(body)) return { requestBody: { required: true, ...bytesContent(body) } };
  return {
    requestBody: {
      required: true,
      content: { 'application/json': { schema: schemaOf(body, 'input') } },
    },
  };
}

function operationOf(name: string, route: RouteDefinition): JsonObject {
  const status = String(route.status ?? 200);
  const error = {
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  const responses: JsonObject = {
    [status]: successOf(route),
    '400': { description: 'Invalid input: every bad field is named in details', ...error },
    '404': { description: 'Not found', ...error },
  };
  if (route.requiresIfMatch) {
    responses['412'] = { description: 'The If-Match version is stale; nothing changed', ...error };
    responses['428'] = { description: 'If-Match is required', ...error };
  }
  if (route.method !== 'GET')
    responses['409'] = { description: 'Conflict or illegal transition', ...error };
  return {
    operationId: name,
    summary: route.summary,
    tags: [route.tag],
    parameters: parametersOf(route),
    ...requestBodyOf(route.body),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the whole API, generated from the same zod schemas the server
 * validates with.
 *
 * @example
 * const doc = buildOpenApiDocument('0.1.0');
 * doc.paths['/api/v1/incidents'].get.operationId; // 'listIncidents'
 */
export function buildOpenApiDocument(version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const [name, route] of Object.entries(routes) as [string, RouteDefinition][]) {
    paths[route.path] ??= {};
    (paths[route.path] as JsonObject)[route.method.toLowerCase()] = operationOf(name, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aftermath API',
      version,
      description:
        'Incidents, timelines, postmortems and action items. Updates take If-Match with the ' +
        'version from the ETag; errors are {"error":{"code","message","details":[{"path","message"}]}}.',
    },
    paths,
    components: { schemas: { Error: schemaOf(errorBody, 'output') } },
  };
}
