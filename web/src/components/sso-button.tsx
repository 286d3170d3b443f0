import type { SetupStatus } from '../api/types';
import { browserTimeZone } from '../time-zones';

/**
 * "Sign in with …": a plain link, since the sign-in is a round trip through the company's
 * identity provider. It carries where to go afterwards and this browser's zone (a first sign-in
 * creates the account with it, then asks once whether it is right).
 */
export function SsoButton({
  sso,
  next,
  primary,
  invite,
}: {
  sso: NonNullable<SetupStatus['sso']>;
  next: string | null;
  primary: boolean;
  /** An owner's invite token (/join/<token>): lets the first sign-in create the account. */
  invite?: string | undefined;
}) {
  const query = new URLSearchParams({ tz: browserTimeZone() });
  if (next) query.set('next', next);
  if (invite) query.set('invite', invite);
  return (
    <a className={primary ? 'button primary' : 'button'} href={`${sso.startUrl}?${query}`}>
      {sso.label}
    </a>
  );
}
