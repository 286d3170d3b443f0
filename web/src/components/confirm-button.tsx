import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';

/**
 * A button that asks before doing something that can't be undone. The question appears in
 * place with focus on the confirming button; Escape or Cancel returns focus to the trigger.
 */
export function ConfirmButton({
  label,
  ariaLabel,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  primary,
}: {
  label: string;
  /** A fuller name when `label` alone is ambiguous, e.g. in a table row. */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** Styles the trigger as the main action. */
  primary?: boolean;
}) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const returnFocus = useRef(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  function cancel() {
    returnFocus.current = true;
    setAsking(false);
  }

  function cancelOnEscape(event: KeyboardEvent) {
    if (event.key === 'Escape') cancel();
  }

  if (!asking) {
    return (
      <button
        type="button"
        ref={triggerRef}
        className={primary ? 'primary' : undefined}
        aria-label={ariaLabel}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span id={questionId} className="confirm-question">
        {question}
      </span>
      <button
        type="button"
        className="danger"
        ref={confirmRef}
        aria-describedby={questionId}
        onKeyDown={cancelOnEscape}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" onKeyDown={cancelOnEscape} onClick={cancel}>
        Cancel
      </button>
    </span>
  );
}
