import { type FormEvent, useState } from 'react';
import type { DigestSetting } from '../../api/credit-types';
import { usePreferences, useSaveDigest } from '../../api/preferences';
import { useCurrentUser } from '../../current-user';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';
import { DigestNow } from './digest-now';

const DEFAULT_DIGEST: DigestSetting = { enabled: false, time: '08:30' };

/** Today's agenda by e-mail each working morning, at a local time. */
export function DigestSection() {
  const preferences = usePreferences();
  return (
    <SectionCard
      id="digest"
      title="Daily digest"
      intro="Today’s agenda by e-mail on your working days, with one-click links to log a conversation or snooze."
    >
      <FormError error={preferences.error} />
      {preferences.isPending && <p className="hint">Loading…</p>}
      {preferences.data && <DigestForm saved={preferences.data.digest ?? null} />}
      <DigestNow />
    </SectionCard>
  );
}

function DigestForm({ saved }: { saved: DigestSetting | null }) {
  const { timeZone } = useCurrentUser();
  const save = useSaveDigest();
  const [draft, setDraft] = useState<DigestSetting>(saved ?? DEFAULT_DIGEST);
  const [timeError, setTimeError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) {
      setTimeError('Enter a time, e.g. 08:30.');
      event.currentTarget.querySelector<HTMLElement>('input[name="digestTime"]')?.focus();
      return;
    }
    setTimeError(undefined);
    save.mutate(draft, {
      onSuccess: () => setMessage(draft.enabled ? `Digest on, at ${draft.time}.` : 'Digest off.'),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <label className="check">
        <input
          type="checkbox"
          name="digestEnabled"
          checked={draft.enabled}
          onChange={(event) => {
            setDraft({ ...draft, enabled: event.target.checked });
            setMessage(null);
          }}
        />
        Send me the daily digest
      </label>
      <Field
        label="At"
        hint={`In your time zone, ${timeZone}, on your working days.`}
        name="digestTime"
        type="time"
        className="time-field"
        disabled={!draft.enabled}
        value={draft.time}
        onChange={(event) => {
          setDraft({ ...draft, time: event.target.value });
          setMessage(null);
        }}
        error={timeError}
      />
      <FormError error={save.error} />
      <FormStatus message={message} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save digest'}
        </button>
      </div>
    </form>
  );
}
