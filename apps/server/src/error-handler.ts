import { routes } from '@aftermath/contract';
import { isDomainError, RateLimitedError } from '@aftermath/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody, statusByCode } from './errors';

const knownPaths = Object.values(routes).map((route) => ({
  method: route.method,
  pattern: new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`),
}));

/** Methods the contract allows on a path, to tell 405 from 404. */
function allowedMethods(url: string): string[] {
  const path = url.split('?')[0] ?? url;
  return knownPaths.filter((known) => known.pattern.test(path)).map((known) => known.method);
}

/** Maps domain errors to statuses and every other failure to the one error shape. */
export function installErrorHandling(
  app: FastifyInstance,
  serveWeb: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RateLimitedError) {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    if (isDomainError(error)) {
      return reply
        .code(statusByCode[error.code])
        .send(errorBody(error.code, error.message, error.details));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      const code =
        error.statusCode === 413
          ? 'payload_too_large'
          : error.statusCode === 415
            ? 'unsupported'
            : 'validation';
      return reply
        .code(error.statusCode)
        .send(errorBody(code, error.message, [{ path: 'body', message: error.message }]));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(errorBody('internal', 'Something went wrong on the server; the error was logged'));
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.url);
    if (allowed.length > 0) {
      return reply
        .code(405)
        .header('allow', allowed.join(', '))
        .send(
          errorBody(
            'method_not_allowed',
            `${request.method} is not allowed here; use ${allowed.join(', ')}`,
          ),
        );
    }
    const isApi = request.url.startsWith('/api/') || request.url === '/healthz';
    if (!isApi && (request.method === 'GET' || request.method === 'HEAD'))
      return serveWeb(request, reply);
    return reply
      .code(404)
      .send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
  });
}
