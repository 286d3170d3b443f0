import { type FormEvent, useState } from 'react';
import { useUpdateMe } from '../../api/me';
import { useCurrentUser } from '../../current-user';
import { Link } from '../../router';
import { FormError, FormStatus } from '../form-messages';
import {
  checkDays,
  focusFirstBadDay,
  HoursEditor,
  type HoursErrors,
  toDrafts,
  toHours,
} from '../hours-editor';
import { SectionCard } from '../section-card';

export function WorkingHoursSection() {
  const user = useCurrentUser();
  const update = useUpdateMe();
  const [drafts, setDrafts] = useState(() => toDrafts(user.workingHours));
  const [errors, setErrors] = useState<HoursErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const found = checkDays(drafts);
    setErrors(found);
    if (focusFirstBadDay(event.currentTarget, found)) return;
    update.mutate({ workingHours: toHours(drafts) });
  }

  return (
    <SectionCard
      id="working-hours"
      title="Working hours"
      intro={
        <>
          Rapport sends nothing outside these hours. Times are in your time zone, {user.timeZone}.
          Office days and the week beside your colleagues’ are on{' '}
          <Link to="/schedule">Schedule</Link>.
        </>
      }
    >
      <form onSubmit={submit} noValidate className="stack">
        <HoursEditor drafts={drafts} errors={errors} onChange={setDrafts} />
        <FormError error={update.error} />
        <FormStatus message={update.isSuccess && 'Working hours saved.'} />
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={update.isPending}>
            Save working hours
          </button>
        </div>
      </form>
    </SectionCard>
  );
}
