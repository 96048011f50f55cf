import { createClient } from '@aftermath/contract';
import { csrfHeaders, sessionAwareFetch } from './session';

/**
 * The typed API client, pointed at the server that served this page. The session cookie rides
 * along by itself; unsafe requests also carry the session's CSRF token.
 */
export const api = createClient(window.location.origin, {
  headers: csrfHeaders,
  fetch: sessionAwareFetch,
});

export { describeError, etagOf, isNotFound, isVersionConflict } from './errors';
