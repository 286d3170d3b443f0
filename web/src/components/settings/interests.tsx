import { type FormEvent, useState } from 'react';
import { useSaveInterests } from '../../api/account-data';
import { usePreferences } from '../../api/preferences';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';

const MAX_INTERESTS = 50;
const MAX_LENGTH = 40;

/** "cycling, jazz,  sourdough" → ["cycling", "jazz", "sourdough"], each once (any case). */
export function parseInterests(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const interest = raw.trim().replace(/\s+/g, ' ');
    if (!interest || seen.has(interest.toLowerCase())) continue;
    seen.add(interest.toLowerCase());
    result.push(interest);
  }
  return result;
}

/** What the user cares about: starters that mention shared interests come first. */
export function InterestsSection() {
  const preferences = usePreferences();
  return (
    <SectionCard
      id="interests"
      title="My interests"
      intro="Conversation starters that touch on what you share with someone come first."
    >
      <FormError error={preferences.error} />
      {preferences.isPending && <p className="hint">Loading…</p>}
      {preferences.data && <InterestsForm saved={preferences.data.interests} />}
    </SectionCard>
  );
}

function InterestsForm({ saved }: { saved: string[] }) {
  const save = useSaveInterests();
  const [text, setText] = useState(saved.join(', '));
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const interests = parseInterests(text);
    const tooLong = interests.find((interest) => interest.length > MAX_LENGTH);
    if (tooLong || interests.length > MAX_INTERESTS) {
      setError(
        tooLong
          ? `“${tooLong.slice(0, 20)}…” is too long: at most ${MAX_LENGTH} characters each.`
          : `At most ${MAX_INTERESTS} interests.`,
      );
      event.currentTarget.querySelector<HTMLElement>('input[name="interests"]')?.focus();
      return;
    }
    setError(undefined);
    save.mutate(interests, {
      onSuccess: (preferences) => {
        setText(preferences.interests.join(', '));
        setMessage(
          preferences.interests.length
            ? `Saved ${preferences.interests.length} interest${preferences.interests.length === 1 ? '' : 's'}.`
            : 'Interests cleared.',
        );
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <Field
        label="Interests"
        hint="Separated by commas, e.g. cycling, jazz, sourdough."
        name="interests"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMessage(null);
        }}
        error={error}
      />
      <FormError error={save.error} />
      <FormStatus message={message} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save interests'}
        </button>
      </div>
    </form>
  );
}
