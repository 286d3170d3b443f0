import { type FormEvent, useState } from 'react';
import { useCreateResetLink } from '../../api/me';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { checkEmail, useFieldErrors } from '../../validation';
import { CopyField } from '../copy-field';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

/** Owner only: a one-time link for someone who forgot their password. */
export function ResetLinkSection() {
  const { timeZone } = useCurrentUser();
  const create = useCreateResetLink();
  const [email, setEmail] = useState('');
  const [link, setLink] = useState<{ url: string; email: string; expiresAt: string } | null>(null);
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const problem = checkEmail(email);
    if (!show(problem ? { email: problem } : {})) return;
    create.mutate(email.trim(), {
      onSuccess: (created) => {
        setLink(created);
        setEmail('');
      },
    });
  }

  return (
    <SectionCard
      id="password-resets"
      title="Password resets"
      intro="Someone forgot their password? Make a one-time link and give it to them yourself. It works for a day and signs them out everywhere."
    >
      {link && (
        <div className="secret">
          <p className="warning" role="alert">
            Give this link to {link.email} only. It works once, until{' '}
            {formatDateTime(link.expiresAt, timeZone)}.
          </p>
          <CopyField key={link.url} label="Reset link" value={link.url} />
          <button type="button" onClick={() => setLink(null)}>
            Done
          </button>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="inline-form">
        <Field
          label="Their e-mail"
          name="resetEmail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <button type="submit" aria-disabled={create.isPending}>
          Make a reset link
        </button>
      </form>
      <FormError error={create.error} />
    </SectionCard>
  );
}
