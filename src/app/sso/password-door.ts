// With RAPPORT_OIDC_ONLY=1 the company's provider is the only way in: leaving a password door
// open (sign-in, sign-up, first-run setup, reset links) would bypass the provider's policies
// (MFA, leavers being switched off there).
import type { AppContext } from '../context';
import { forbidden } from '../errors';

export function refuseWhenSsoOnly(ctx: AppContext): void {
  const sso = ctx.settings.sso;
  if (sso?.only) {
    throw forbidden(`Passwords are turned off here: sign in with ${sso.name}`);
  }
}
