import { type FormEvent, useState } from 'react';
import type { Schedule } from '../../api/place-types';
import { useSaveSchedule } from '../../api/schedule';
import { checkTimeZone } from '../../validation';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import {
  checkDays,
  focusFirstBadDay,
  HoursEditor,
  type HoursErrors,
  toDrafts,
  toHours,
} from '../hours-editor';
import { OfficeDaysField } from '../office-days-field';
import { TimeZoneField } from '../time-zone-field';

/** The user's zone, hours per weekday, office days and office, saved together. */
export function MyScheduleForm({ schedule }: { schedule: Schedule }) {
  const save = useSaveSchedule();
  const [zone, setZone] = useState(schedule.zone);
  const [zoneError, setZoneError] = useState<string | undefined>();
  const [drafts, setDrafts] = useState(() => toDrafts(schedule.hours));
  const [errors, setErrors] = useState<HoursErrors>({});
  const [officeDays, setOfficeDays] = useState(schedule.officeDays);
  const [office, setOffice] = useState({
    city: schedule.office?.city ?? '',
    country: schedule.office?.country ?? '',
    name: schedule.office?.name ?? '',
  });
  const [saved, setSaved] = useState(false);
  const officePart = (part: keyof typeof office) => ({
    value: office[part],
    onChange: (event: { target: { value: string } }) =>
      setOffice((old) => ({ ...old, [part]: event.target.value })),
    maxLength: 100,
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const badZone = checkTimeZone(zone);
    setZoneError(badZone);
    const found = checkDays(drafts);
    setErrors(found);
    if (badZone) {
      event.currentTarget.querySelector<HTMLElement>('[name="timeZone"]')?.focus();
      return;
    }
    if (focusFirstBadDay(event.currentTarget, found)) return;
    save.mutate(
      {
        timeZone: zone.trim(),
        workingHours: toHours(drafts),
        officeDays,
        officeCity: office.city.trim() || null,
        officeCountry: office.country.trim() || null,
        officeName: office.name.trim() || null,
      },
      { onSuccess: () => setSaved(true) },
    );
  }

  const edited = () => setSaved(false);
  return (
    <form onSubmit={submit} noValidate className="stack" onChange={edited}>
      <TimeZoneField value={zone} onChange={setZone} error={zoneError} />
      <fieldset className="form-section">
        <legend>Working hours</legend>
        <p className="hint">In your time zone. Rapport sends nothing outside them.</p>
        <HoursEditor drafts={drafts} errors={errors} onChange={setDrafts} />
      </fieldset>
      <OfficeDaysField
        hint="The days you work at the office. The planner and meeting times use them."
        value={officeDays}
        onChange={setOfficeDays}
      />
      <fieldset className="form-section">
        <legend>Your office</legend>
        <p className="hint">
          Only people of this office count for your office days and visits. Its country’s public
          holidays are your days off (without one, your time zone’s country).
        </p>
        <Field label="City" name="officeCity" autoComplete="off" {...officePart('city')} />
        <Field
          label="Country"
          name="officeCountry"
          autoComplete="off"
          hint="A name or code, like Germany or DE."
          {...officePart('country')}
        />
        <Field
          label="Named office"
          name="officeName"
          autoComplete="off"
          hint="When the city has several, like Berlin HQ."
          {...officePart('name')}
        />
      </fieldset>
      <FormError error={save.error} />
      <FormStatus message={saved && 'Schedule saved.'} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save my schedule'}
        </button>
      </div>
    </form>
  );
}
