import { type FormEvent, useState } from 'react';
import {
  type Account,
  useAccountResetLink,
  useAccounts,
  useChangeAccount,
  useRemoveAccount,
} from '../../api/admin';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { CopyField } from '../copy-field';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';

const ROLE_LABELS = { owner: 'Owner', admin: 'Admin', member: 'Member' } as const;

/** Admins manage members; the owner manages members and admins; nobody manages the owner. */
function mayManage(me: { id: string; role: Account['role'] }, account: Account) {
  if (account.id === me.id || account.role === 'owner') return false;
  return me.role === 'owner' || account.role === 'member';
}

/** Every account: when it was made and last used, and what an admin may do with it. */
export function UsersTable() {
  const me = useCurrentUser();
  const accounts = useAccounts();
  const change = useChangeAccount();
  const resetLink = useAccountResetLink();
  const [removing, setRemoving] = useState<Account | null>(null);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, me.timeZone) : 'never');
  return (
    <>
      <FormError error={accounts.error} />
      {accounts.isPending && <p className="hint">Loading…</p>}
      {accounts.data && (
        <table className="list-table">
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Created</th>
              <th scope="col">Last active</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.map((account) => (
              <tr key={account.id}>
                <th scope="row">
                  {account.name}
                  {account.id === me.id && <span className="hint"> (you)</span>}
                </th>
                <td data-label="E-mail">{account.email}</td>
                <td data-label="Role">{ROLE_LABELS[account.role]}</td>
                <td data-label="Created">{when(account.createdAt)}</td>
                <td data-label="Last active">{when(account.lastActiveAt)}</td>
                <td data-label="Status">{account.disabledAt ? 'Disabled' : 'Active'}</td>
                <td className="row-actions">
                  {mayManage(me, account) && (
                    <>
                      <button
                        type="button"
                        aria-label={`${account.disabledAt ? 'Enable' : 'Disable'} ${account.name}`}
                        onClick={() =>
                          change.mutate({
                            id: account.id,
                            change: { disabled: !account.disabledAt },
                          })
                        }
                      >
                        {account.disabledAt ? 'Enable' : 'Disable'}
                      </button>
                      {(account.role === 'member' || me.role === 'owner') && (
                        <button
                          type="button"
                          aria-label={`${account.role === 'admin' ? 'Make member' : 'Make admin'}: ${account.name}`}
                          onClick={() =>
                            change.mutate({
                              id: account.id,
                              change: { role: account.role === 'admin' ? 'member' : 'admin' },
                            })
                          }
                        >
                          {account.role === 'admin' ? 'Make member' : 'Make admin'}
                        </button>
                      )}
                      <button
                        type="button"
                        aria-label={`Reset link for ${account.name}`}
                        onClick={() => resetLink.mutate(account.id)}
                      >
                        Reset link
                      </button>
                      <button
                        type="button"
                        aria-label={`Remove ${account.name}`}
                        onClick={() => setRemoving(account)}
                      >
                        Remove
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={change.error ?? resetLink.error} />
      {resetLink.data && (
        <div className="secret">
          <p className="warning" role="alert">
            Hand this link to {resetLink.data.email} yourself; it works once, until{' '}
            {formatDateTime(resetLink.data.expiresAt, me.timeZone)}.
          </p>
          <CopyField key={resetLink.data.url} label="Reset link" value={resetLink.data.url} />
        </div>
      )}
      {removing && (
        <RemoveAccountForm key={removing.id} account={removing} onDone={() => setRemoving(null)} />
      )}
    </>
  );
}

/** Removing deletes everything the account recorded, so its e-mail is typed to confirm. */
function RemoveAccountForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const remove = useRemoveAccount();
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (remove.isPending) return;
    remove.mutate(
      { id: account.id, removal: { confirmEmail: typed } },
      {
        onSuccess: () => {
          setMessage(`${account.name}’s account and everything they recorded were removed.`);
          onDone();
        },
      },
    );
  }
  return (
    <form onSubmit={submit} noValidate className="stack card" aria-label="Remove account">
      <p className="warning">
        Removing {account.name} deletes their account and everything they recorded (people, notes,
        conversations). It cannot be undone.
      </p>
      <Field
        label={`Type ${account.email} to confirm`}
        name="confirmEmail"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
      />
      <FormError error={remove.error} />
      <FormStatus message={message} />
      <div className="actions">
        <button type="submit" className="danger" aria-disabled={remove.isPending}>
          Remove {account.name}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
