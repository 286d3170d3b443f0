import { type FormEvent, useState } from 'react';
import { useUpdatePerson } from '../../api/people';
import type { Person } from '../../api/people-types';
import { FACT_SYNTAX, FactText } from '../facts-editor';
import { FormError } from '../form-messages';

/** Personal facts to talk about; add and remove save at once. */
export function FactsCard({ person }: { person: Person }) {
  const update = useUpdatePerson();
  const [draft, setDraft] = useState('');

  function save(facts: string[], after?: () => void) {
    update.mutate({ id: person.id, change: { facts } }, { onSuccess: after });
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const fact = draft.trim();
    if (!fact || update.isPending) return;
    if (person.facts.includes(fact)) {
      setDraft('');
      return;
    }
    save([...person.facts, fact], () => setDraft(''));
  }

  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      {person.facts.length === 0 ? (
        <p className="empty">
          Kids, pets, hobbies, the team they support: what you learn becomes tomorrow’s conversation
          starter.
        </p>
      ) : (
        <ul className="fact-list">
          {person.facts.map((fact) => (
            <li key={fact}>
              <FactText fact={fact} />
              <button
                type="button"
                className="link-button"
                aria-label={`Remove fact: ${fact}`}
                disabled={update.isPending}
                onClick={() => save(person.facts.filter((other) => other !== fact))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add} className="copy-row add-fact">
        <label htmlFor="new-fact" className="visually-hidden">
          New fact
        </label>
        <input
          id="new-fact"
          placeholder="e.g. Loves sourdough"
          maxLength={300}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" aria-disabled={update.isPending}>
          Add fact
        </button>
      </form>
      <p className="hint">{FACT_SYNTAX}</p>
      <FormError error={update.error} />
    </section>
  );
}
