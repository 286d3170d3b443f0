import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../api/client';
import { enterApp, useResetLink, useResetPassword } from '../api/session';
import { AuthCard } from '../components/auth-card';
import { FormError } from '../components/form-messages';
import { NewPasswordFields } from '../components/new-password-fields';
import { Link } from '../router';
import { checkConfirmation, checkNewPassword, collectErrors, useFieldErrors } from '../validation';

/** `/reset/<token>`: choose a new password with a one-time link. */
export function ResetPasswordPage({ params }: { params: Record<string, string> }) {
  const token = params.token ?? '';
  const queryClient = useQueryClient();
  const link = useResetLink(token);
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { formRef, errors, show } = useFieldErrors<'password' | 'confirmation'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reset.isPending) return;
    const valid = show(
      collectErrors({
        password: checkNewPassword(password),
        confirmation: checkConfirmation(password, confirmation),
      }),
    );
    if (!valid) return;
    reset.mutate(
      { token, newPassword: password },
      {
        onSuccess: (session) => {
          if (session.apiTokens.length === 0) enterApp(queryClient, session);
        },
      },
    );
  }

  if (reset.data && reset.data.apiTokens.length > 0) {
    const session = reset.data;
    return (
      <AuthCard title="Password changed">
        <p role="status">
          Your new password is set and every other session was signed out. These API tokens still
          work; revoke any you don’t recognise in Settings:
        </p>
        <ul>
          {session.apiTokens.map((apiToken) => (
            <li key={apiToken.id}>
              {apiToken.name} <code>{apiToken.prefix}…</code>
            </li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={() => enterApp(queryClient, session)}>
          Continue
        </button>
      </AuthCard>
    );
  }

  if (link.isPending) {
    return (
      <AuthCard title="Choose a new password">
        <p role="status">Checking the link…</p>
      </AuthCard>
    );
  }
  if (link.isError) {
    return (
      <AuthCard title="This link can’t be used">
        <p role="alert">{errorMessage(link.error)}</p>
        <p className="aside">
          <Link to="/forgot">Ask for a new link</Link> or <Link to="/signin">sign in</Link>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      intro={`For ${link.data.email}. Setting it signs you out everywhere else.`}
    >
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" autoComplete="username" value={link.data.email} readOnly hidden />
        <NewPasswordFields
          label="New password"
          name="newPassword"
          confirmName="confirmNewPassword"
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          errors={errors}
        />
        <FormError error={reset.error} />
        <button type="submit" className="primary" aria-disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
    </AuthCard>
  );
}
