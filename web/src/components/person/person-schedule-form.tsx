import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useUpdatePerson } from '../../api/people';
import type { Person } from '../../api/people-types';
import { refreshPlace } from '../../api/schedule';
import { checkTimeZone } from '../../validation';
import { assumedHours } from '../../weekdays';
import { FormError } from '../form-messages';
import {
  checkDays,
  focusFirstBadDay,
  HoursEditor,
  type HoursErrors,
  toDrafts,
  toHours,
} from '../hours-editor';
import { useNotice } from '../notice';
import { OfficeDaysField } from '../office-days-field';
import { TimeZoneField } from '../time-zone-field';

/** A person's zone, hours (their own, or the assumed 09:00–17:00 weekdays) and office days. */
export function PersonScheduleForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const queryClient = useQueryClient();
  const notice = useNotice();
  const update = useUpdatePerson();
  const [zone, setZone] = useState(person.timeZone ?? '');
  const [zoneError, setZoneError] = useState<string | undefined>();
  const [own, setOwn] = useState(person.workingHours !== null);
  const [drafts, setDrafts] = useState(() => toDrafts(person.workingHours ?? assumedHours()));
  const [errors, setErrors] = useState<HoursErrors>({});
  const [officeDays, setOfficeDays] = useState(person.officeDays ?? []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const badZone = zone.trim() ? checkTimeZone(zone) : undefined;
    setZoneError(badZone);
    const found = own ? checkDays(drafts) : {};
    setErrors(found);
    if (badZone) {
      event.currentTarget.querySelector<HTMLElement>('[name="timeZone"]')?.focus();
      return;
    }
    if (focusFirstBadDay(event.currentTarget, found)) return;
    update.mutate(
      {
        id: person.id,
        change: {
          timeZone: zone.trim() || null,
          workingHours: own ? toHours(drafts) : null,
          officeDays,
        },
      },
      {
        onSuccess: () => {
          void refreshPlace(queryClient);
          notice(`Schedule saved for ${person.name}.`);
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <TimeZoneField value={zone} onChange={setZone} error={zoneError} />
      <label className="check">
        <input
          type="checkbox"
          name="ownHours"
          checked={own}
          onChange={(event) => setOwn(event.target.checked)}
        />
        They keep their own hours
      </label>
      {own ? (
        <fieldset className="form-section">
          <legend>Working hours</legend>
          <p className="hint">In their time zone.</p>
          <HoursEditor drafts={drafts} errors={errors} onChange={setDrafts} />
        </fieldset>
      ) : (
        <p className="hint">Assumed: Monday to Friday, 09:00–17:00 in their time zone.</p>
      )}
      <OfficeDaysField value={officeDays} onChange={setOfficeDays} />
      <FormError error={update.error} />
      <div className="actions dialog-actions">
        <button type="submit" className="primary" aria-disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save schedule'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
