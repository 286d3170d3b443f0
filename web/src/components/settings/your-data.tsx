import { type FormEvent, useState } from 'react';
import { EXPORT_JSON_URL, EXPORT_VCARD_URL, useDeleteAccount } from '../../api/account-data';
import { useCurrentUser } from '../../current-user';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

/** Bring people in, take everything out: import, export (JSON, vCard). */
export function YourDataSection() {
  return (
    <SectionCard
      id="your-data"
      title="Import and export"
      intro="Your records are yours: bring contacts in, or take everything with you."
    >
      <ul>
        <li>
          <a href="/import">Import contacts</a>{' '}
          <span className="hint">from a vCard file or a LinkedIn or Google CSV.</span>
        </li>
        <li>
          <a href={EXPORT_JSON_URL} download>
            Export everything (JSON)
          </a>{' '}
          <span className="hint">
            people, conversations, logs and settings; restores into Rapport.
          </span>
        </li>
        <li>
          <a href={EXPORT_VCARD_URL} download>
            Export people (vCard)
          </a>{' '}
          <span className="hint">for your address book.</span>
        </li>
      </ul>
    </SectionCard>
  );
}

/** Deleting the account and everything in it, after typing the password again. */
export function DeleteAccountSection() {
  const user = useCurrentUser();
  const remove = useDeleteAccount();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (remove.isPending) return;
    if (!password) {
      setError('Enter your password to confirm.');
      event.currentTarget.querySelector<HTMLElement>('input[name="deletePassword"]')?.focus();
      return;
    }
    setError(undefined);
    remove.mutate(password);
  }

  return (
    <SectionCard
      id="delete-account"
      title="Delete account"
      intro="This deletes your account and everything you recorded, for good. Export first if you may want it back."
    >
      <form onSubmit={submit} noValidate className="stack">
        <input type="email" autoComplete="username" value={user.email} readOnly hidden />
        <Field
          label="Your password"
          hint="Type it again to confirm."
          name="deletePassword"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={error}
        />
        <FormError error={remove.error} />
        <div className="actions">
          <button type="submit" className="danger" aria-disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete my account'}
          </button>
        </div>
      </form>
    </SectionCard>
  );
}
