import {
  isByteStream,
  routes,
  type ByteStream,
  type RouteDefinition,
  type RouteName,
  type RouteOutput,
} from '@aftermath/contract';
import { DomainError, issuesToDetails, type ErrorDetail, type Principal } from '@aftermath/domain';
import { runAsActor } from '@aftermath/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { formatEtag, parseIfMatch } from './etag';
import type { Authenticate, RequestSession } from './principal';
import { sendBytes, type StreamedBytes } from './send-bytes';

/** A validated part of the request; a streamed body arrives as the raw byte stream. */
type Out<S> = S extends ByteStream
  ? AsyncIterable<Uint8Array>
  : S extends z.ZodType
    ? z.output<S>
    : undefined;

/** What a handler answers: the JSON body, or bytes to stream for a streamed response. */
type HandlerOutput<R extends RouteDefinition> = R['response'] extends ByteStream
  ? StreamedBytes
  : RouteOutput<R>;

/** What a route handler receives: validated input and the principal, never the raw request. */
export interface HandlerInput<R extends RouteDefinition> {
  params: Out<R['params']>;
  query: Out<R['query']>;
  /** The headers the route declares, validated; undefined for routes that declare none. */
  headers: Out<R['headers']>;
  body: Out<R['body']>;
  /** The version from `If-Match`, or null when the header is absent. */
  ifMatch: number | null;
  principal: Principal;
  /** How the request arrived: what sign-in and sign-out need, and nothing else of it. */
  connection: RequestConnection;
  /** Adds a response header (the session cookie). */
  setHeader: (name: string, value: string) => void;
  /** Overrides the success status (health answers 503 when the database is away). */
  setStatus: (status: number) => void;
}

/** The parts of a request the session routes read. */
export interface RequestConnection {
  /** The client address (from X-Forwarded-For only when the server trusts its proxy). */
  clientIp: string | null;
  /** True over HTTPS (from X-Forwarded-Proto only when the server trusts its proxy). */
  https: boolean;
  /** The live session the cookie names, if any. */
  session: RequestSession | null;
}

/** One handler per contract operation. */
export type Handlers = {
  [N in RouteName]: (
    input: HandlerInput<(typeof routes)[N]>,
  ) => Promise<HandlerOutput<(typeof routes)[N]>>;
};

function parsePart(
  schema: z.ZodType | undefined,
  value: unknown,
  prefix: string,
  details: ErrorDetail[],
) {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? (prefix === 'body' ? undefined : {}));
  if (result.success) return result.data;
  details.push(...issuesToDetails(result.error.issues, prefix));
  return undefined;
}

function validate(route: RouteDefinition, request: FastifyRequest) {
  const details: ErrorDetail[] = [];
  const params = parsePart(route.params, request.params, 'params', details);
  const query = parsePart(route.query, request.query, 'query', details);
  const headers = parsePart(route.headers, request.headers, 'headers', details);
  const body = isByteStream(route.body)
    ? request.body
    : parsePart(route.body, request.body, 'body', details);
  if (details.length > 0) {
    const first = details[0];
    const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
    throw new DomainError(
      'validation',
      `Invalid request: ${first?.path}: ${first?.message}${more}`,
      details,
    );
  }
  return { params, query, headers, body };
}

/** Fastify's URL syntax for a contract path: `/incidents/{key}` → `/incidents/:key`. */
export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Runs a handler that may change something, then forgets every cached credential before the
 * answer goes out: the change may have revoked a token, ended a session or moved someone's role
 * or team, and the next request must see that.
 */
async function forgettingCredentials<T>(authenticate: Authenticate, run: () => Promise<T>) {
  try {
    return await run();
  } finally {
    authenticate.forget();
  }
}

function handle(
  name: RouteName,
  route: RouteDefinition,
  handler: (input: HandlerInput<RouteDefinition>) => Promise<unknown>,
  authenticate: Authenticate,
) {
  const mayChange = route.method !== 'GET';
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = await authenticate(request, name);
    const ifMatch = parseIfMatch(request.headers['if-match']);
    if (route.requiresIfMatch && ifMatch === null) {
      throw new DomainError(
        'precondition_required',
        'This update needs If-Match with the ETag of your last read, so concurrent edits are never overwritten',
        [{ path: 'If-Match', message: 'required' }],
      );
    }
    let status: number = route.status ?? 200;
    // Every change the handler makes is audited as done by this principal.
    const run = () =>
      runAsActor(auth.principal, () =>
        handler({
          ...validate(route, request),
          ifMatch,
          principal: auth.principal,
          connection: {
            clientIp: request.ip === '' ? null : request.ip,
            https: request.protocol === 'https',
            session: auth.session,
          },
          setHeader: (header, value) => {
            void reply.header(header, value);
          },
          setStatus: (value) => {
            status = value;
          },
        } as HandlerInput<RouteDefinition>),
      );
    const data = mayChange ? await forgettingCredentials(authenticate, run) : await run();
    if (isByteStream(route.response)) return sendBytes(reply, status, data as StreamedBytes);
    const version = (data as { version?: unknown } | undefined)?.version;
    if (route.etag && typeof version === 'number') void reply.header('etag', formatEtag(version));
    void reply.code(status);
    return route.response === null ? reply.send() : reply.send(data);
  };
}

function addRoute(
  app: FastifyInstance,
  route: RouteDefinition,
  handlers: Handlers,
  name: RouteName,
  authenticate: Authenticate,
) {
  const handler = handlers[name] as (input: HandlerInput<RouteDefinition>) => Promise<unknown>;
  app.route({
    method: route.method,
    url: toFastifyPath(route.path),
    handler: handle(name, route, handler, authenticate),
  });
}

/**
 * Registers every contract operation with its handler. Operations with a streamed body live in a
 * scope of their own whose only content-type parser passes the request stream through untouched,
 * whatever its type: the body is never buffered, so no size limit applies to it.
 */
export function registerRoutes(
  app: FastifyInstance,
  authenticate: Authenticate,
  handlers: Handlers,
): void {
  const all = Object.entries(routes) as [RouteName, RouteDefinition][];
  for (const [name, route] of all) {
    if (!isByteStream(route.body)) addRoute(app, route, handlers, name, authenticate);
  }
  void app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, parsed) => parsed(null, payload));
    for (const [name, route] of all) {
      if (isByteStream(route.body)) addRoute(scope, route, handlers, name, authenticate);
    }
    done();
  });
}
