/**
 * What a browser does with `fetch`: keeps cookies per origin, follows redirects one by one (so a
 * test can look at or change each hop) and submits HTML forms.
 */
export class CookieBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The cookies this browser holds for an origin. */
  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (jar === undefined) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }

  /** One request without following redirects; cookies sent and stored. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.cookies(origin);
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    const headers = new Headers(init.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      const expires = attributes.find((a) => /^\s*expires=/i.test(a));
      const expired = expires !== undefined && Date.parse(expires.split('=')[1] ?? '') < Date.now();
      if (value === '' || gone || expired) jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /**
   * Follows redirects from `url` until an answer that is not one, or until `stop` says so for a
   * redirect target (the target is then returned unfollowed).
   */
  async follow(
    url: string,
    stop: (location: string) => boolean = () => false,
  ): Promise<{ response: Response; url: string }> {
    let current = url;
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await this.request(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        return { response, url: current };
      }
      const next = new URL(location, current).href;
      if (stop(next)) return { response, url: next };
      current = next;
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }

  /** Submits the first form of an HTML page with these fields; returns the answer's redirect. */
  async submitForm(pageUrl: string, html: string, fields: Record<string, string>): Promise<string> {
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (action === undefined) throw new Error(`no form on ${pageUrl}: ${html.slice(0, 300)}`);
    const hidden = [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)];
    const body = new URLSearchParams(hidden.map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    const response = await this.request(new URL(action.replaceAll('&amp;', '&'), pageUrl).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    const location = response.headers.get('location');
    if (location === null) throw new Error(`form at ${pageUrl} answered ${response.status}`);
    return new URL(location, pageUrl).href;
  }
}
