import {
  isByteStream,
  type ByteStreamBody,
  type RouteDefinition,
  type RouteInput,
  type RouteOutput,
} from './route';
import { routes, type RouteName } from './routes';
import type { ErrorBody } from './schemas';

/** A failed API call, carrying the server's error code, details and HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorBody['error']['details'];

  constructor(status: number, body: ErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

/** A successful answer with the ETag version when the route sends one. */
export interface ApiResult<T> {
  data: T;
  etag: string | null;
}

function buildUrl(baseUrl: string, route: RouteDefinition, input: RouteInput<RouteDefinition>) {
  const params = (input.params ?? {}) as Record<string, string>;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(params[name] ?? '')),
  );
  const url = new URL(path, baseUrl);
  type QueryValue = string | number | boolean | string[] | null | undefined;
  const query: Record<string, QueryValue> = input.query ?? {};
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url;
}

function requestBody(body: unknown, streamed: boolean): ByteStreamBody | undefined {
  if (body === undefined) return undefined;
  return streamed ? (body as ByteStreamBody) : JSON.stringify(body);
}

/** How the client authenticates and fetches. */
export interface ClientOptions {
  /** An API token, sent as `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * Extra headers on every request, or a function giving them per request (the web app adds
   * the session's `X-CSRF-Token` this way).
   */
  headers?: Record<string, string> | (() => Record<string, string>);
  fetch?: typeof fetch;
}

function normalizeOptions(options: typeof fetch | ClientOptions): ClientOptions {
  return typeof options === 'function' ? { fetch: options } : options;
}

/**
 * A typed client for the API: operation names, inputs and outputs come from the contract.
 * Without a token it relies on the browser's session cookie (same origin).
 *
 * @example
 * const api = createClient('http://127.0.0.1:4000', { token: process.env.AFTERMATH_TOKEN });
 * const { data } = await api.call('createIncident', { body: { title: 'Checkout down', severity: 'SEV1' } });
 */
export function createClient(baseUrl: string, options: typeof fetch | ClientOptions = {}) {
  const { token, headers: extraHeaders, fetch: fetchImpl = fetch } = normalizeOptions(options);
  return {
    async call<N extends RouteName>(
      name: N,
      input: RouteInput<(typeof routes)[N]>,
    ): Promise<ApiResult<RouteOutput<(typeof routes)[N]>>> {
      const route: RouteDefinition = routes[name];
      const streamed = isByteStream(route.body);
      const headers: Record<string, string> = {
        accept: 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(typeof extraHeaders === 'function' ? extraHeaders() : extraHeaders),
      };
      if (input.body !== undefined)
        headers['content-type'] = streamed ? 'application/octet-stream' : 'application/json';
      if (input.ifMatch !== undefined) headers['if-match'] = input.ifMatch;
      const response = await fetchImpl(
        buildUrl(baseUrl, route, input as RouteInput<RouteDefinition>),
        {
          method: route.method,
          headers,
          body: requestBody(input.body, streamed),
        },
      );
      if (response.ok && isByteStream(route.response)) {
        const data = (await response.blob()) as RouteOutput<(typeof routes)[N]>;
        return { data, etag: response.headers.get('etag') };
      }
      const text = await response.text();
      const json: unknown = text === '' ? undefined : JSON.parse(text);
      if (!response.ok) {
        const body = (json as ErrorBody | undefined)?.error ?? {
          code: 'http_error',
          message: `HTTP ${response.status}`,
          details: [],
        };
        throw new ApiError(response.status, body);
      }
      return { data: json as RouteOutput<(typeof routes)[N]>, etag: response.headers.get('etag') };
    },
  };
}

/** The client type. */
export type ApiClient = ReturnType<typeof createClient>;
