// A real OpenID Connect provider for tests: the npm `oidc-provider` package (the certified
// implementation behind many IdPs) on a free loopback port, with its own signing key, one
// confidential client for Rapport, and a few accounts. Its development login and consent pages
// (devInteractions) take any password; the login name picks the account.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  email: string;
  emailVerified: boolean;
  name: string;
}

/** Login name -> account. */
export const TEST_ACCOUNTS: Record<string, TestAccount> = {
  ada: { email: 'ada@example.com', emailVerified: true, name: 'Ada Lovelace' },
  grace: { email: 'grace@example.com', emailVerified: true, name: 'Grace Hopper' },
  mallory: { email: 'mallory@example.com', emailVerified: false, name: 'Mallory Unverified' },
  eve: { email: 'eve@elsewhere.org', emailVerified: true, name: 'Eve Elsewhere' },
};

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Stops answering (a provider that is down) until `resume`. */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startOidcProvider(redirectUris: string[]): Promise<TestOidcProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let paused = false;
  const server = createServer((req, res) => {
    if (paused || !handler) {
      req.socket.destroy();
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'rapport';
  const clientSecret = randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig' };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    // Set, so the provider does not print a notice for each default on first use.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    async findAccount(_ctx: unknown, id: string) {
      const account = TEST_ACCOUNTS[id];
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          return {
            sub: id,
            email: account.email,
            email_verified: account.emailVerified,
            name: account.name,
          };
        },
      };
    },
  });
  // Errors rendered to the session are expected in some tests; keep the test output quiet.
  provider.on('server_error', () => {});
  handler = provider.callback();

  return {
    issuer,
    clientId,
    clientSecret,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
