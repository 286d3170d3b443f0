import { type FormEvent, useState } from 'react';
import { useForgotPassword, useSetupStatus } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { Field } from '../components/field';
import { FormError } from '../components/form-messages';
import { Link } from '../router';
import { checkEmail, useFieldErrors } from '../validation';

/** "Forgot password?": a link by e-mail when the server can send mail, else whom to ask. */
export function ForgotPasswordPage() {
  const byMail = useSetupStatus().data?.resetByMail ?? false;
  const forgot = useForgotPassword();
  const [email, setEmail] = useState('');
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (forgot.isPending) return;
    const problem = checkEmail(email);
    if (show(problem ? { email: problem } : {})) forgot.mutate(email.trim());
  }

  if (!byMail) {
    return (
      <AuthCard title="Forgot your password?">
        <p>
          This Rapport can’t send e-mail. Ask its owner for a reset link: they can make one in
          Settings, or on the server with <code>rapport password reset YOUR-EMAIL</code>.
        </p>
        <p className="aside">
          <Link to="/signin">Back to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter your e-mail address and we’ll send you a link to choose a new password."
    >
      {forgot.isSuccess ? (
        <p role="status">{forgot.data.message}</p>
      ) : (
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
          <FormError error={forgot.error} />
          <button type="submit" className="primary" aria-disabled={forgot.isPending}>
            {forgot.isPending ? 'Sending…' : 'Send the link'}
          </button>
        </form>
      )}
      <p className="aside">
        <Link to="/signin">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
