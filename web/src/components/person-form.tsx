import { type FormEvent, useState } from 'react';
import { effectiveCadence } from '../../../src/domain/people/cadence';
import {
  type ContactValue,
  KIND_LABELS,
  PERSON_KINDS,
  type Person,
  type PersonInput,
  type PersonKind,
  type PostalAddress,
} from '../api/people-types';
import { usePreferences } from '../api/preferences';
import { useCurrentUser } from '../current-user';
import { checkTimeZone, serverFieldErrors, useFieldErrors } from '../validation';
import { addDays, dateIn } from '../zoned-time';
import {
  AddressesEditor,
  emptyValue,
  filledAddresses,
  filledValues,
  ValuesEditor,
} from './contact-values-editor';
import { FactsEditor } from './facts-editor';
import { Field } from './field';
import { FormError } from './form-messages';
import { SelectField } from './select-field';
import { TimeZoneField } from './time-zone-field';

const KIND_OPTIONS = PERSON_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

type FieldName = 'name' | 'cadenceDays' | 'timeZone' | 'email' | 'birthday';

/** The draft key whose message a field error belongs to, where the names differ. */
const FIELD_OF: Partial<Record<string, FieldName>> = {
  cadence: 'cadenceDays',
  emails: 'email',
  yearUnknown: 'birthday',
};

/** "When did you last talk?", as rough answers; each sets an estimate some days back. */
const LAST_TALKED = [
  { value: 'unknown', label: 'Don’t know', daysAgo: undefined },
  { value: 'week', label: 'This week', daysAgo: 3 },
  { value: 'month', label: 'This month', daysAgo: 15 },
  { value: 'months', label: 'A few months ago', daysAgo: 75 },
  { value: 'longer', label: 'Longer ago', daysAgo: 240 },
  { value: 'never', label: 'Never', daysAgo: null },
] as const;
type LastTalked = (typeof LAST_TALKED)[number]['value'];

interface Draft {
  name: string;
  isNew: boolean;
  lastTalked: LastTalked;
  kind: PersonKind;
  key: boolean;
  cadence: string;
  timeZone: string;
  team: string;
  company: string;
  title: string;
  city: string;
  office: string;
  emails: ContactValue[];
  phones: ContactValue[];
  addresses: PostalAddress[];
  tags: string;
  birthday: string;
  yearUnknown: boolean;
  facts: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function draftOf(person: Person | undefined): Draft {
  const birthday = person?.dates.find((date) => date.type === 'birthday');
  return {
    name: person?.name ?? '',
    isNew: Boolean(person?.newSince),
    lastTalked: 'unknown',
    kind: person?.kind ?? 'coworker',
    key: person?.key ?? false,
    cadence: person?.cadenceOverride ? String(person.cadenceOverride) : '',
    timeZone: person?.timeZone ?? '',
    team: person?.team ?? '',
    company: person?.company ?? '',
    title: person?.title ?? '',
    city: person?.city ?? '',
    office: person?.office ?? '',
    // One empty row to type into when there is none yet.
    emails: person?.emails.length ? person.emails : [emptyValue(true)],
    phones: person?.phones.length ? person.phones : [emptyValue(true)],
    addresses: person?.addresses ?? [],
    tags: person?.tags.join(', ') ?? '',
    // Without a year the date input still needs one: 2000 keeps 29 February possible.
    birthday: birthday
      ? `${birthday.year ?? 2000}-${pad(birthday.month)}-${pad(birthday.day)}`
      : '',
    yearUnknown: birthday ? birthday.year === null : false,
    facts: person?.facts ?? [],
  };
}

function check(draft: Draft): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  if (!draft.name.trim()) errors.name = 'Enter their name.';
  const cadence = draft.cadence.trim();
  if (cadence && !(/^\d+$/.test(cadence) && Number(cadence) >= 1 && Number(cadence) <= 3650))
    errors.cadenceDays = 'Enter a whole number of days from 1 to 3650, or leave it empty.';
  if (draft.timeZone.trim()) errors.timeZone = checkTimeZone(draft.timeZone);
  const bad = draft.emails.find((e) => e.value.trim() && !/^[^\s@]+@[^\s@]+$/.test(e.value.trim()));
  if (bad)
    errors.email = `“${bad.value.trim()}” is not an e-mail address; correct it or remove it.`;
  for (const key of Object.keys(errors) as FieldName[]) if (!errors[key]) delete errors[key];
  return errors;
}

/** Empty text becomes null when editing (clears the field) and is left out when adding. */
function toInput(draft: Draft, editing: boolean, today: string): PersonInput {
  const daysAgo = LAST_TALKED.find((choice) => choice.value === draft.lastTalked)?.daysAgo;
  const text = (value: string) => value.trim() || (editing ? null : undefined);
  const cadence = draft.cadence.trim();
  const birthday = draft.birthday
    ? draft.yearUnknown
      ? draft.birthday.slice(5)
      : draft.birthday
    : editing
      ? null
      : undefined;
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    key: draft.key,
    cadenceDays: cadence ? Number(cadence) : editing ? null : undefined,
    timeZone: text(draft.timeZone),
    team: text(draft.team),
    company: text(draft.company),
    title: text(draft.title),
    city: text(draft.city),
    office: text(draft.office),
    emails: filledValues(draft.emails),
    phones: filledValues(draft.phones),
    addresses: filledAddresses(draft.addresses),
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    birthday,
    facts: draft.facts,
    isNew: draft.isNew,
    // Only asked when adding; "don't know" and "never" set nothing.
    ...(!editing &&
      typeof daysAgo === 'number' && { lastTalkedEstimate: addDays(today, -daysAgo) }),
  };
}

/** Adding or editing a person. The server's 400 messages show next to the fields they name. */
export function PersonForm({
  person,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  person?: Person;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PersonInput) => void;
  onCancel: () => void;
}) {
  const { timeZone } = useCurrentUser();
  const [draft, setDraft] = useState(() => draftOf(person));
  const { formRef, errors, show, dismiss } = useFieldErrors<FieldName>();
  const server = serverFieldErrors(error);
  // The cadence a person gets when none is set: the domain's rule with the user's own defaults
  // (Settings), so the hint says what the server will apply.
  const cadenceDefaults = usePreferences().data?.cadenceDefaults;
  const fallback = effectiveCadence({ kind: draft.kind, key: draft.key }, cadenceDefaults);

  function change(patch: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...patch }));
    // Editing a field hides its message; the next submit checks again.
    for (const key of Object.keys(patch))
      dismiss((FIELD_OF[key as keyof Draft] ?? key) as FieldName);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (show(check(draft))) onSubmit(toInput(draft, Boolean(person), dateIn(timeZone)));
  }

  const errorFor = (field: FieldName) => errors[field] ?? server[field];
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack person-form">
      <fieldset className="form-section">
        <legend>Who they are</legend>
        <div className="form-grid">
          <Field
            label="Name"
            name="name"
            autoComplete="off"
            required
            value={draft.name}
            onChange={(event) => change({ name: event.target.value })}
            error={errorFor('name')}
          />
          <SelectField
            label="Kind"
            name="kind"
            value={draft.kind}
            options={KIND_OPTIONS}
            onChange={(event) => change({ kind: event.target.value as PersonKind })}
          />
          <Field
            label="Cadence (days)"
            hint={
              fallback
                ? `How often you mean to talk. Empty: every ${fallback} days, the default for this kind.`
                : 'How often you mean to talk. Empty: no reminders for this kind.'
            }
            name="cadenceDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            placeholder={fallback ? String(fallback) : 'none'}
            value={draft.cadence}
            onChange={(event) => change({ cadence: event.target.value })}
            error={errorFor('cadenceDays')}
          />
          <div className="field key-field">
            <label className="check">
              <input
                type="checkbox"
                name="key"
                checked={draft.key}
                onChange={(event) => change({ key: event.target.checked })}
              />
              Key person
            </label>
            <p className="hint">Key people rank higher on Today; a key co-worker is due weekly.</p>
          </div>
          <div className="field new-field">
            <label className="check">
              <input
                type="checkbox"
                name="isNew"
                checked={draft.isNew}
                onChange={(event) => change({ isNew: event.target.checked })}
              />
              Joined recently (say hello)
            </label>
            <p className="hint">
              New to your work life: Today suggests introducing yourself. Leave it off for people
              you already know.
            </p>
          </div>
          {!person && (
            <SelectField
              label="Last talked"
              hint="Roughly; optional. Reminders count from it until you log a conversation."
              name="lastTalked"
              value={draft.lastTalked}
              options={LAST_TALKED.map(({ value, label }) => ({ value, label }))}
              onChange={(event) => change({ lastTalked: event.target.value as LastTalked })}
            />
          )}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Work</legend>
        <div className="form-grid">
          <Field
            label="Team"
            name="team"
            value={draft.team}
            onChange={(event) => change({ team: event.target.value })}
          />
          <Field
            label="Company"
            name="company"
            autoComplete="off"
            value={draft.company}
            onChange={(event) => change({ company: event.target.value })}
          />
          <Field
            label="Title"
            name="title"
            autoComplete="off"
            value={draft.title}
            onChange={(event) => change({ title: event.target.value })}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Where and how to reach them</legend>
        <div className="form-grid">
          <Field
            label="City"
            name="city"
            autoComplete="off"
            value={draft.city}
            onChange={(event) => change({ city: event.target.value })}
          />
          <Field
            label="Office (named)"
            name="office"
            autoComplete="off"
            hint="When their city has several offices, e.g. Berlin HQ."
            maxLength={100}
            value={draft.office}
            onChange={(event) => change({ office: event.target.value })}
          />
          <TimeZoneField
            value={draft.timeZone}
            onChange={(timeZone) => change({ timeZone })}
            error={errorFor('timeZone')}
          />
        </div>
        <ValuesEditor
          kind="email"
          values={draft.emails}
          onChange={(emails) => change({ emails })}
          error={errorFor('email')}
        />
        <ValuesEditor
          kind="phone"
          values={draft.phones}
          onChange={(phones) => change({ phones })}
        />
        <AddressesEditor
          addresses={draft.addresses}
          onChange={(addresses) => change({ addresses })}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Personal</legend>
        <div className="form-grid">
          <div className="birthday-field">
            <Field
              label="Birthday"
              hint={
                draft.yearUnknown ? 'Any year will do: only the day and month are kept.' : undefined
              }
              name="birthday"
              type="date"
              value={draft.birthday}
              onChange={(event) => change({ birthday: event.target.value })}
              error={errorFor('birthday')}
            />
            <label className="check">
              <input
                type="checkbox"
                name="yearUnknown"
                checked={draft.yearUnknown}
                onChange={(event) => change({ yearUnknown: event.target.checked })}
              />
              Year unknown
            </label>
          </div>
          <Field
            label="Tags"
            hint="Separate with commas, e.g. design, running club."
            name="tags"
            autoComplete="off"
            value={draft.tags}
            onChange={(event) => change({ tags: event.target.value })}
          />
        </div>
        <FactsEditor facts={draft.facts} onChange={(facts) => change({ facts })} />
      </fieldset>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
