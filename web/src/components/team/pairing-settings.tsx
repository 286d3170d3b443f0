import { type FormEvent, useState } from 'react';
import { useUpdateWorkspace } from '../../api/team';
import type { PairingSettings, Workspace } from '../../api/team-types';
import { WEEKDAYS } from '../../api/types';
import { serverFieldErrors } from '../../validation';
import { DAY_NAMES } from '../../weekdays';
import { ChoiceGroup } from '../choice-group';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SelectField } from '../select-field';
import { TimeZoneField } from '../time-zone-field';

const EVERY = ['1', '2', '4'] as const;
const EVERY_LABELS = { 1: 'Every week', 2: 'Every 2 weeks', 4: 'Every 4 weeks' } as const;
const SIZES = ['2', '3', '4'] as const;
const SIZE_LABELS = { 2: 'Pairs', 3: 'Groups of 3', 4: 'Groups of 4' } as const;
const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, '0')}:00`,
}));
const DAYS = WEEKDAYS.map((day) => ({ value: day, label: DAY_NAMES[day] }));

/** The workspace's name and when and how coffee rounds are formed (admins). */
export function PairingSettingsForm({ workspace }: { workspace: Workspace }) {
  const update = useUpdateWorkspace(workspace.id);
  const [name, setName] = useState(workspace.name);
  const [draft, setDraft] = useState(workspace.pairing as PairingSettings);
  const [saved, setSaved] = useState(false);
  const errors = serverFieldErrors(update.error);
  const set = (changes: Partial<PairingSettings>) => {
    setDraft({ ...draft, ...changes });
    setSaved(false);
  };
  const count = (key: 'noRepeatRounds' | 'onboardingWeeks', label: string, hint: string) => (
    <Field
      label={label}
      hint={hint}
      name={key}
      type="number"
      min={0}
      max={52}
      value={String(draft[key])}
      onChange={(event) => set({ [key]: Number(event.target.value) })}
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate({ name: name.trim(), pairing: draft }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <Field
        label="Workspace name"
        name="workspaceName"
        maxLength={100}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setSaved(false);
        }}
        error={errors.name}
      />
      <label className="check">
        <input
          type="checkbox"
          name="pairingEnabled"
          checked={draft.enabled}
          onChange={(event) => set({ enabled: event.target.checked })}
        />
        <span>Form coffee rounds on a schedule</span>
      </label>
      <ChoiceGroup
        legend="How often"
        name="everyWeeks"
        value={String(draft.everyWeeks) as (typeof EVERY)[number]}
        options={EVERY}
        labels={EVERY_LABELS}
        onChange={(value) => set({ everyWeeks: Number(value) as 1 | 2 | 4 })}
      />
      <div className="form-grid">
        <SelectField
          label="On"
          name="weekday"
          options={DAYS}
          value={draft.weekday}
          onChange={(event) => set({ weekday: event.target.value as PairingSettings['weekday'] })}
        />
        <SelectField
          label="At"
          name="hour"
          options={HOURS}
          value={String(draft.hour)}
          onChange={(event) => set({ hour: Number(event.target.value) })}
        />
      </div>
      <TimeZoneField
        value={draft.timeZone}
        onChange={(timeZone) => set({ timeZone })}
        error={errors.pairing}
      />
      <ChoiceGroup
        legend="Group size"
        name="groupSize"
        value={String(draft.groupSize) as (typeof SIZES)[number]}
        options={SIZES}
        labels={SIZE_LABELS}
        onChange={(value) => set({ groupSize: Number(value) as 2 | 3 | 4 })}
      />
      <div className="form-grid">
        {count(
          'noRepeatRounds',
          'No repeats within',
          'Rounds in which the same two never meet again.',
        )}
        {count(
          'onboardingWeeks',
          'Onboarding weeks',
          'Newcomers meet their own team first, then others.',
        )}
      </div>
      <button type="submit" className="primary" aria-disabled={update.isPending}>
        Save settings
      </button>
      <FormError error={update.error} />
      <FormStatus message={saved && 'Saved.'} />
    </form>
  );
}
