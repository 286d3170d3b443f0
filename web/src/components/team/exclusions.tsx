import { useState } from 'react';
import { useDirectory, useSetExclusions } from '../../api/team-space';
import type { TeamProfile } from '../../api/team-types';
import { useCurrentUser } from '../../current-user';
import { FormError, FormStatus } from '../form-messages';

/** People never to be paired with; only the member sees this list, nobody is told. */
export function Exclusions({
  workspaceId,
  profile,
}: {
  workspaceId: string;
  profile: TeamProfile;
}) {
  const user = useCurrentUser();
  const members = useDirectory(workspaceId);
  const save = useSetExclusions(workspaceId);
  const [chosen, setChosen] = useState(() => new Set(profile.excluded.map((e) => e.id)));
  const [saved, setSaved] = useState(false);
  const others = (members.data ?? []).filter((m) => m.id !== user.id);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate([...chosen], { onSuccess: () => setSaved(true) });
      }}
    >
      <FormError error={members.error} />
      {members.data && others.length === 0 && <p className="empty">Nobody else here yet.</p>}
      {others.length > 0 && (
        <fieldset className="choices exclusion-list">
          <legend>Don’t pair me with</legend>
          {others.map((member) => (
            <label key={member.id} className="check">
              <input
                type="checkbox"
                checked={chosen.has(member.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(member.id);
                  else next.delete(member.id);
                  setChosen(next);
                  setSaved(false);
                }}
              />
              <span>{member.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {others.length > 0 && (
        <button type="submit" aria-disabled={save.isPending}>
          Save
        </button>
      )}
      <FormError error={save.error} />
      <FormStatus message={saved && 'Saved. Nobody else sees this list.'} />
    </form>
  );
}
