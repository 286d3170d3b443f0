import { type FormEvent, useState } from 'react';
import type { Proposal, ProposalDecision } from '../../api/credit-types';
import { useDecideProposal } from '../../api/proposal';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { addDays, dateIn } from '../../zoned-time';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';

const DECISIONS = ['accepted', 'not-now', 'declined', 'pending'] as const;
const LABELS: Record<ProposalDecision, string> = {
  accepted: 'Accepted',
  'not-now': 'Not now',
  declined: 'Declined',
  pending: 'No answer yet',
};

function current(proposal: Proposal): string {
  if (proposal.decision === 'not-now' && proposal.revisitOn)
    return `You’ll bring it up again on ${formatDate(proposal.revisitOn, { weekday: true })}; Today reminds you.`;
  if (proposal.decision === 'accepted')
    return 'Congratulations! Keep logging your wins for the review.';
  if (proposal.decision === 'declined')
    return 'Keep logging your wins: they make the next case stronger.';
  return 'Record the answer here once you have it.';
}

/** What the manager answered; "not now" needs the date to revisit it. */
export function ProposalDecisionSection({ proposal }: { proposal: Proposal }) {
  const user = useCurrentUser();
  const decide = useDecideProposal();
  const [decision, setDecision] = useState<ProposalDecision>(proposal.decision);
  const [revisitOn, setRevisitOn] = useState(proposal.revisitOn ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const today = dateIn(user.timeZone);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decide.isPending) return;
    if (decision === 'not-now' && !/^\d{4}-\d{2}-\d{2}$/.test(revisitOn)) {
      setError('Pick the date to bring it up again.');
      event.currentTarget.querySelector<HTMLElement>('input[name="revisitOn"]')?.focus();
      return;
    }
    setError(undefined);
    decide.mutate(decision === 'not-now' ? { decision, revisitOn } : { decision }, {
      onSuccess: () => setSaved(true),
    });
  }

  return (
    <section className="card" aria-labelledby="decision-title">
      <h2 id="decision-title">The answer</h2>
      <p className="decision-now">
        <span className={`badge badge-decision-${proposal.decision}`}>
          {LABELS[proposal.decision]}
        </span>{' '}
        {current(proposal)}
      </p>
      <form onSubmit={submit} noValidate className="stack">
        <ChoiceGroup
          legend="What did your manager say?"
          name="decision"
          value={decision}
          options={DECISIONS}
          labels={LABELS}
          onChange={(next) => {
            setDecision(next);
            setSaved(false);
            if (next === 'not-now' && !revisitOn) setRevisitOn(addDays(today, 90));
          }}
        />
        {decision === 'not-now' && (
          <Field
            label="Revisit on"
            hint="Rapport puts it on Today then, with your latest wins."
            name="revisitOn"
            type="date"
            required
            min={addDays(today, 1)}
            value={revisitOn}
            onChange={(event) => {
              setRevisitOn(event.target.value);
              setError(undefined);
            }}
            error={error}
          />
        )}
        <FormError error={decide.error} />
        <FormStatus message={saved && 'Answer recorded.'} />
        <div className="actions">
          <button type="submit" aria-disabled={decide.isPending}>
            Record the answer
          </button>
        </div>
      </form>
    </section>
  );
}
