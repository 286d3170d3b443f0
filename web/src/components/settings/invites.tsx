import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useCreateInvite, useInvites, useRevokeInvite } from '../../api/invites';
import type { Invite } from '../../api/types';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { checkEmail, useFieldErrors } from '../../validation';
import { ConfirmButton } from '../confirm-button';
import { CopyField } from '../copy-field';
import { Field } from '../field';
import { FormError } from '../form-messages';
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
  const [email, setEmail] = useState('');
  // Kept apart from the mutation so a later failed attempt can't hide a link not yet sent.
  const [link, setLink] = useState<string | null>(null);
  const { formRef, errors, show } = useFieldErrors<'email'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const problem = email.trim() ? checkEmail(email) : undefined;
    if (!show(problem ? { email: problem } : {})) return;
    create.mutate(email.trim() || null, {
      onSuccess: ({ url }) => {
        setLink(url);
        setEmail('');
      },
    });
  }

  return (
    <SectionCard
      id="invites"
      title="Invites"
      intro="Invite colleagues to this Rapport. Each link creates one account."
    >
      {link && (
        <div className="secret">
          <p className="warning" role="alert">
            Send this link to the person you’re inviting. It won’t be shown again.
          </p>
          <CopyField key={link} label="Invite link" value={link} />
          <button
            type="button"
            onClick={() => {
              setLink(null);
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
          hint="Leave it empty for a link that anyone can use once."
          name="inviteEmail"
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
