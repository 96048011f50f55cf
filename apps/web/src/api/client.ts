import { createClient } from '@aftermath/contract';

/** The typed API client, pointed at the server that served this page. */
export const api = createClient(window.location.origin);

export { describeError, etagOf, isNotFound, isVersionConflict } from './errors';
