import { type FormEvent, type ReactNode, useState } from 'react';
import { useUpdateTeamProfile } from '../../api/team-space';
import type { ShareField, TeamProfile } from '../../api/team-types';
import type { Weekday, WorkingHours } from '../../api/types';
import { Link } from '../../router';
import { serverFieldErrors } from '../../validation';
import { hoursSummary } from '../../weekdays';
import { Field } from '../field';
import { FormError, FormStatus } from '../form-messages';
import { OfficeDaysField } from '../office-days-field';
import { BirthdayPicker } from './birthday-picker';

type Values = TeamProfile['values'];

interface Draft {
  share: ShareField[];
  team: string;
  role: string;
  city: string;
  interests: string;
  askMeAbout: string;
  officeDays: Weekday[];
  birthday: string;
  workStart: string;
}

function draftOf(profile: TeamProfile): Draft {
  const v = profile.values;
  return {
    share: profile.share,
    team: v.team ?? '',
    role: v.role ?? '',
    city: v.city ?? '',
    interests: (v.interests ?? []).join(', '),
    askMeAbout: v.askMeAbout ?? '',
    officeDays: (v.officeDays ?? []) as Weekday[],
    birthday: v.birthday ?? '',
    workStart: v.workStart ?? '',
  };
}

/** "climbing, Go , jazz" as the list the server keeps, without blanks or repeats. */
const interestList = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** What the member's directory entry says, and which of it is shared: one checkbox a field. */
export function ProfileForm({
  workspaceId,
  profile,
}: {
  workspaceId: string;
  profile: TeamProfile;
}) {
  const save = useUpdateTeamProfile(workspaceId);
  const [draft, setDraft] = useState(() => draftOf(profile));
  const [saved, setSaved] = useState(false);
  const errors = serverFieldErrors(save.error);
  const set = (changes: Partial<Draft>) => {
    setDraft({ ...draft, ...changes });
    setSaved(false);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      {
        share: draft.share,
        team: draft.team,
        role: draft.role,
        city: draft.city,
        interests: interestList(draft.interests),
        askMeAbout: draft.askMeAbout,
        officeDays: draft.officeDays,
        birthday: draft.birthday || null,
        workStart: draft.workStart || null,
      },
      {
        onSuccess: (next) => {
          setDraft(draftOf(next));
          setSaved(true);
        },
      },
    );
  }

  const share = (field: ShareField, label: string, children: ReactNode) => (
    <ShareRow
      field={field}
      label={label}
      shared={draft.share.includes(field)}
      onShare={(on) =>
        set({ share: on ? [...draft.share, field] : draft.share.filter((f) => f !== field) })
      }
    >
      {children}
    </ShareRow>
  );
  const text = (field: 'team' | 'role' | 'city' | 'askMeAbout', label: string, max: number) =>
    share(
      field,
      label,
      <Field
        label={label}
        name={`profile-${field}`}
        maxLength={max}
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
        error={errors[field]}
      />,
    );

  return (
    <form onSubmit={submit} noValidate className="stack profile-form">
      <FromAccount values={profile.values} share={share} />
      {text('team', 'Team', 100)}
      {text('role', 'Role', 100)}
      {text('city', 'City', 100)}
      {share(
        'interests',
        'Interests',
        <Field
          label="Interests"
          hint="Separated by commas. Pairings mention only interests you both list."
          name="profile-interests"
          value={draft.interests}
          onChange={(event) => set({ interests: event.target.value })}
          error={errors.interests}
        />,
      )}
      {text('askMeAbout', 'Ask me about', 300)}
      {share(
        'officeDays',
        'Office days',
        <OfficeDaysField value={draft.officeDays} onChange={(officeDays) => set({ officeDays })} />,
      )}
      {share(
        'birthday',
        'Birthday',
        <BirthdayPicker value={draft.birthday} onChange={(birthday) => set({ birthday })} />,
      )}
      {share(
        'workStart',
        'Work start date',
        <Field
          label="Started work here on"
          hint="Shared, it gives a work anniversary each year."
          name="profile-workStart"
          type="date"
          value={draft.workStart}
          onChange={(event) => set({ workStart: event.target.value })}
          error={errors.workStart}
        />,
      )}
      <button type="submit" className="primary" aria-disabled={save.isPending}>
        Save profile
      </button>
      <FormError error={save.error} />
      <FormStatus message={saved && 'Saved. Your directory entry shows what you share.'} />
    </form>
  );
}

type ShareFn = (field: ShareField, label: string, children: ReactNode) => ReactNode;

/** Zone, hours and e-mail come from the account; here the member only chooses to share them. */
function FromAccount({ values, share }: { values: Values; share: ShareFn }) {
  const shown = (text: string) => (
    <p className="hint">
      {text} · <Link to="/settings">change in Settings</Link>
    </p>
  );
  return (
    <>
      {share('email', 'E-mail', shown(values.email))}
      {share('timeZone', 'Time zone', shown(values.timeZone))}
      {share(
        'workingHours',
        'Working hours',
        shown(hoursSummary(values.workingHours as WorkingHours)),
      )}
    </>
  );
}

function ShareRow({
  field,
  label,
  shared,
  onShare,
  children,
}: {
  field: ShareField;
  label: string;
  shared: boolean;
  onShare: (shared: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="share-row">
      <label className="check share-check">
        <input
          type="checkbox"
          name={`share-${field}`}
          checked={shared}
          onChange={(event) => onShare(event.target.checked)}
        />
        <span>Share {label.toLowerCase()}</span>
      </label>
      <div className="share-value">{children}</div>
    </div>
  );
}
