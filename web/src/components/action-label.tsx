// A short button label that names its object for screen readers, with its key hint.
// The accessible name starts with the words on the button ("Log a conversation with Ana" on a
// button reading "Log"), so speech control ("click Log") finds it (WCAG 2.5.3). The key hint is
// drawn by CSS from data-key (.key-hint::after), so it is not part of the button's text:
// assistive tech reads aria-keyshortcuts instead.
import type { ButtonHTMLAttributes } from 'react';

export function ActionButton({
  text,
  about,
  shortcut,
  className,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  /** The visible words. */
  text: string;
  /** Read after them, e.g. " a conversation with Ana" or ": Reply to Jo". */
  about?: string;
  shortcut?: string;
}) {
  return (
    <button
      type="button"
      aria-label={about ? `${text}${about}` : undefined}
      aria-keyshortcuts={shortcut}
      data-key={shortcut}
      className={[className, shortcut && 'key-hint'].filter(Boolean).join(' ') || undefined}
      {...button}
    >
      {text}
    </button>
  );
}
