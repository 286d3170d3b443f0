import { useState } from 'react';
import { useDraftUpdate } from '../../api/updates';
import { navigate } from '../../router';
import { ChoiceGroup } from '../choice-group';
import { FormError } from '../form-messages';

const CHOICES = ['this-week', 'last-week', 'this-month', 'last-month'] as const;
type Choice = (typeof CHOICES)[number];

const LABELS: Record<Choice, string> = {
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-month': 'Last month',
};

const BUTTON: Record<Choice, string> = {
  'this-week': 'Draft this week’s update',
  'last-week': 'Draft last week’s update',
  'this-month': 'Draft this month’s update',
  'last-month': 'Draft last month’s update',
};

/** Drafts an update from the logs for the period chosen, then opens it in the composer. */
export function DraftUpdate() {
  const draft = useDraftUpdate();
  const [choice, setChoice] = useState<Choice>('this-week');

  function start() {
    if (draft.isPending) return;
    draft.mutate(
      {
        period: choice.endsWith('week') ? 'week' : 'month',
        which: choice.startsWith('this') ? 'current' : 'previous',
      },
      { onSuccess: (update) => navigate(`/updates/${encodeURIComponent(update.id)}`) },
    );
  }

  return (
    <section className="card" aria-labelledby="draft-title">
      <h2 id="draft-title">New update</h2>
      <p className="intro">
        Rapport writes a draft from your wins, flexibility, promises and help given. You edit it,
        then send it or copy it.
      </p>
      <div className="stack">
        <ChoiceGroup
          legend="Covering"
          name="draftPeriod"
          value={choice}
          options={CHOICES}
          labels={LABELS}
          onChange={setChoice}
        />
        <FormError error={draft.error} />
        <button type="button" className="primary" aria-disabled={draft.isPending} onClick={start}>
          {draft.isPending ? 'Drafting…' : BUTTON[choice]}
        </button>
      </div>
    </section>
  );
}
