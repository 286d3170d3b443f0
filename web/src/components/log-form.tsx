import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { type SavedInteraction, useSaveInteraction } from '../api/interactions';
import { useOpenReplies, usePeople } from '../api/people';
import {
  ABOUT_LABELS,
  ABOUTS,
  type About,
  CHANNEL_LABELS,
  CHANNELS,
  type Channel,
  INITIATOR_LABELS,
  INITIATORS,
  type Initiator,
  type Interaction,
} from '../api/people-types';
import { useCurrentUser } from '../current-user';
import { instantToZonedLocal, zonedLocalToInstant } from '../zoned-time';
import { ChoiceGroup } from './choice-group';
import { Field } from './field';
import { FormError } from './form-messages';
import { PersonPicker, type PickedPerson } from './person-picker';
import { TextAreaField } from './text-area-field';

const WORK_KINDS = new Set(['coworker', 'manager', 'report', 'network']);
/** Clocks drift; a few minutes ahead is still "now". */
const FUTURE_SLACK_MS = 5 * 60_000;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The quick log: who, how, what about, who reached out, a note and when (user's zone). */
export function LogForm({
  people: initialPeople,
  interaction,
  onDone,
}: {
  people: PickedPerson[];
  interaction?: Interaction | undefined;
  onDone: (saved: SavedInteraction) => void;
}) {
  const user = useCurrentUser();
  const everyone = usePeople();
  const save = useSaveInteraction();
  const [people, setPeople] = useState(interaction?.people ?? initialPeople);
  const [channel, setChannel] = useState<Channel>(interaction?.channel ?? 'video');
  const [initiator, setInitiator] = useState<Initiator>(interaction?.initiator ?? 'me');
  const [about, setAbout] = useState<About | null>(interaction?.about ?? null);
  const [note, setNote] = useState(interaction?.note ?? '');
  const [when, setWhen] = useState(() =>
    instantToZonedLocal(interaction?.at ?? new Date(), user.timeZone),
  );
  const [errors, setErrors] = useState<{ people?: string; when?: string }>({});
  // Replies owed to the people logged, ticked until the user unticks them: logging the
  // conversation usually is the reply.
  const openReplies = useOpenReplies(!interaction);
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const replies = (openReplies.data ?? []).filter((item) =>
    people.some((person) => person.id === item.personId),
  );
  const closes = replies.filter((item) => !unticked.has(item.id)).map((item) => item.id);

  // Until chosen: personal with friends and family, work with colleagues.
  const kinds = people.map(
    (person) => everyone.data?.find((other) => other.id === person.id)?.kind ?? 'coworker',
  );
  const suggestedAbout: About =
    kinds.length > 0 && kinds.every((kind) => !WORK_KINDS.has(kind)) ? 'personal' : 'work';
  const effectiveAbout = about ?? suggestedAbout;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const at = zonedLocalToInstant(when, user.timeZone);
    const found: typeof errors = {};
    if (people.length === 0) found.people = 'Choose who you talked with.';
    if (!at) found.when = 'Enter a date and time.';
    else if (Date.parse(at) > Date.now() + FUTURE_SLACK_MS)
      found.when = 'That’s in the future; log conversations that have happened.';
    setErrors(found);
    if (found.people || found.when || !at) {
      const field = found.people ? '[role="combobox"]' : 'input[name="when"]';
      event.currentTarget.querySelector<HTMLElement>(field)?.focus();
      return;
    }
    save.mutate(
      {
        id: interaction?.id,
        input: {
          personIds: people.map((person) => person.id),
          channel,
          initiator,
          about: effectiveAbout,
          note: note.trim() || null,
          at,
          ...(!interaction && closes.length > 0 && { closes }),
        },
      },
      { onSuccess: onDone },
    );
  }

  function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate className="stack">
      <PersonPicker
        label="People"
        value={people}
        onChange={setPeople}
        error={errors.people}
        autoFocus={people.length === 0}
      />
      <ChoiceGroup
        legend="Channel"
        name="channel"
        value={channel}
        options={CHANNELS}
        labels={CHANNEL_LABELS}
        onChange={setChannel}
      />
      <ChoiceGroup
        legend="About"
        name="about"
        value={effectiveAbout}
        options={ABOUTS}
        labels={ABOUT_LABELS}
        onChange={setAbout}
      />
      <ChoiceGroup
        legend="Who reached out"
        name="initiator"
        value={initiator}
        options={INITIATORS}
        labels={INITIATOR_LABELS}
        onChange={setInitiator}
      />
      <TextAreaField
        label="Note"
        hint="What you talked about; Rapport suggests follow-ups from it."
        name="note"
        rows={3}
        value={note}
        data-autofocus={people.length > 0 ? true : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      {replies.length > 0 && (
        <fieldset className="choice-group closes-replies">
          <legend>This answers</legend>
          {replies.map((item) => (
            <label key={item.id} className="check">
              <input
                type="checkbox"
                name="closes"
                value={item.id}
                checked={!unticked.has(item.id)}
                onChange={(event) =>
                  setUnticked((previous) => {
                    const next = new Set(previous);
                    if (event.target.checked) next.delete(item.id);
                    else next.add(item.id);
                    return next;
                  })
                }
              />
              Reply to {item.personName}: {item.text}
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label="When"
        hint={`In your time zone, ${user.timeZone}.`}
        name="when"
        type="datetime-local"
        required
        value={when}
        onChange={(event) => setWhen(event.target.value)}
        error={errors.when}
      />
      <FormError error={save.error} />
      <div className="actions dialog-actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : interaction ? 'Save changes' : 'Log conversation'}
        </button>
        <span className="hint">
          or <kbd>{isMac ? '⌘' : 'Ctrl'}</kbd>+<kbd>Enter</kbd>
        </span>
      </div>
    </form>
  );
}
