import { useId, useState } from 'react';
import { useCreateTeamInvite } from '../../api/team';
import type { TeamInvite } from '../../api/team-types';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { InviteLinkForm } from '../invite-link-form';

/** Invite links (admins): for anyone, or for one e-mail address, which is mailed when it can be. */
export function InviteForm({ workspaceId }: { workspaceId: string }) {
  const { timeZone } = useCurrentUser();
  const create = useCreateTeamInvite(workspaceId);
  const [who, setWho] = useState<'auto' | 'new' | 'colleague'>('auto');
  const whoId = useId();

  return (
    <InviteLinkForm<TeamInvite>
      name="teamInviteEmail"
      hint="Leave it empty for a link anyone with an account here can use."
      pending={create.isPending}
      error={create.error}
      create={(email, made) => {
        const newcomer = who === 'auto' ? undefined : who === 'new';
        create.mutate({ email, newcomer }, { onSuccess: made });
      }}
      notice={(invite) => (
        <p role="status">
          {invite.mailed
            ? `E-mailed to ${invite.email}. You can also send the link yourself:`
            : invite.email
              ? `Send this link to ${invite.email}; it works once, for that address.`
              : 'Anyone with this link can join once they have an account here.'}{' '}
          {invite.email && !invite.mailed && 'Without an account, they create one from the link. '}
          Open until {formatDateTime(invite.expiresAt, timeZone)}.
        </p>
      )}
    >
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
    </InviteLinkForm>
  );
}
