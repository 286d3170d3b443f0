import { useState } from 'react';
import { usePreferences, useSaveShortcuts } from '../../api/preferences';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';

/** Single-key shortcuts on or off (WCAG 2.1.4); saved at once, like a switch. */
export function KeyboardSection() {
  const preferences = usePreferences();
  const save = useSaveShortcuts();
  // The switch shows the click at once (set in the same event, so React does not put the box
  // back while the save starts), then what the server saved.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const on = chosen ?? preferences.data?.shortcuts !== false;
  return (
    <SectionCard
      id="keyboard"
      title="Keyboard shortcuts"
      intro="Single keys work on Today: n logs a conversation, j and k move between cards, l logs, s snoozes and d marks done. They never act while you type in a field. Turn them off if you use speech input or they get in your way."
    >
      <FormError error={preferences.error ?? save.error} />
      <label className="check">
        <input
          type="checkbox"
          name="shortcuts"
          checked={on}
          disabled={!preferences.data}
          onChange={(event) => {
            setChosen(event.target.checked);
            save.mutate(event.target.checked, { onSettled: () => setChosen(null) });
          }}
        />
        Single-key shortcuts
      </label>
      <FormStatus
        message={save.isSuccess && (save.data.shortcuts ? 'Shortcuts on.' : 'Shortcuts off.')}
      />
    </SectionCard>
  );
}
