import { errorMessage } from '../../api/client';
import { useEndSession, useSessions } from '../../api/me';
import { useSignOut } from '../../api/session';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';
import { SectionCard } from '../section-card';

/** Where you are signed in, by device; sign out one session or all of them. */
export function SessionsSection() {
  const { timeZone } = useCurrentUser();
  const sessions = useSessions();
  const endOne = useEndSession();
  const signOut = useSignOut();
  return (
    <SectionCard
      id="sessions"
      title="Sessions"
      intro="Where you’re signed in. A session ends after 30 days, or after a week unused. Lost a device? Sign it out here."
    >
      {sessions.isPending && <p role="status">Loading sessions…</p>}
      {sessions.isError && <p role="alert">{errorMessage(sessions.error)}</p>}
      {sessions.data && sessions.data.length > 0 && (
        <table className="list-table">
          <caption className="visually-hidden">Sessions</caption>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Signed in</th>
              <th scope="col">Last used</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {session.device}
                  {session.current && ' (this browser)'}
                </th>
                <td data-label="Signed in">
                  <time dateTime={session.createdAt}>
                    {formatDateTime(session.createdAt, timeZone)}
                  </time>
                </td>
                <td data-label="Last used">
                  <time dateTime={session.lastSeenAt}>
                    {formatDateTime(session.lastSeenAt, timeZone)}
                  </time>
                </td>
                <td className="row-actions">
                  {session.current ? null : (
                    <ConfirmButton
                      label="Sign out"
                      ariaLabel={`Sign out ${session.device}`}
                      question={`Sign out ${session.device}?`}
                      confirmLabel="Sign out"
                      onConfirm={() => endOne.mutate(session.id)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormError error={endOne.error} />
      <FormError error={signOut.error} />
      <ConfirmButton
        label="Sign out everywhere"
        question="Sign out on every device, this one too?"
        confirmLabel="Sign out everywhere"
        disabled={signOut.isPending}
        onConfirm={() => signOut.mutate({ everywhere: true })}
      />
    </SectionCard>
  );
}
