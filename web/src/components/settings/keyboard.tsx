import { usePreferences, useSaveShortcuts } from '../../api/preferences';
import { FormError, FormStatus } from '../form-messages';
import { SectionCard } from '../section-card';

/** Single-key shortcuts on or off (WCAG 2.1.4); saved at once, like a switch. */
export function KeyboardSection() {
  const preferences = usePreferences();
  const save = useSaveShortcuts();
  const on = save.isPending ? save.variables : preferences.data?.shortcuts !== false;
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
          onChange={(event) => save.mutate(event.target.checked)}
        />
        Single-key shortcuts
      </label>
      <FormStatus
        message={save.isSuccess && (save.data.shortcuts ? 'Shortcuts on.' : 'Shortcuts off.')}
      />
    </SectionCard>
  );
}
