import { useSetupStatus, useSignUp } from '../api/session';
import { AccountForm } from '../components/account-form';
import { AuthCard } from '../components/auth-card';
import { SsoButton } from '../components/sso-button';
import { Link } from '../router';

/** Sign-up, with an invite token from `/join/<token>` or, when signup is open, without. */
export function JoinPage({ params }: { params: Record<string, string> }) {
  const signUp = useSignUp();
  const inviteToken = params.token;
  const sso = useSetupStatus().data?.sso ?? null;
  const intro = inviteToken
    ? 'You’ve been invited. Create your account to start.'
    : 'Create your account to start.';
  // RAPPORT_OIDC_ONLY: the account is made by signing in with the company's provider.
  if (sso?.only) {
    return (
      <AuthCard title="Join Rapport" intro={intro}>
        <div className="stack">
          <SsoButton sso={sso} next={null} primary invite={inviteToken} />
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Join Rapport" intro={intro}>
      {sso && (
        <div className="stack">
          <SsoButton sso={sso} next={null} primary={false} invite={inviteToken} />
          <p className="aside">or with a password:</p>
        </div>
      )}
      <AccountForm
        submitLabel="Create account"
        pending={signUp.isPending}
        error={signUp.error}
        onSubmit={(account) => signUp.mutate(inviteToken ? { ...account, inviteToken } : account)}
      />
      <p className="aside">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </AuthCard>
  );
}
