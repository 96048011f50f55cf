import type { ApiResult } from '@aftermath/contract';
import { etagOf } from './errors';

/** A resource with the ETag of the read (or write) that produced it, for the next If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** Keeps an API answer with its ETag, falling back to the version field the body carries. */
export function versioned<T extends { version: number }>(result: ApiResult<T>): Versioned<T> {
  return { data: result.data, etag: result.etag ?? etagOf(result.data.version) };
}
