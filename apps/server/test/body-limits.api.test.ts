// Every operation with a JSON body refuses a body over the server's limit with 413 and the one
// error shape, before any handler runs, so nothing of it is stored. Streamed bodies (evidence,
// SLI uploads, webhooks) are outside this limit by design and have their own tests.
import { isByteStream, routes, type RouteDefinition } from '@aftermath/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiHarness, type ApiHarness } from './api-harness';

/** The documented default of `ServerOptions.bodyLimit`: 1 MiB. */
const bodyLimit = 1024 * 1024;

const jsonBodyRoutes = Object.entries(routes as Record<string, RouteDefinition>).filter(
  ([, route]) => route.body !== undefined && !isByteStream(route.body),
);

/** Reads that together show what the workspace holds; equal before and after means no write. */
const stateReads = [
  '/api/v1/incidents?limit=200',
  '/api/v1/incidents/INC-1',
  '/api/v1/incidents/INC-1/timeline',
  '/api/v1/incidents/INC-1/postmortem',
  '/api/v1/incidents/INC-1/postmortem/review',
  '/api/v1/incidents/INC-1/postmortem/comments',
  '/api/v1/incidents/INC-1/actions',
  '/api/v1/actions',
  '/api/v1/services',
  '/api/v1/slos',
  '/api/v1/settings/severity-scale',
  '/api/v1/settings/text-checks',
  '/api/v1/settings/rca-taxonomy',
  '/api/v1/settings/policy',
  '/api/v1/settings/publication',
  '/api/v1/webhooks/sources',
  '/api/v1/webhooks/routing',
  '/api/v1/notifications/targets',
  '/api/v1/users',
  '/api/v1/tokens',
];

/** A concrete URL for a contract path: the demo's first incident, id 1 for everything else. */
function concreteUrl(path: string): string {
  return path.replace('{key}', 'INC-1').replace(/\{\w+\}/g, '1');
}

/** JSON of `bytes` length or more: a plausible object padded with one long string. */
function paddedBody(bytes: number, fields: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ ...fields, padding: '' });
  return `${head.slice(0, -2)}${'x'.repeat(Math.max(0, bytes - head.length))}"}`;
}

describe('JSON body limits over the whole route table (sqlite)', () => {
  let api: ApiHarness;
  let stateBefore: string[];
  const readState = () =>
    Promise.all(stateReads.map(async (url) => (await api.request('GET', url)).body));

  beforeAll(async () => {
    api = await createApiHarness('sqlite');
    expect((await api.request('POST', '/api/v1/demo')).statusCode).toBe(200);
    stateBefore = await readState();
  });
  afterAll(async () => {
    await api.close();
  });

  it('covers every JSON-body operation and reads real state', async () => {
    expect(jsonBodyRoutes.length).toBeGreaterThan(30);
    const incidents = await api.request('GET', '/api/v1/incidents?limit=200');
    expect(incidents.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
  });

  it.each(jsonBodyRoutes)(
    '%s refuses a body over 1 MiB with 413 and stores nothing',
    async (_name, route) => {
      const response = await api.request(
        route.method,
        concreteUrl(route.path),
        paddedBody(bodyLimit + 1, { title: 'Oversized', severity: 'SEV2' }),
      );
      expect(response.statusCode).toBe(413);
      const body = response.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe('payload_too_large');
      expect(body.error.message).toMatch(/\S/);
      expect(await readState()).toEqual(stateBefore);
    },
  );

  it('accepts a body just under the limit, so the limit and not the route refused the others', async () => {
    const fields = { title: 'Large but allowed', severity: 'SEV2' };
    const response = await api.request(
      'POST',
      '/api/v1/incidents',
      paddedBody(bodyLimit - 1, fields),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject(fields);
  });
});
