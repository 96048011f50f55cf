import {
  isSetupRequired,
  setupFirstAdmin,
  signIn,
  signOut,
  type IdentityContext,
  type NewSession,
  type SessionPolicy,
} from '@aftermath/core';
import { DomainError } from '@aftermath/domain';
import type { Handlers, RequestConnection } from '../register-routes';
import { sessionCookie } from '../identity/session-cookie';

function startSession(
  session: NewSession,
  connection: RequestConnection,
  setHeader: (name: string, value: string) => void,
  policy: SessionPolicy,
) {
  setHeader('set-cookie', sessionCookie(session.sessionId, policy.maxAgeSeconds, connection.https));
  setHeader('cache-control', 'no-store');
  return { user: session.account, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
}

/** First-run setup and the browser session: sign in, who am I, sign out. */
export function sessionHandlers(
  ctx: IdentityContext,
  policy: SessionPolicy,
): Pick<
  Handlers,
  'getSetupStatus' | 'setupFirstAdmin' | 'getSession' | 'createSession' | 'deleteSession'
> {
  return {
    getSetupStatus: async () => ({ required: await isSetupRequired(ctx) }),
    setupFirstAdmin: async ({ body, connection, setHeader }) => {
      await setupFirstAdmin(ctx, body);
      const session = await signIn(
        ctx,
        { username: body.username, password: body.password, clientIp: connection.clientIp },
        policy,
      );
      return startSession(session, connection, setHeader, policy);
    },
    getSession: ({ connection }) => {
      const { session } = connection;
      if (session === null) {
        throw new DomainError('unauthenticated', 'Nobody is signed in with this browser');
      }
      return Promise.resolve({
        user: session.user,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      });
    },
    createSession: async ({ body, connection, setHeader }) => {
      const session = await signIn(ctx, { ...body, clientIp: connection.clientIp }, policy);
      return startSession(session, connection, setHeader, policy);
    },
    deleteSession: async ({ connection, setHeader }) => {
      if (connection.session !== null) await signOut(ctx, connection.session.id);
      setHeader('set-cookie', sessionCookie('', 0, connection.https));
      return undefined;
    },
  };
}
