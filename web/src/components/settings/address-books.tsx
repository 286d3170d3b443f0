import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client';
import {
  useAddAddressBook,
  useAddressBooks,
  usePauseAddressBook,
  useRemoveAddressBook,
  useSyncAddressBook,
} from '../../api/contacts-sync';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { Field } from '../field';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

const EMPTY = { url: '', user: '', password: '', book: '', pushNew: false };

/** CardDAV address books kept in sync with Rapport (the phone's contacts). */
export function AddressBooksSection() {
  const { timeZone } = useCurrentUser();
  const books = useAddressBooks();
  const add = useAddAddressBook();
  const sync = useSyncAddressBook();
  const pause = usePauseAddressBook();
  const remove = useRemoveAddressBook();
  const [form, setForm] = useState(EMPTY);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      {
        ...form,
        url: form.url.trim(),
        user: form.user.trim(),
        book: form.book.trim() || undefined,
      },
      { onSuccess: () => setForm(EMPTY) },
    );
  }

  return (
    <SectionCard
      id="address-books"
      title="Address books"
      intro="Keep Rapport and your phone’s contacts (iCloud, Google, Nextcloud, Fastmail, Monica: any CardDAV server) in agreement. Names, e-mails, phones, addresses and dates sync both ways; your facts, notes and conversations never leave Rapport."
    >
      <form onSubmit={submit} noValidate>
        <Field
          label="Server address"
          name="davUrl"
          type="url"
          required
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
        />
        <Field
          label="User name"
          name="davUser"
          autoComplete="off"
          required
          value={form.user}
          onChange={(e) => setForm({ ...form, user: e.target.value })}
        />
        <Field
          label="Password or app password"
          hint="Stored encrypted; never shown again."
          name="davPassword"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <Field
          label="Address book (when the account has several)"
          name="davBook"
          autoComplete="off"
          value={form.book}
          onChange={(e) => setForm({ ...form, book: e.target.value })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.pushNew}
            onChange={(e) => setForm({ ...form, pushNew: e.target.checked })}
          />{' '}
          Also add people I create in Rapport to this address book
        </label>
        <button type="submit" aria-disabled={add.isPending}>
          Connect address book
        </button>
      </form>
      <FormError error={add.error} />

      {books.isPending && <p role="status">Loading address books…</p>}
      {books.isError && <p role="alert">{errorMessage(books.error)}</p>}
      {books.data?.length === 0 && <p className="empty">No address book connected.</p>}
      {books.data && books.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Your address books</caption>
          <thead>
            <tr>
              <th scope="col">Address book</th>
              <th scope="col">Last sync</th>
              <th scope="col">Conflicts</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {books.data.map((book) => (
              <tr key={book.id}>
                <th scope="row">
                  {book.book}
                  <br />
                  <small>{book.url}</small>
                </th>
                <td data-label="Last sync">
                  {book.lastSyncAt ? formatDateTime(book.lastSyncAt, timeZone) : 'Never'}
                  {book.lastError && <p className="warning">{book.lastError}</p>}
                  {book.paused && <p>Paused</p>}
                </td>
                <td data-label="Conflicts">{book.conflicts}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => sync.mutate(book.id)}>
                    Sync now
                  </button>
                  <button
                    type="button"
                    onClick={() => pause.mutate({ id: book.id, paused: !book.paused })}
                  >
                    {book.paused ? 'Resume' : 'Pause'}
                  </button>
                  <ConfirmButton
                    label="Disconnect"
                    ariaLabel={`Disconnect ${book.book}`}
                    question={`Disconnect “${book.book}”? People and cards stay as they are.`}
                    confirmLabel="Disconnect"
                    onConfirm={() => remove.mutate(book.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={sync.error ?? pause.error ?? remove.error} />
    </SectionCard>
  );
}
