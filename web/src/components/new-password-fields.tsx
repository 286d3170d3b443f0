// A new password and its confirmation: the pair every way in asks for (first run, sign-up, a
// change in Settings, a reset link), with the same hint, length and autocomplete everywhere.
import { MIN_PASSWORD_LENGTH, PASSWORD_HINT } from '../validation';
import { Field } from './field';

export function NewPasswordFields({
  label,
  name,
  confirmName,
  password,
  confirmation,
  onPassword,
  onConfirmation,
  errors,
}: {
  /** "Password" or "New password"; the second field is "Confirm …" of it. */
  label: string;
  name: string;
  confirmName: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: { password?: string; confirmation?: string };
}) {
  return (
    <>
      <Field
        label={label}
        hint={PASSWORD_HINT}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        error={errors.password}
      />
      <Field
        label={`Confirm ${label.toLowerCase()}`}
        name={confirmName}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => onConfirmation(event.target.value)}
        error={errors.confirmation}
      />
    </>
  );
}
