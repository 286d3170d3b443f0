import { useAddToPeople } from '../../api/team-space';
import type { TodayWelcome } from '../../api/team-types';
import { useMarkWelcome } from '../../api/today';
import { Link } from '../../router';
import { FormError } from '../form-messages';

/**
 * Team welcomes on Today: a newcomer's colleagues to say hello to, or a newcomer to welcome,
 * with what the other person shares to start the chat. Each stays until "Said hello",
 * "Dismiss" or two weeks.
 */
export function WelcomesOnToday({ welcomes }: { welcomes: TodayWelcome[] }) {
  if (welcomes.length === 0) return null;
  return (
    <section className="card today-welcomes" aria-labelledby="today-welcomes-title">
      <h2 id="today-welcomes-title">First hellos · {welcomes.length}</h2>
      <ul className="welcome-list">
        {welcomes.map((w) => (
          <WelcomeRow key={w.id} welcome={w} />
        ))}
      </ul>
    </section>
  );
}

function WelcomeRow({ welcome: w }: { welcome: TodayWelcome }) {
  const mark = useMarkWelcome(w.id);
  const addToPeople = useAddToPeople(w.workspace.id);
  const about = [w.profile.role, w.profile.team, w.profile.city].filter(Boolean).join(' · ');
  return (
    <li className="welcome-item">
      <strong>{w.title}</strong>
      <p className="hint">{w.why}</p>
      {about && <p>{about}</p>}
      {w.profile.askMeAbout && <p>Ask them about: {w.profile.askMeAbout}</p>}
      {w.commonInterests.length > 0 && <p>You both like {w.commonInterests.join(', ')}</p>}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={mark.isPending}
          onClick={() => mark.mutate('done')}
        >
          Said hello
        </button>
        <button type="button" disabled={mark.isPending} onClick={() => mark.mutate('dismiss')}>
          Dismiss
        </button>
        {addToPeople.data ? (
          <Link to={`/people/${addToPeople.data.id}`}>Open {addToPeople.data.name}</Link>
        ) : (
          <button
            type="button"
            disabled={addToPeople.isPending}
            onClick={() => addToPeople.mutate(w.person.id)}
          >
            Add to my people
          </button>
        )}
        <Link to={`/team/${w.workspace.id}`}>{w.workspace.name}</Link>
      </div>
      <FormError error={mark.error ?? addToPeople.error} />
    </li>
  );
}
