import { useState } from 'react';
import { useUpdateTeamProfile } from '../../api/team-space';
import type { TeamProfile } from '../../api/team-types';
import { useCurrentUser } from '../../current-user';
import { formatDate } from '../../time';
import { addDays, dateIn } from '../../zoned-time';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';

/** Coffee pairings: in or out, a snooze until a date, and whether chats in writing will do. */
export function PairingPrefs({
  workspaceId,
  profile,
}: {
  workspaceId: string;
  profile: TeamProfile;
}) {
  const { timeZone } = useCurrentUser();
  const save = useUpdateTeamProfile(workspaceId);
  const [until, setUntil] = useState(profile.pairing.snoozedUntil ?? '');
  const [status, setStatus] = useState<string | null>(null);
  // The boxes follow a click at once (the server's answer may take a moment); a refusal puts
  // them back.
  const [optIn, setOptIn] = useState(profile.pairing.optIn);
  const [allowAsync, setAllowAsync] = useState(profile.pairing.allowAsync);
  const today = dateIn(timeZone);
  const snoozed = profile.pairing.snoozedUntil && profile.pairing.snoozedUntil >= today;

  function change(pairing: Partial<TeamProfile['pairing']>, done: string) {
    setStatus(null);
    save.mutate(
      { pairing },
      {
        onSuccess: () => setStatus(done),
        onError: () => {
          setOptIn(profile.pairing.optIn);
          setAllowAsync(profile.pairing.allowAsync);
        },
      },
    );
  }

  return (
    <div className="stack">
      <p className="aside">
        Coffee pairing is opt-in: nobody is paired until they say yes here
        {optIn ? ', and you did.' : '. You have not yet.'}
      </p>
      <label className="check">
        <input
          type="checkbox"
          name="pairingOptIn"
          checked={optIn}
          onChange={(event) => {
            setOptIn(event.target.checked);
            change(
              { optIn: event.target.checked },
              event.target.checked ? 'You’re in the next round.' : 'You’re out of coffee rounds.',
            );
          }}
        />
        <span>Pair me for coffee</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          name="pairingAsync"
          checked={allowAsync}
          onChange={(event) => {
            setAllowAsync(event.target.checked);
            change({ allowAsync: event.target.checked }, 'Saved.');
          }}
        />
        <span>Pair me with people whose hours barely overlap mine too (we’ll chat in writing)</span>
      </label>
      {snoozed && (
        <p>
          Snoozed until {formatDate(profile.pairing.snoozedUntil as string)}.{' '}
          <button type="button" onClick={() => change({ snoozedUntil: null }, 'Snooze ended.')}>
            End snooze
          </button>
        </p>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (until) change({ snoozedUntil: until }, `Snoozed until ${formatDate(until)}.`);
        }}
      >
        <Field
          label="Skip rounds until"
          hint="Away, busy or on leave: no pairing up to and including this day."
          name="snoozeUntil"
          type="date"
          min={today}
          value={until}
          onChange={(event) => setUntil(event.target.value)}
        />
        <button type="submit" aria-disabled={!until}>
          Snooze
        </button>
        <button type="button" onClick={() => setUntil(addDays(today, 14))}>
          Two weeks
        </button>
      </form>
      <FormError error={save.error} />
      <FormStatus message={status} />
    </div>
  );
}
