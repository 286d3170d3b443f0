import { type FormEvent, useState } from 'react';
import { useChangePassword } from '../../api/me';
import { useCurrentUser } from '../../current-user';
import {
  checkConfirmation,
  checkNewPassword,
  collectErrors,
  useFieldErrors,
} from '../../validation';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { NewPasswordFields } from '../new-password-fields';
import { SectionCard } from '../section-card';

export function PasswordSection() {
  const user = useCurrentUser();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { formRef, errors, show } = useFieldErrors<'current' | 'new' | 'confirmation'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (change.isPending) return;
    const valid = show(
      collectErrors({
        current: currentPassword ? undefined : 'Enter your current password.',
        new: checkNewPassword(newPassword),
        confirmation: checkConfirmation(newPassword, confirmation),
      }),
    );
    if (!valid) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmation('');
        },
      },
    );
  }

  return (
    <SectionCard
      id="password"
      title="Password"
      intro="Changing it signs you out on every other device."
    >
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" autoComplete="username" value={user.email} readOnly hidden />
        <Field
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={errors.current}
        />
        <NewPasswordFields
          label="New password"
          name="newPassword"
          confirmName="confirmNewPassword"
          password={newPassword}
          confirmation={confirmation}
          onPassword={setNewPassword}
          onConfirmation={setConfirmation}
          errors={{ password: errors.new, confirmation: errors.confirmation }}
        />
        <FormError error={change.error} />
        <FormStatus
          message={
            change.isSuccess &&
            `Password changed. Your other sessions were signed out.${
              change.data.apiTokens.length > 0
                ? ` These API tokens still work; revoke any you don’t recognise below: ${change.data.apiTokens.map((t) => t.name).join(', ')}.`
                : ''
            }`
          }
        />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={change.isPending}>
            Change password
          </button>
        </div>
      </form>
    </SectionCard>
  );
}
