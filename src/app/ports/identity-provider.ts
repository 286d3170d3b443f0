// Signing in with the company's OpenID Connect provider, as the use-cases see it. The adapter
// (integrations/oidc, openid-client) does the protocol: discovery, PKCE, the code exchange and
// every check on the ID token (signature, issuer, audience, expiry, nonce) and on the response
// (state, issuer). The app decides what the verified identity may do here.

/** What the browser must bring back: kept in a signed, short-lived cookie between the legs. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The identity the provider vouched for, after every check passed. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** Only true when the provider says so (`email_verified: true`); absent counts as false. */
  emailVerified: boolean;
  name: string | null;
}

export interface IdentityProvider {
  /** The provider's sign-in address for a new attempt, and what to keep until the callback. */
  begin(redirectUri: string): Promise<{ url: string; pending: PendingSignIn }>;
  /** Exchanges the code in the callback address and checks everything; throws the errors below. */
  finish(callbackUrl: URL, pending: PendingSignIn): Promise<VerifiedIdentity>;
}

/** The provider cannot be reached or answers nonsense (discovery, token or key endpoint). */
export class IdentityProviderUnavailable extends Error {}

/** The provider answered the callback with an error, e.g. the person pressed "Cancel". */
export class IdentityDenied extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The answer failed a check (state, nonce, issuer, audience, signature, a replayed code). */
export class IdentityCheckFailed extends Error {}
