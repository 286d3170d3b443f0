import { useSetup, useSetupStatus } from '../api/session';
import { AccountForm } from '../components/account-form';
import { AuthCard } from '../components/auth-card';
import { SsoButton } from '../components/sso-button';

/** First run: creates the owner account, who is then signed in. */
export function SetupPage() {
  const setup = useSetup();
  const sso = useSetupStatus().data?.sso ?? null;
  if (sso?.only) {
    return (
      <AuthCard
        title="Welcome to Rapport"
        intro="Sign in with your company account. The first person to sign in becomes the owner of this Rapport and can invite others later."
      >
        <div className="stack">
          <SsoButton sso={sso} next={null} primary />
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Welcome to Rapport"
      intro="Let’s set up your account. You’ll be the owner of this Rapport and can invite others later."
    >
      {sso && (
        <div className="stack">
          <SsoButton sso={sso} next={null} primary={false} />
          <p className="aside">or create the account with a password:</p>
        </div>
      )}
      <AccountForm
        submitLabel="Create account"
        pending={setup.isPending}
        error={setup.error}
        onSubmit={(account) => setup.mutate(account)}
      />
    </AuthCard>
  );
}
