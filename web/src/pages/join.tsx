import { useSignUp } from '../api/session';
import { AccountForm } from '../components/account-form';
import { AuthCard } from '../components/auth-card';
import { Link } from '../router';

/** Sign-up, with an invite token from `/join/<token>` or, when signup is open, without. */
export function JoinPage({ params }: { params: Record<string, string> }) {
  const signUp = useSignUp();
  const inviteToken = params.token;
  return (
    <AuthCard
      title="Join Rapport"
      intro={
        inviteToken
          ? 'You’ve been invited. Create your account to start.'
          : 'Create your account to start.'
      }
    >
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
