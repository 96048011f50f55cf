let csrfToken: string | null = null;

/** Remembers the CSRF token of the session GET /api/v1/session (or sign-in) answered with. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The header every request carries once a session is known (the server checks it on writes). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken === null ? {} : { 'x-csrf-token': csrfToken };
}

/** Fired when the server answers 401 to a signed-in page: the session ended (idle, expired). */
export const sessionEndedEvent = 'aftermath:session-ended';

/**
 * A fetch that reports an ended session: any 401 outside the sign-in routes fires
 * {@link sessionEndedEvent}, so the app can ask for a sign-in where the person stands.
 */
export const sessionAwareFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (response.status === 401 && !/\/api\/v1\/(session|setup)\b/.test(url)) {
    window.dispatchEvent(new Event(sessionEndedEvent));
  }
  return response;
};
