import { useWelcomes } from '../../api/team-space';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { FormError } from '../form-messages';

/** Introductions involving the user: newcomers to say hello to, or colleagues to meet. */
export function WelcomesCard({ workspaceId }: { workspaceId: string }) {
  const user = useCurrentUser();
  const welcomes = useWelcomes(workspaceId);
  if (!welcomes.data?.length && !welcomes.error) return null;
  return (
    <section className="card" aria-labelledby="welcomes-title">
      <h2 id="welcomes-title">Welcomes</h2>
      <FormError error={welcomes.error} />
      <ul className="welcome-list">
        {welcomes.data?.map((w) => {
          const newcomer = w.newcomer.id === user.id;
          return (
            <li key={`${w.createdAt}-${w.newcomer.id}-${w.colleague.id}`}>
              {newcomer ? (
                <>
                  Say hello to <strong>{w.colleague.name}</strong>
                </>
              ) : (
                <>
                  Welcome <strong>{w.newcomer.name}</strong>, who just joined
                </>
              )}
              <span className="hint">
                {' '}
                · {w.reason} · {formatDateTime(w.createdAt, user.timeZone)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
