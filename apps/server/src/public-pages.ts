import {
  pageContentSecurityPolicy,
  renderAtomFeed,
  renderHtmlShell,
  renderPublicHtml,
  renderPublicIndex,
} from '@aftermath/analysis';
import { listPublishedPostmortems, readPublishedPostmortem, type Context } from '@aftermath/core';
import { incidentKey } from '@aftermath/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The title of the public index and feed. */
const TITLE = 'Published postmortems';

// The public pages keep their inline style and nothing else: no script, no frame, no form.
const publicPolicy = `${pageContentSecurityPolicy}; frame-ancestors 'none'`;

function sendPage(reply: FastifyReply, status: number, type: string, body: string) {
  // A postmortem taken back (reopened, restricted) must vanish at once: caches revalidate.
  return reply
    .code(status)
    .header('content-security-policy', publicPolicy)
    .header('cache-control', 'no-cache')
    .type(type)
    .send(body);
}

const notPublished = renderHtmlShell(
  'Not found',
  '<h1>Not found</h1>\n<p>No published postmortem has this address. <a href="./">All published postmortems</a></p>',
);

/**
 * The public version as static pages, readable without signing in: `/public/` (the index),
 * `/public/INC-7.html` (one postmortem) and `/public/feed.atom`. Only published postmortems of
 * non-restricted incidents, redacted, internal sections removed; an unpublished or restricted
 * one answers the same 404 as a missing one.
 */
export function installPublicPages(app: FastifyInstance, ctx: Context): void {
  app.get('/public', (_request, reply) => reply.redirect('/public/', 301));
  app.get('/public/', async (_request, reply) => {
    const entries = await listPublishedPostmortems(ctx);
    return sendPage(reply, 200, 'text/html; charset=utf-8', renderPublicIndex(TITLE, entries));
  });
  app.get('/public/feed.atom', async (request, reply) => {
    const entries = await listPublishedPostmortems(ctx);
    const baseUrl = `${request.protocol}://${request.host}/public/`;
    const feed = renderAtomFeed({ title: TITLE, baseUrl, now: ctx.clock().toISOString() }, entries);
    return sendPage(reply, 200, 'application/atom+xml; charset=utf-8', feed);
  });
  app.get<{ Params: { page: string } }>('/public/:page', async (request, reply) => {
    const key = incidentKey.safeParse(request.params.page.replace(/\.html$/, ''));
    const version =
      key.success && request.params.page.endsWith('.html')
        ? await readPublishedPostmortem(ctx, key.data)
        : null;
    if (version === null) return sendPage(reply, 404, 'text/html; charset=utf-8', notPublished);
    return sendPage(reply, 200, 'text/html; charset=utf-8', renderPublicHtml(version.document));
  });
}
