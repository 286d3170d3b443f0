import { type FormEvent, useState } from 'react';
import { useAnswerPrompt, useWaterCooler } from '../../api/team-space';
import { useCurrentUser } from '../../current-user';
import { formatDateTime } from '../../time';
import { FormError } from '../form-messages';
import { TextAreaField } from '../text-area-field';

/** This week's question with everyone's answers, and the user's own. */
export function WaterCoolerCard({ workspaceId }: { workspaceId: string }) {
  const { timeZone } = useCurrentUser();
  const cooler = useWaterCooler(workspaceId);
  const answer = useAnswerPrompt(workspaceId);
  const [text, setText] = useState('');
  const current = cooler.data?.current;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!current || answer.isPending || !text.trim()) return;
    answer.mutate({ key: current.key, text: text.trim() }, { onSuccess: () => setText('') });
  }

  return (
    <section className="card" aria-labelledby="cooler-title">
      <h2 id="cooler-title">Water cooler</h2>
      <FormError error={cooler.error} />
      {cooler.isPending && <p className="hint">Loading…</p>}
      {current && (
        <>
          <p className="cooler-prompt">{current.text}</p>
          {current.answers.length === 0 ? (
            <p className="empty">No answers yet. Be the first.</p>
          ) : (
            <ul className="cooler-answers">
              {current.answers.map((a) => (
                <li key={a.id}>
                  <strong>{a.name}</strong>{' '}
                  <time className="hint" dateTime={a.createdAt}>
                    {formatDateTime(a.createdAt, timeZone)}
                  </time>
                  <p>{a.text}</p>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={submit} noValidate className="stack">
            <TextAreaField
              label="Your answer"
              hint="Everyone in the workspace sees it."
              name="coolerAnswer"
              rows={2}
              maxLength={1000}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" aria-disabled={answer.isPending || !text.trim()}>
              Answer
            </button>
            <FormError error={answer.error} />
          </form>
        </>
      )}
    </section>
  );
}
