// Client-side checks that give quick, specific feedback. The server checks everything again.
import { useEffect, useRef, useState } from 'react';
import { isValidTimeZone } from './time-zones';

export const MIN_PASSWORD_LENGTH = 8;
/** The server refuses easy-to-guess passwords too (common ones, your name); this says how. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters, not easy to guess: a few unrelated words work well.`;

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function checkName(name: string): string | undefined {
  return name.trim() ? undefined : 'Enter your name.';
}

export function checkEmail(email: string): string | undefined {
  if (!email.trim()) return 'Enter your e-mail address.';
  return /^[^\s@]+@[^\s@]+$/.test(email.trim()) ? undefined : 'Enter a valid e-mail address.';
}

export function checkTimeZone(zone: string): string | undefined {
  return isValidTimeZone(zone)
    ? undefined
    : 'Choose a time zone from the list, e.g. Europe/Berlin.';
}

export function checkNewPassword(password: string): string | undefined {
  return password.length >= MIN_PASSWORD_LENGTH
    ? undefined
    : `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
}

export function checkConfirmation(password: string, confirmation: string): string | undefined {
  return password === confirmation ? undefined : 'The passwords don’t match.';
}

/** Drops the checks that passed. */
export function collectErrors<K extends string>(
  checks: Record<K, string | undefined>,
): FieldErrors<K> {
  const errors: FieldErrors<K> = {};
  for (const key of Object.keys(checks) as K[]) {
    if (checks[key]) errors[key] = checks[key];
  }
  return errors;
}

/**
 * Field errors for a form. `show` displays them and moves focus to the first invalid field,
 * so keyboard and screen-reader users land where the problem is.
 */
export function useFieldErrors<K extends string>() {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<{ errors: FieldErrors<K>; attempt: number }>({
    errors: {},
    attempt: 0,
  });
  useEffect(() => {
    if (state.attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state.attempt]);

  /** Shows `errors`; true when there are none. */
  function show(errors: FieldErrors<K>): boolean {
    setState((previous) => ({ errors, attempt: previous.attempt + 1 }));
    return Object.keys(errors).length === 0;
  }
  /** Hides one field's error, e.g. once the user edits that field. */
  function dismiss(key: K): void {
    setState((previous) => {
      if (!previous.errors[key]) return previous;
      const { [key]: _, ...rest } = previous.errors;
      return { ...previous, errors: rest as FieldErrors<K> };
    });
  }
  return { formRef, errors: state.errors, show, dismiss };
}

/** Field messages from a 400's `details` (`[{ path, message }]`), keyed by the top field. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const details = (error as { details?: unknown } | null)?.details;
  const errors: Record<string, string> = {};
  if (!Array.isArray(details)) return errors;
  for (const detail of details) {
    const path = String((detail as { path?: unknown })?.path ?? '').split('.')[0];
    const message = (detail as { message?: unknown })?.message;
    if (path && typeof message === 'string' && !errors[path]) errors[path] = message;
  }
  return errors;
}
