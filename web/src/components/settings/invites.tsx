import { errorMessage } from '../../api/client';
import { useCreateInvite, useInvites, useRevokeInvite } from '../../api/invites';
import type { Invite } from '../../api/types';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { InviteLinkForm } from '../invite-link-form';
import { SectionCard } from '../section-card';

function inviteStatus(invite: Invite, timeZone: string): string {
  if (invite.usedAt) return `Used ${formatDateTime(invite.usedAt, timeZone)}`;
  if (Date.parse(invite.expiresAt) <= Date.now()) return 'Expired';
  return `Open until ${formatDateTime(invite.expiresAt, timeZone)}`;
}

/** Owner only: links that let someone create an account on this Rapport. */
export function InvitesSection() {
  const { timeZone } = useCurrentUser();
  const invites = useInvites();
  const create = useCreateInvite();
  const revoke = useRevokeInvite();
  return (
    <SectionCard
      id="invites"
      title="Invites"
      intro="Invite colleagues to this Rapport. Each link creates one account."
    >
      <InviteLinkForm<{ url: string }>
        name="inviteEmail"
        hint="Leave it empty for a link that anyone can use once."
        pending={create.isPending}
        error={create.error}
        create={(email, made) => create.mutate(email, { onSuccess: made })}
        notice={() => (
          <p className="warning" role="alert">
            Send this link to the person you’re inviting. It won’t be shown again.
          </p>
        )}
      />

      {invites.isPending && <p role="status">Loading invites…</p>}
      {invites.isError && <p role="alert">{errorMessage(invites.error)}</p>}
      {invites.data?.length === 0 && <p className="empty">No invites yet.</p>}
      {invites.data && invites.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Invites</caption>
          <thead>
            <tr>
              <th scope="col">For</th>
              <th scope="col">Created</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.data.map((invite) => {
              const who = invite.email ?? 'Anyone with the link';
              return (
                <tr key={invite.id}>
                  <th scope="row">{who}</th>
                  <td data-label="Created">
                    <time dateTime={invite.createdAt}>
                      {formatDateTime(invite.createdAt, timeZone)}
                    </time>
                  </td>
                  <td data-label="Status">{inviteStatus(invite, timeZone)}</td>
                  <td className="row-actions">
                    {!invite.usedAt && (
                      <ConfirmButton
                        label="Revoke"
                        ariaLabel={`Revoke invite for ${who}`}
                        question="Revoke this invite? The link stops working."
                        confirmLabel="Revoke"
                        onConfirm={() => revoke.mutate(invite.id)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <FormError error={revoke.error} />
    </SectionCard>
  );
}
