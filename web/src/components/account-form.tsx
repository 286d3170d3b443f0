import { type FormEvent, useState } from 'react';
import type { NewAccount } from '../api/types';
import { browserTimeZone } from '../time-zones';
import {
  checkConfirmation,
  checkEmail,
  checkName,
  checkNewPassword,
  checkTimeZone,
  collectErrors,
  useFieldErrors,
} from '../validation';
import { Field } from './field';
import { FormError } from './form-messages';
import { NewPasswordFields } from './new-password-fields';
import { TimeZoneField } from './time-zone-field';

/** Name, e-mail, time zone and a new password: the first-run and invite sign-up form. */
export function AccountForm({
  submitLabel,
  pending,
  error,
  onSubmit,
  initialEmail = '',
}: {
  /** Prefilled, e.g. the address an invite was mailed to. */
  initialEmail?: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (account: NewAccount) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { formRef, errors, show } = useFieldErrors<
    'name' | 'email' | 'timeZone' | 'password' | 'confirmation'
  >();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const valid = show(
      collectErrors({
        name: checkName(name),
        email: checkEmail(email),
        timeZone: checkTimeZone(timeZone),
        password: checkNewPassword(password),
        confirmation: checkConfirmation(password, confirmation),
      }),
    );
    if (valid)
      onSubmit({ name: name.trim(), email: email.trim(), timeZone: timeZone.trim(), password });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack">
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <Field
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
      />
      <TimeZoneField value={timeZone} onChange={setTimeZone} error={errors.timeZone} />
      <NewPasswordFields
        label="Password"
        name="password"
        confirmName="confirmation"
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        errors={errors}
      />
      <FormError error={error} />
      <button type="submit" className="primary" aria-disabled={pending}>
        {pending ? 'Working…' : submitLabel}
      </button>
    </form>
  );
}
