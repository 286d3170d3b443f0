// Walks a session through the test provider's pages with plain fetch: follows its redirects,
// keeps its cookies, fills its login form (the login name picks the account) and consents, until
// it redirects back to Rapport. Returns that address for the test to deliver to Rapport.

export interface ProviderWalk {
  /** The login name (an account of TEST_ACCOUNTS). */
  login: string;
  /** Press "Cancel" at the login page instead (the provider answers `access_denied`). */
  cancel?: boolean;
}

export async function walkProvider(
  authorizationUrl: string,
  returnPrefix: string,
  walk: ProviderWalk,
): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    if (url.startsWith(returnPrefix)) return new URL(url);
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    method = 'GET';
    body = undefined;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200) throw new Error(`provider said ${response.status}: ${html}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form on the provider's page: ${html.slice(0, 500)}`);
    const isLogin = html.includes('name="login"');
    if (isLogin && walk.cancel) {
      url = new URL(`${new URL(action, url).pathname}/abort`, url).href;
      continue;
    }
    method = 'POST';
    body = isLogin
      ? new URLSearchParams({ prompt: 'login', login: walk.login, password: 'any password' })
      : new URLSearchParams({ prompt: 'consent' });
    url = new URL(action, url).href;
  }
  throw new Error('too many hops at the provider');
}
