import type { PrometheusClient } from '@aftermath/core';
import { DomainError } from '@aftermath/domain';

/** How long one query may take before the poll gives up on it. */
const QUERY_TIMEOUT_MS = 15_000;

/**
 * A {@link PrometheusClient} over HTTP: `GET {url}/api/v1/query_range?query&start&end&step`.
 * A non-JSON or failed answer becomes an error naming the server and the query.
 */
export function createPrometheusClient(fetchImpl: typeof fetch = fetch): PrometheusClient {
  return {
    async queryRange(url, query, range) {
      const target = new URL('api/v1/query_range', url.endsWith('/') ? url : `${url}/`);
      target.searchParams.set('query', query);
      target.searchParams.set('start', String(range.start));
      target.searchParams.set('end', String(range.end));
      target.searchParams.set('step', `${range.stepSeconds}s`);
      const response = await fetchImpl(target, { signal: AbortSignal.timeout(QUERY_TIMEOUT_MS) });
      const text = await response.text();
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new DomainError(
          'validation',
          `Prometheus at ${url} answered ${response.status} without JSON to query_range for "${query}": ${text.slice(0, 200)}`,
        );
      }
    },
  };
}
