import { useSetup } from '../api/session';
import { AccountForm } from '../components/account-form';
import { AuthCard } from '../components/auth-card';

/** First run: creates the owner account, who is then signed in. */
export function SetupPage() {
  const setup = useSetup();
  return (
    <AuthCard
      title="Welcome to Rapport"
      intro="Let’s set up your account. You’ll be the owner of this Rapport and can invite others later."
    >
      <AccountForm
        submitLabel="Create account"
        pending={setup.isPending}
        error={setup.error}
        onSubmit={(account) => setup.mutate(account)}
      />
    </AuthCard>
  );
}
