import type { Account } from '@aftermath/domain';
import { ApiError } from '@aftermath/contract';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { rememberCsrfToken, sessionEndedEvent } from '../api/session';
import { FirstAdminPage } from '../pages/account/first-admin.page';
import { SignInPage } from '../pages/account/sign-in.page';
import { LoadFailed, Loading } from '../ui/states';

type GateState =
  | { kind: 'checking' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'setup' }
  | { kind: 'sign-in'; ended: boolean }
  | { kind: 'signed-in'; user: Account };

interface SessionValue {
  user: Account;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** The signed-in person and sign-out, for the shell's user menu. */
export function useSession(): SessionValue | null {
  return useContext(SessionContext);
}

async function checkSession(): Promise<GateState> {
  // Both questions at once, one round trip fewer before the first page draws; on a fresh
  // install the session's 401 is simply not needed.
  const session = api.call('getSession', {});
  session.catch(() => undefined);
  const { data: setup } = await api.call('getSetupStatus', {});
  if (setup.required) return { kind: 'setup' };
  try {
    const { data } = await session;
    rememberCsrfToken(data.csrfToken);
    return { kind: 'signed-in', user: data.user };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { kind: 'sign-in', ended: false };
    throw error;
  }
}

/**
 * Shows the page only to a signed-in person: the first-admin form on a fresh install, the
 * sign-in form otherwise. The URL never changes on the way, so a deep link opens once signed in;
 * when the session ends mid-visit (a 401), the sign-in form replaces the page the same way.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'checking' });
  const check = useCallback(() => {
    setState({ kind: 'checking' });
    checkSession().then(setState, (error: unknown) => setState({ kind: 'failed', error }));
  }, []);
  useEffect(check, [check]);
  useEffect(() => {
    const ended = () => {
      rememberCsrfToken(null);
      setState({ kind: 'sign-in', ended: true });
    };
    window.addEventListener(sessionEndedEvent, ended);
    return () => window.removeEventListener(sessionEndedEvent, ended);
  }, []);
  const signedIn = (user: Account) => setState({ kind: 'signed-in', user });
  const signOut = useCallback(async () => {
    await api.call('deleteSession', {});
    rememberCsrfToken(null);
    setState({ kind: 'sign-in', ended: false });
  }, []);

  switch (state.kind) {
    case 'checking':
      return <Loading what="your session" />;
    case 'failed':
      return <LoadFailed what="your session" error={state.error} onRetry={check} />;
    case 'setup':
      return <FirstAdminPage onCreated={signedIn} />;
    case 'sign-in':
      return <SignInPage onSignedIn={signedIn} ended={state.ended} />;
    case 'signed-in':
      return (
        <SessionContext.Provider value={{ user: state.user, signOut }}>
          {children}
        </SessionContext.Provider>
      );
  }
}
