import type { z } from 'zod';

/**
 * Marks a request body or a response as raw bytes of any size, streamed instead of parsed as JSON
 * (evidence uploads and downloads). The OpenAPI document lists it as `application/octet-stream`.
 */
export interface ByteStream {
  readonly kind: 'byte-stream';
  /** What the bytes are, for the OpenAPI document. */
  readonly description: string;
}

/**
 * Declares a streamed body or response.
 *
 * @example
 * defineRoute({ method: 'POST', path: '/upload', body: byteStream('A log file'), … });
 */
export function byteStream(description: string): ByteStream {
  return { kind: 'byte-stream', description };
}

/** True when a route's body or response is a {@link ByteStream}. */
export function isByteStream(value: unknown): value is ByteStream {
  return (
    typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'byte-stream'
  );
}

/** What a client may send as a streamed body. */
export type ByteStreamBody = Blob | Uint8Array<ArrayBuffer> | string;

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * One API operation: where it lives, what it takes and what it answers. The server validates
 * requests with these schemas, the OpenAPI document is generated from them, and the typed client
 * is derived from them, so the three cannot drift apart.
 */
export interface RouteDefinition {
  method: HttpMethod;
  /** Path with `{name}` parameters, e.g. `/api/v1/incidents/{key}`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  /**
   * Request headers the handler reads (lower-case names), for operations called by other
   * systems rather than the typed client (webhook signatures and delivery ids).
   */
  headers?: z.ZodObject;
  /** A JSON body's schema, or {@link ByteStream} for raw bytes. */
  body?: z.ZodType | ByteStream;
  /** The success response body (JSON schema or {@link ByteStream}); `null` for 204 No Content. */
  response: z.ZodType | ByteStream | null;
  /** The success status, 200 by default. */
  status?: 200 | 201 | 204;
  /** True when the operation needs `If-Match` with the current version (optimistic locking). */
  requiresIfMatch?: boolean;
  /** True when the success response carries an `ETag` with the resource version. */
  etag?: boolean;
}

/** Declares a route, keeping its literal types for the typed client. */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  return route;
}

type Infer<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a caller passes to an operation. */
export type RouteInput<R extends RouteDefinition> = (R['params'] extends z.ZodType
  ? { params: Infer<R['params']> }
  : { params?: undefined }) &
  (R['query'] extends z.ZodType ? { query?: Infer<R['query']> } : { query?: undefined }) &
  (R['body'] extends ByteStream
    ? { body: ByteStreamBody }
    : R['body'] extends z.ZodType
      ? { body: Infer<R['body']> }
      : { body?: undefined }) & {
    ifMatch?: string;
  };

/** What an operation answers on success; the client reads streamed bytes as a Blob. */
export type RouteOutput<R extends RouteDefinition> = R['response'] extends ByteStream
  ? Blob
  : R['response'] extends z.ZodType
    ? z.output<R['response']>
    : undefined;
