// A short button label that names its object for screen readers only, plus its key hint.
// The accessible name starts with the words on the button ("Log a conversation with Ana" on a
// button reading "Log"), so speech control ("click Log") finds it (WCAG 2.5.3); the key hint is
// hidden from assistive tech, which reads aria-keyshortcuts instead.

export function ActionLabel({
  text,
  about,
  shortcut,
}: {
  /** The visible words. */
  text: string;
  /** Read after them, e.g. " a conversation with Ana" or ": Reply to Jo". */
  about?: string;
  shortcut?: string;
}) {
  return (
    <>
      {text}
      {about && <span className="visually-hidden">{about}</span>}
      {shortcut && (
        <span className="shortcut-hint" aria-hidden="true">
          {' '}
          <kbd className="kbd-hint">{shortcut}</kbd>
        </span>
      )}
    </>
  );
}
