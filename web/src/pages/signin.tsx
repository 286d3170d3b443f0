import { type FormEvent, useState } from 'react';
import { useSetupStatus, useSignIn } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { SsoButton } from '../components/sso-button';
import { Link, safeNext, useLocation } from '../router';
import { checkEmail, collectErrors, useFieldErrors } from '../validation';

export function SignInPage() {
  const signIn = useSignIn();
  const status = useSetupStatus().data;
  const openSignup = status?.openSignup ?? false;
  const sso = status?.sso ?? null;
  // A new account goes on to where the visitor was headed too (e.g. a workspace invite).
  const wanted = useLocation().search.get('next');
  const next = wanted ? safeNext(wanted) : null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { formRef, errors, show } = useFieldErrors<'email' | 'password'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (signIn.isPending) return;
    const valid = show(
      collectErrors({
        email: checkEmail(email),
        password: password ? undefined : 'Enter your password.',
      }),
    );
    if (valid) signIn.mutate({ email: email.trim(), password });
  }

  // RAPPORT_OIDC_ONLY: the company's provider is the only way in.
  if (sso?.only) {
    return (
      <AuthCard title="Sign in">
        <div className="stack">
          <SsoButton sso={sso} next={next} primary />
        </div>
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Sign in">
      {sso && (
        <div className="stack">
          <SsoButton sso={sso} next={next} primary={false} />
          <p className="aside">or with your e-mail and password:</p>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <Field
          label="E-mail"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.password}
        />
        <FormError error={signIn.error} />
        <button type="submit" className="primary" aria-disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="aside">
        <Link to="/forgot">Forgot password?</Link>
      </p>
      {openSignup && (
        <p className="aside">
          New here?{' '}
          <Link to={next ? `/signup?next=${encodeURIComponent(next)}` : '/signup'}>
            Create an account
          </Link>
        </p>
      )}
    </AuthCard>
  );
}
