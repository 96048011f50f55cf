import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm install` (the root prepare script) builds the web app. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

const missingBuild = `<!doctype html><meta charset="utf-8"><title>Aftermath</title>
<p>The web app is not built. Run <code>npm run build -w @aftermath/web</code> (npm install does it).</p>`;

/**
 * Serves the built single-page app; any other GET falls back to index.html so deep links work.
 * Returns the fallback handler for the not-found route.
 */
export async function installWebApp(
  app: FastifyInstance,
  webRoot: string,
): Promise<(request: FastifyRequest, reply: FastifyReply) => unknown> {
  if (!existsSync(`${webRoot}/index.html`)) {
    return (_request, reply) => reply.code(200).type('text/html').send(missingBuild);
  }
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  return (_request, reply) => reply.type('text/html').sendFile('index.html');
}
