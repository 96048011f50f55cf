import { buildOpenApiDocument } from '@aftermath/contract';
import {
  createIdGenerator,
  defaultSessionPolicy,
  productVersion,
  type Context,
  type IdentityContext,
  type SessionPolicy,
  type Store,
  type TrackerDeps,
} from '@aftermath/core';
import { systemClock, type Clock } from '@aftermath/domain';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { installErrorHandling } from './error-handler';
import { redactedLogPaths, redactingLogStream, type LogStream } from './log-redaction';
import { registerRoutes } from './register-routes';
import { installSecurityHeaders } from './security-headers';
import { actionHandlers } from './routes/actions.routes';
import { analysisHandlers } from './routes/analysis.routes';
import { demoHandlers } from './routes/demo.routes';
import { evidenceHandlers } from './routes/evidence.routes';
import { incidentHandlers } from './routes/incidents.routes';
import { postmortemHandlers } from './routes/postmortems.routes';
import { policyHandlers } from './routes/policy.routes';
import { serviceHandlers } from './routes/services.routes';
import { settingsHandlers } from './routes/settings.routes';
import { rcaHandlers } from './routes/rca.routes';
import { similarityHandlers } from './routes/similarity.routes';
import { tagsHandlers } from './routes/tags.routes';
import { savedViewsHandlers } from './routes/saved-views.routes';
import { publicationHandlers } from './routes/publication.routes';
import { postmortemTemplateHandlers } from './routes/postmortem-templates.routes';
import { commentHandlers, historyHandlers, reviewHandlers } from './routes/review.routes';
import { jointPostmortemHandlers } from './routes/joint-postmortems.routes';
import { systemHandlers } from './routes/system.routes';
import { timelineHandlers } from './routes/timeline.routes';
import { metricsHandlers } from './routes/metrics.routes';
import { programmeHealthHandlers } from './routes/programme-health.routes';
import { searchHandlers } from './routes/search.routes';
import { sloHandlers } from './routes/slo.routes';
import { timelineViewHandlers } from './routes/timeline-view.routes';
import { webhooksHandlers } from './routes/webhooks.routes';
import { notificationsHandlers } from './routes/notifications.routes';
import { trackersHandlers } from './routes/trackers.routes';
import { createTrackerDeps } from './trackers/tracker-deps';
import { actionOverviewHandlers } from './routes/action-overview.routes';
import { actionVerificationHandlers } from './routes/action-verification.routes';
import { changesHandlers } from './routes/changes.routes';
import { sliSeriesHandlers } from './routes/sli-series.routes';
import { accountHandlers } from './routes/accounts.routes';
import { tokenScopeHandlers } from './routes/token-scopes.routes';
import { accessHandlers } from './routes/access.routes';
import { sessionHandlers } from './routes/session.routes';
import { oidcHandlers } from './routes/oidc.routes';
import { createOidcClient } from './identity/oidc-client';
import type { OidcOptions } from './identity/oidc-options';
import { installOidcRoutes } from './identity/oidc-routes';
import { createArgon2Hasher } from './identity/argon2-hasher';
import { createAuthenticate } from './principal';

import { defaultWebRoot, installWebApp } from './web';
import { installPublicPages } from './public-pages';

/** What the server is built from. */
export interface ServerOptions {
  store: Store;
  clock?: Clock;
  /** Folder of the built web app; defaults to apps/web/dist. */
  webRoot?: string;
  /** pino level: 'info' by default; 'silent' in tests. Per-request lines are logged at debug. */
  logLevel?: string;
  /** Where log lines go (stdout by default); every line passes secret redaction first. */
  logStream?: LogStream;
  /**
   * Largest accepted JSON request body in bytes (1 MiB by default). Evidence uploads stream to
   * the blob store and are not limited by it.
   */
  bodyLimit?: number;
  /**
   * True behind a reverse proxy that sets X-Forwarded-For/-Proto: only then are they believed
   * (client address for login throttling, HTTPS for the Secure cookie). False by default.
   */
  trustProxy?: boolean;
  /** Session lifetimes and login throttling; the defaults suit most installations. */
  sessionPolicy?: SessionPolicy;
  /** Sign-in through an OpenID Connect provider besides local passwords; none by default. */
  oidc?: OidcOptions | null;
  /** Tracker calls and the key that seals their tokens; from the environment by default. */
  trackers?: TrackerDeps;
}

/** Builds the HTTP application (API + web app) without listening. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const ctx: Context = {
    store: options.store,
    clock: options.clock ?? systemClock,
    newId: createIdGenerator(),
  };
  const identity: IdentityContext = { ...ctx, passwords: createArgon2Hasher() };
  const sessionPolicy = options.sessionPolicy ?? defaultSessionPolicy;
  const oidcClient = options.oidc ? createOidcClient(options.oidc) : null;
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: { paths: redactedLogPaths, censor: '[REDACTED]' },
      stream: redactingLogStream(options.logStream),
    },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      { method: request.method, url: request.url, status: reply.statusCode },
      'request',
    );
  });
  installSecurityHeaders(app);
  const serveWeb = await installWebApp(app, options.webRoot ?? defaultWebRoot);
  installErrorHandling(app, serveWeb);
  installPublicPages(app, ctx);
  const openApi = buildOpenApiDocument(productVersion);
  app.get('/api/v1/openapi.json', (_request, reply) => reply.send(openApi));
  if (options.oidc && oidcClient) {
    installOidcRoutes(app, oidcClient, identity, options.oidc.roleMapping, sessionPolicy);
  }
  registerRoutes(app, createAuthenticate(identity, sessionPolicy), {
    ...systemHandlers(ctx),
    ...demoHandlers(ctx),
    ...incidentHandlers(ctx),
    ...timelineHandlers(ctx),
    ...metricsHandlers(ctx),
    ...programmeHealthHandlers(ctx),
    ...searchHandlers(ctx),
    ...sloHandlers(ctx),
    ...timelineViewHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...postmortemHandlers(ctx),
    ...policyHandlers(ctx),
    ...actionHandlers(ctx),
    ...actionOverviewHandlers(ctx),
    ...actionVerificationHandlers(ctx),
    ...changesHandlers(ctx),
    ...sliSeriesHandlers(ctx),
    ...serviceHandlers(ctx),
    ...settingsHandlers(ctx),
    ...analysisHandlers(ctx),
    ...rcaHandlers(ctx),
    ...webhooksHandlers(ctx),
    ...notificationsHandlers(ctx),
    ...trackersHandlers(ctx, options.trackers ?? createTrackerDeps(process.env)),
    ...similarityHandlers(ctx),
    ...tagsHandlers(ctx),
    ...savedViewsHandlers(ctx),
    ...publicationHandlers(ctx),
    ...postmortemTemplateHandlers(ctx),
    ...reviewHandlers(ctx),
    ...commentHandlers(ctx),
    ...historyHandlers(ctx),
    ...jointPostmortemHandlers(ctx),
    ...sessionHandlers(identity, sessionPolicy),
    ...accountHandlers(identity),
    ...tokenScopeHandlers(identity),
    ...accessHandlers(ctx),
    ...oidcHandlers(oidcClient),
  });
  return app;
}

/** A listening server. */
export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Builds and starts the server on host:port (port 0 picks a free one). */
export async function startServer(
  options: ServerOptions & { host?: string; port?: number },
): Promise<RunningServer> {
  const app = await buildServer(options);
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 4000 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, app, close: () => app.close() };
}
