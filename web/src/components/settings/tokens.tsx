import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useCreateToken, useRevokeToken, useTokens } from '../../api/tokens';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { useFieldErrors } from '../../validation';
import { ConfirmButton } from '../confirm-button';
import { CopyField } from '../copy-field';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

export function TokensSection() {
  const { timeZone } = useCurrentUser();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const [name, setName] = useState('');
  // Kept apart from the mutation so a later failed attempt can't hide a secret not yet copied.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const { formRef, errors, show } = useFieldErrors<'name'>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    if (!show(name.trim() ? {} : { name: 'Give the token a name.' })) return;
    create.mutate(name.trim(), {
      onSuccess: ({ token, secret }) => {
        setCreated({ name: token.name, secret });
        setName('');
      },
    });
  }

  return (
    <SectionCard
      id="tokens"
      title="API tokens"
      intro="Tokens let scripts and the rapport command line use your account. Keep them secret."
    >
      {created && (
        <div className="secret">
          <p className="warning" role="alert">
            Copy your new token now. It won’t be shown again.
          </p>
          <CopyField
            key={created.secret}
            label={`Token “${created.name}”`}
            value={created.secret}
          />
          <button
            type="button"
            onClick={() => {
              setCreated(null);
              formRef.current?.querySelector('input')?.focus();
            }}
          >
            Done, I’ve copied it
          </button>
        </div>
      )}
      <form ref={formRef} onSubmit={submit} noValidate className="inline-form">
        <Field
          label="New token name"
          hint="Say where it’s used, e.g. “CLI on my laptop”."
          name="tokenName"
          autoComplete="off"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
        />
        <button type="submit" aria-disabled={create.isPending}>
          Create token
        </button>
      </form>
      <FormError error={create.error} />

      {tokens.isPending && <p role="status">Loading tokens…</p>}
      {tokens.isError && <p role="alert">{errorMessage(tokens.error)}</p>}
      {tokens.data?.length === 0 && <p className="empty">No tokens yet.</p>}
      {tokens.data && tokens.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Your API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Starts with</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.data.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td data-label="Starts with">
                  <code>{token.prefix}…</code>
                </td>
                <td data-label="Created">
                  <time dateTime={token.createdAt}>
                    {formatDateTime(token.createdAt, timeZone)}
                  </time>
                </td>
                <td data-label="Last used">
                  {token.lastUsedAt ? (
                    <time dateTime={token.lastUsedAt}>
                      {formatDateTime(token.lastUsedAt, timeZone)}
                    </time>
                  ) : (
                    'Never'
                  )}
                </td>
                <td className="row-actions">
                  <ConfirmButton
                    label="Revoke"
                    ariaLabel={`Revoke token ${token.name}`}
                    question={`Revoke “${token.name}”? Scripts using it stop working.`}
                    confirmLabel="Revoke"
                    onConfirm={() => revoke.mutate(token.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={revoke.error} />
    </SectionCard>
  );
}
