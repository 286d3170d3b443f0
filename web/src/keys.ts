// Single-key shortcuts must never fire while the user types or while a dialog is open, and the
// user can turn them off in Settings (WCAG 2.1.4: speech input can land as stray letters).
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

let shortcutsOn = true;

/**
 * The user's saved choice (Settings → Keyboard shortcuts). Also marks the page, so the key
 * hints ("Log l") disappear with the keys.
 */
export function setShortcutsEnabled(on: boolean): void {
  shortcutsOn = on;
  document.documentElement.toggleAttribute('data-shortcuts-off', !on);
}

/** True when a key press belongs to a text field, a list box or an editable element. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return false;
}

/** A plain key press (no Ctrl, Cmd or Alt) outside fields and dialogs, with shortcuts on. */
export function isShortcut(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  if (!shortcutsOn) return false;
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
  if (isTypingTarget(event.target)) return false;
  return !document.querySelector('dialog[open]');
}
