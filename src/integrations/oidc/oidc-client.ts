// The IdentityProvider port over openid-client: authorization code flow with PKCE (S256), state
// and nonce. openid-client checks the ID token's signature (keys from the provider's JWKS),
// issuer, audience (our client id), expiry and nonce, and the callback's state and `iss`.
import * as oidc from 'openid-client';
import {
  IdentityCheckFailed,
  IdentityDenied,
  type IdentityProvider,
  IdentityProviderUnavailable,
  type PendingSignIn,
  type VerifiedIdentity,
} from '../../app/ports/identity-provider';
import type { OidcConfig } from '../../config';

/** A provider slower than this is treated as down: the person waits on a blank page meanwhile. */
const TIMEOUT_SECONDS = 10;
const SCOPE = 'openid email profile';

export function oidcIdentityProvider(
  settings: Pick<OidcConfig, 'issuer' | 'clientId' | 'clientSecret'>,
): IdentityProvider {
  let configuration: Promise<oidc.Configuration> | undefined;

  /** Discovered on first use, not at start-up (a provider that is down must not stop Rapport),
   * then kept; a failed discovery is tried again on the next sign-in. */
  function discover(): Promise<oidc.Configuration> {
    configuration ??= (async () => {
      const issuer = new URL(settings.issuer);
      // config.ts allows http:// only for a provider on this machine's loopback.
      const insecure = issuer.protocol === 'http:';
      try {
        return await oidc.discovery(
          issuer,
          settings.clientId,
          { client_secret: settings.clientSecret },
          oidc.ClientSecretBasic(settings.clientSecret),
          { timeout: TIMEOUT_SECONDS, execute: insecure ? [oidc.allowInsecureRequests] : [] },
        );
      } catch (error) {
        throw new IdentityProviderUnavailable(
          `The identity provider at ${issuer.origin} could not be reached (${describe(error)})`,
        );
      }
    })();
    configuration.catch(() => {
      configuration = undefined;
    });
    return configuration;
  }

  return {
    async begin(redirectUri) {
      const config = await discover();
      const pending: PendingSignIn = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: SCOPE,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    async finish(callbackUrl, pending) {
      const config = await discover();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const claims = tokens.claims();
        if (!claims) throw new IdentityCheckFailed('The provider sent no ID token');
        let profile: Record<string, unknown> = claims;
        // Many providers put e-mail and name only in the userinfo answer (the ID token stays
        // small); ask there, for the same subject, when the token lacks them.
        if (typeof claims.email !== 'string' && config.serverMetadata().userinfo_endpoint) {
          profile = {
            ...(await oidc.fetchUserInfo(config, tokens.access_token, claims.sub)),
            ...claims,
          };
        }
        return identityOf(claims.iss, claims.sub, profile);
      } catch (error) {
        throw classify(error);
      }
    },
  };
}

function identityOf(issuer: string, subject: string, profile: Record<string, unknown>) {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value.trim() : null;
  const name =
    text(profile.name) ??
    ([text(profile.given_name), text(profile.family_name)].filter(Boolean).join(' ') || null);
  return {
    issuer,
    subject,
    email: text(profile.email),
    emailVerified: profile.email_verified === true || profile.email_verified === 'true',
    name,
  } satisfies VerifiedIdentity;
}

function classify(error: unknown): Error {
  if (
    error instanceof IdentityCheckFailed ||
    error instanceof IdentityDenied ||
    error instanceof IdentityProviderUnavailable
  ) {
    return error;
  }
  if (error instanceof oidc.AuthorizationResponseError) {
    return new IdentityDenied(error.error, error.error_description ?? error.error);
  }
  if (unreachable(error)) {
    return new IdentityProviderUnavailable(
      `The identity provider could not be reached (${describe(error)})`,
    );
  }
  if (error instanceof oidc.ResponseBodyError && error.status >= 500) {
    return new IdentityProviderUnavailable(`The identity provider failed (${error.status})`);
  }
  return new IdentityCheckFailed(describe(error));
}

/** A network failure or a timeout, possibly wrapped by openid-client. */
function unreachable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 4; depth += 1) {
    const name = (cause as Error).name;
    const message = (cause as Error).message ?? '';
    if (name === 'AbortError' || name === 'TimeoutError') return true;
    if (name === 'TypeError' && /fetch failed/.test(message)) return true;
    if (
      'code' in (cause as object) &&
      /^(ECONN|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|UND_ERR)/.test(
        String((cause as { code: unknown }).code),
      )
    )
      return true;
    cause = (cause as Error).cause;
  }
  return false;
}

/** The messages of an error and its causes; never the causes' data (it holds token values). */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let cause = error, depth = 0; cause instanceof Error && depth < 3; depth += 1) {
    parts.push(cause.message);
    cause = cause.cause;
  }
  if (error instanceof oidc.ResponseBodyError) parts.push(error.error);
  return (parts.join(': ') || String(error)).slice(0, 300);
}
