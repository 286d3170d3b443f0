import { type FormEvent, useState } from 'react';
import type { Schedule } from '../../api/place-types';
import { useSaveSchedule } from '../../api/schedule';
import { checkTimeZone } from '../../validation';
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

/** The user's zone, hours per weekday and office days, saved together. */
export function MyScheduleForm({ schedule }: { schedule: Schedule }) {
  const save = useSaveSchedule();
  const [zone, setZone] = useState(schedule.zone);
  const [zoneError, setZoneError] = useState<string | undefined>();
  const [drafts, setDrafts] = useState(() => toDrafts(schedule.hours));
  const [errors, setErrors] = useState<HoursErrors>({});
  const [officeDays, setOfficeDays] = useState(schedule.officeDays);
  const [saved, setSaved] = useState(false);

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
      { timeZone: zone.trim(), workingHours: toHours(drafts), officeDays },
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
