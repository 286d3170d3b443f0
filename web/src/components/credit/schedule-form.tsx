import { type FormEvent, useState } from 'react';
import type { UpdateSchedule } from '../../api/credit-types';
import { usePreferences, useSaveUpdateSchedule } from '../../api/preferences';
import { WEEKDAYS, type Weekday } from '../../api/types';
import { useCurrentUser } from '../../current-user';
import { ChoiceGroup } from '../choice-group';
import { EmailListField } from '../email-list-field';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { SelectField } from '../select-field';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const DEFAULT_SCHEDULE: UpdateSchedule = {
  enabled: false,
  kind: 'week',
  weekday: 'fri',
  time: '15:00',
  deliver: 'review',
  to: [],
};

/** When Rapport drafts the status update by itself (user's zone), and whether it sends it. */
export function ScheduleSection() {
  const preferences = usePreferences();
  return (
    <section className="card" id="schedule" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Schedule</h2>
      <FormError error={preferences.error} />
      {preferences.isPending && <p className="hint">Loading…</p>}
      {preferences.data && <ScheduleForm saved={preferences.data.updateSchedule} />}
    </section>
  );
}

function ScheduleForm({ saved }: { saved: UpdateSchedule | null }) {
  const user = useCurrentUser();
  const save = useSaveUpdateSchedule();
  const [draft, setDraft] = useState<UpdateSchedule>(saved ?? DEFAULT_SCHEDULE);
  const [timeError, setTimeError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const change = (patch: Partial<UpdateSchedule>) => {
    setDraft((previous) => ({ ...previous, ...patch }));
    setMessage(null);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) {
      setTimeError('Enter a time, e.g. 15:00.');
      event.currentTarget.querySelector<HTMLElement>('input[name="scheduleTime"]')?.focus();
      return;
    }
    setTimeError(undefined);
    save.mutate(draft, {
      onSuccess: () => setMessage(draft.enabled ? 'Schedule saved.' : 'Schedule saved (off).'),
    });
  }

  const day = DAY_NAMES[draft.weekday];
  const summary = draft.enabled
    ? `${draft.kind === 'week' ? `Every ${day}` : `On the last ${day} of each month`} at ${draft.time} (${user.timeZone}), Rapport ${
        draft.deliver === 'send'
          ? 'drafts your update and sends it'
          : 'drafts your update for you to review'
      }.`
    : 'Off: updates are drafted only when you ask.';

  return (
    <form onSubmit={submit} noValidate className="stack">
      <p className="hint" role="status">
        {summary}
      </p>
      <label className="check">
        <input
          type="checkbox"
          name="scheduleEnabled"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.target.checked })}
        />
        Draft my update automatically
      </label>
      <fieldset className="form-section" disabled={!draft.enabled}>
        <legend>When and how</legend>
        <ChoiceGroup
          legend="How often"
          name="scheduleKind"
          value={draft.kind}
          options={['week', 'month'] as const}
          labels={{ week: 'Every week', month: 'Every month' }}
          onChange={(kind) => change({ kind })}
        />
        <div className="form-grid">
          <SelectField
            label="Day"
            hint={draft.kind === 'month' ? 'The last one of the month.' : undefined}
            name="scheduleWeekday"
            value={draft.weekday}
            options={WEEKDAYS.map((value) => ({ value, label: DAY_NAMES[value] }))}
            onChange={(event) => change({ weekday: event.target.value as Weekday })}
          />
          <Field
            label="Time"
            hint={`In your time zone, ${user.timeZone}.`}
            name="scheduleTime"
            type="time"
            required
            value={draft.time}
            onChange={(event) => change({ time: event.target.value })}
            error={timeError}
          />
        </div>
        <ChoiceGroup
          legend="Then"
          name="scheduleDeliver"
          value={draft.deliver}
          options={['review', 'send'] as const}
          labels={{ review: 'Let me review it first', send: 'Send it at once' }}
          onChange={(deliver) => change({ deliver })}
        />
        <EmailListField
          label="Send to"
          name="scheduleTo"
          hint="Leave empty to send to your managers’ e-mail addresses (from their person pages). Addresses here replace them."
          value={draft.to}
          onChange={(to) => change({ to })}
        />
      </fieldset>
      <FormError error={save.error} />
      <FormStatus message={message} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save schedule'}
        </button>
      </div>
    </form>
  );
}
