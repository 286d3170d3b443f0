import { type FormEvent, useId, useState } from 'react';
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
  const [who, setWho] = useState<'auto' | 'new' | 'colleague'>('auto');
  const whoId = useId();
  const [invite, setInvite] = useState<TeamInvite | null>(null);
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const problem = email.trim() ? checkEmail(email) : undefined;
    if (!show(problem ? { email: problem } : {})) return;
    const newcomer = who === 'auto' ? undefined : who === 'new';
    create.mutate(
      { email: email.trim() || null, newcomer },
      {
        onSuccess: (created) => {
          setInvite(created);
          setEmail('');
        },
      },
    );
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
            {invite.email &&
              !invite.mailed &&
              'Without an account, they create one from the link. '}
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
        <div className="field">
          <label htmlFor={whoId}>Who is it for?</label>
          <select
            id={whoId}
            name="teamInviteWho"
            value={who}
            onChange={(event) => setWho(event.target.value as typeof who)}
          >
            <option value="auto">
              Let Rapport decide (new to the team after the workspace’s first two weeks)
            </option>
            <option value="new">Someone new to the team: introduce them to a few colleagues</option>
            <option value="colleague">A colleague already on the team: no introductions</option>
          </select>
        </div>
        <button type="submit" aria-disabled={create.isPending}>
          Create invite link
        </button>
      </form>
      <FormError error={create.error} />
    </>
  );
}
