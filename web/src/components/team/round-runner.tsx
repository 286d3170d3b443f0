import { useStartRound } from '../../api/team';
import type { Delivery, FormedRound } from '../../api/team-types';
import { countOf, formatDate } from '../../time';
import { ConfirmButton } from '../confirm-button';
import { FormError } from '../form-messages';

const SLACK_RESULT = {
  posted: 'posted to Slack',
  failed: 'Slack refused the post (check the Slack set-up)',
  'not-configured': 'not posted to Slack (not set up)',
} as const;

function deliveryText(delivery: Delivery): string {
  if (!delivery) return '';
  const mail = delivery.mailFailures
    ? `${countOf(delivery.mailed, 'e-mail')} sent, ${delivery.mailFailures} failed`
    : `${countOf(delivery.mailed, 'e-mail')} sent`;
  const waiting = delivery.waiting
    ? `; ${countOf(delivery.waiting, 'e-mail')} waiting for their recipients’ working hours`
    : '';
  return `${mail}${waiting}; ${SLACK_RESULT[delivery.slack]}.`;
}

/** Forms a round now, or previews one without saving or telling anyone (admins). */
export function RoundRunner({ workspaceId }: { workspaceId: string }) {
  const start = useStartRound(workspaceId);
  const result = start.data;
  return (
    <div className="stack">
      <div className="row-actions-inline">
        <button type="button" aria-disabled={start.isPending} onClick={() => start.mutate(true)}>
          Preview a round
        </button>
        <ConfirmButton
          label="Start a round now"
          question="Pair everyone who opted in and tell them?"
          confirmLabel="Start the round"
          primary
          disabled={start.isPending}
          onConfirm={() => start.mutate(false)}
        />
      </div>
      <FormError error={start.error} />
      {result && <RoundResult round={result.round} delivery={result.delivery} />}
    </div>
  );
}

function RoundResult({ round, delivery }: { round: FormedRound; delivery: Delivery }) {
  return (
    <div className="round-result" role="status">
      <p>
        <strong>{round.dryRun ? 'Preview' : 'Round started'}</strong> for {formatDate(round.date)}:{' '}
        {countOf(round.groups.length, 'group')}
        {round.unpairedCount > 0 && `, ${round.unpairedCount} left out (no valid partner)`}.
        {!round.dryRun && ` ${deliveryText(delivery)}`}
      </p>
      {round.groups.length === 0 ? (
        <p className="empty">Not enough members opted in to pair anyone.</p>
      ) : (
        <ol className="round-groups">
          {round.groups.map((group) => (
            <li key={group.members.map((m) => m.id).join('-')}>
              <strong>{group.members.map((m) => m.name).join(' · ')}</strong>
              <span className="hint"> — {group.reason}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">Seed {round.seed}: the same seed and members give the same round.</p>
    </div>
  );
}
