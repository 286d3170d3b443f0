import { type FormEvent, useState } from 'react';
import { useCreateTeamInvite } from '../../api/team';
import type { TeamInvite } from '../../api/team-types';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { checkEmail, useFieldErrors } from '../../validation';
import { CopyField } from '../copy-field';
import { Field } from '../field';
import { FormError } from '../form-messages';

/** Invite links (admins): for anyone, or for one e-mail address, which is mailed when it can be. */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { timeZone } = useCurrentUser();
  const create = useCreateTeamInvite(workspaceId);
  const [email, setEmail] = useState('');
  const [invite, setInvite] = useState<TeamInvite | null>(null);
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const problem = email.trim() ? checkEmail(email) : undefined;
    if (!show(problem ? { email: problem } : {})) return;
    create.mutate(email.trim() || null, {
      onSuccess: (created) => {
        setInvite(created);
        setEmail('');
      },
    });
  }

  return (
    <>
      {invite && (
        <div className="secret">
          <p role="status">
            {invite.mailed
              ? `E-mailed to ${invite.email}. You can also send the link yourself:`
              : invite.email
                ? `Send this link to ${invite.email}; it works once, for that address.`
                : 'Anyone with this link can join once they have an account here.'}{' '}
            Open until {formatDateTime(invite.expiresAt, timeZone)}.
          </p>
          <CopyField key={invite.url} label="Invite link" value={invite.url} />
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="inline-form">
        <Field
          label="Their e-mail (optional)"
          hint="Leave it empty for a link anyone with an account here can use."
          name="teamInviteEmail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <button type="submit" aria-disabled={create.isPending}>
          Create invite link
        </button>
      </form>
      <FormError error={create.error} />
    </>
  );
}
