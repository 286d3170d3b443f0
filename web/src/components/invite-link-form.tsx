// Making an invite link, the same on Settings (an account on this Rapport) and on a team's admin
// page (a place in the workspace): an optional e-mail, the page's own choices, and the new link
// shown to copy until the user is done with it.
import { type FormEvent, type ReactNode, useState } from 'react';
import { checkEmail, useFieldErrors } from '../validation';
import { CopyField } from './copy-field';
import { Field } from './field';
import { FormError } from './form-messages';

export function InviteLinkForm<Created extends { url: string }>({
  name,
  hint,
  pending,
  error,
  create,
  notice,
  children,
}: {
  /** The e-mail field's name, unique on its page. */
  name: string;
  /** What an empty e-mail means here. */
  hint: string;
  pending: boolean;
  error: unknown;
  /** Makes the link for the address (null: for anyone) and calls `made` when it is made. */
  create: (email: string | null, made: (created: Created) => void) => void;
  /** What the user should know about the new link, shown above it. */
  notice: (created: Created) => ReactNode;
  /** The page's other choices, between the e-mail and the button. */
  children?: ReactNode;
}) {
  const [email, setEmail] = useState('');
  // Kept apart from the mutation so a later failed attempt can't hide a link not yet sent.
  const [created, setCreated] = useState<Created | null>(null);
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const problem = email.trim() ? checkEmail(email) : undefined;
    if (!show(problem ? { email: problem } : {})) return;
    create(email.trim() || null, (made) => {
      setCreated(made);
      setEmail('');
    });
  }

  return (
    <>
      {created && (
        <div className="secret">
          {notice(created)}
          <CopyField key={created.url} label="Invite link" value={created.url} />
          <button
            type="button"
            onClick={() => {
              setCreated(null);
              formRef.current?.querySelector('input')?.focus();
            }}
          >
            Done
          </button>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="inline-form">
        <Field
          label="Their e-mail (optional)"
          hint={hint}
          name={name}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        {children}
        <button type="submit" aria-disabled={pending}>
          Create invite link
        </button>
      </form>
      <FormError error={error} />
    </>
  );
}
