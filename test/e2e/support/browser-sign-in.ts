/** Session cookies of the test servers started in this worker, by server URL. */
const signIns = new Map<string, { name: string; value: string }>();

/** Remembers a server's signed-in session so browsers opened later carry it. */
export function registerBrowserSignIn(url: string, cookie: { name: string; value: string }): void {
  signIns.set(url, cookie);
}

/** The cookies a new browser context starts with: one signed-in session per test server. */
export function signedInCookies() {
  return [...signIns.entries()].map(([url, cookie]) => ({ ...cookie, url }));
}
