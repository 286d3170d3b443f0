import { useGiveFeedback, useLatestRound } from '../../api/team-space';
import type { CoffeeGroup, MyRound, Workspace } from '../../api/team-types';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { formatDate } from '../../time';
import { DAY_NAMES } from '../../weekdays';
import { FormError } from '../form-messages';

const ANSWERS = [
  { answer: 'met', label: 'We met' },
  { answer: 'didnt', label: 'We didn’t' },
  { answer: 'again', label: 'Meet again' },
] as const;

/** "Tue 8 Dec, 15:00 – 15:30" on the user's own clock. */
function slotText(slot: NonNullable<CoffeeGroup['slot']>, timeZone: string): string {
  const start = new Date(slot.start);
  const end = new Date(start.getTime() + slot.minutes * 60_000);
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).formatRange(start, end);
}

function nextRoundHint(workspace: Workspace): string {
  const p = workspace.pairing;
  if (!p.enabled) return 'Rounds aren’t scheduled yet; an admin can start one.';
  const every = p.everyWeeks === 1 ? 'Every week' : `Every ${p.everyWeeks} weeks`;
  const day = DAY_NAMES[p.weekday as keyof typeof DAY_NAMES] ?? p.weekday;
  return `${every}, on ${day} at ${String(p.hour).padStart(2, '0')}:00 (${p.timeZone}).`;
}

/** The user's coffee group of the latest round: who, why, when, and how it went. */
export function CoffeeCard({ workspace }: { workspace: Workspace }) {
  const round = useLatestRound(workspace.id);
  return (
    <section className="card" aria-labelledby="coffee-title">
      <h2 id="coffee-title">Your coffee</h2>
      <FormError error={round.error} />
      {round.isPending && <p className="hint">Loading…</p>}
      {round.data === null && <p className="empty">No round yet. {nextRoundHint(workspace)}</p>}
      {round.data && !round.data.group && (
        <p className="empty">
          You weren’t in the round of {formatDate(round.data.date)}.{' '}
          <Link to={`/team/${workspace.id}/profile`}>Opt in to coffee pairings</Link> for the next
          one. {nextRoundHint(workspace)}
        </p>
      )}
      {round.data?.group && <Group workspaceId={workspace.id} round={round.data} />}
    </section>
  );
}

function Group({ workspaceId, round }: { workspaceId: string; round: MyRound }) {
  const user = useCurrentUser();
  const feedback = useGiveFeedback(workspaceId);
  const group = round.group as CoffeeGroup;
  const others = group.members.filter((member) => member.id !== user.id);
  const slot = group.slot;
  return (
    <div className="coffee-group">
      <p className="coffee-with">
        Round of {formatDate(round.date)}: you and{' '}
        <strong>{others.map((member) => member.name).join(' and ')}</strong>
      </p>
      <p className="coffee-reason">{group.reason}</p>
      {slot ? (
        <p>
          Suggested time:{' '}
          <strong>{slotText(slot, slot.local[0]?.timeZone ?? user.timeZone)}</strong>{' '}
          <span className="hint">(your time, inside everyone’s working hours)</span>
        </p>
      ) : (
        <p className="hint">
          Your working hours don’t overlap this week: agree on a time, or chat in writing.
        </p>
      )}
      <ul className="coffee-feedback">
        {others.map((member) => {
          const given = round.feedback.find((f) => f.with === member.id)?.answer;
          return (
            <li key={member.id}>
              <span id={`feedback-${member.id}`}>{member.name}:</span>
              <span className="row-actions-inline">
                {ANSWERS.map(({ answer, label }) => (
                  <button
                    key={answer}
                    type="button"
                    aria-pressed={given === answer}
                    aria-describedby={`feedback-${member.id}`}
                    onClick={() => feedback.mutate({ roundId: round.id, with: member.id, answer })}
                  >
                    {label}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      <FormError error={feedback.error} />
    </div>
  );
}
