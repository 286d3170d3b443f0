import { DomainInputError } from '../input-error.js';

// Times of day as minutes since local midnight. Stored data is strict `HH:MM`; typed text is
// read loosely ("9", "9:30", "9.30", "9h30", "0930", "5pm", "noon").

const LOOSE = /^(\d{1,2})(?:[:.h]?([0-5]\d)|h)?(?:\s*([ap])\.?m?\.?)?$/;

/** Minutes since midnight of a stored `HH:MM` (`24:00` only when `allowEnd`), or a DomainInputError. */
export function requireClockTime(value: string, what: string, allowEnd = false): number {
  if (allowEnd && value === '24:00') return 1440;
  // Char codes, not a regex: office plans check hundreds of stored schedules per request.
  if (typeof value === 'string' && value.length === 5 && value.charCodeAt(2) === 58) {
    const hour = digit(value, 0) * 10 + digit(value, 1);
    const minute = digit(value, 3) * 10 + digit(value, 4);
    if (hour < 24 && minute < 60) return hour * 60 + minute;
  }
  throw new DomainInputError(
    'invalid_time',
    `The ${what} "${value}" is not a time; use 24-hour HH:MM such as 09:00 or 17:30.`,
  );
}

// The digit at `index`, or NaN (which fails every comparison above).
function digit(value: string, index: number): number {
  const code = value.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/** Minutes since midnight of a typed time such as "9", "09:30", "5pm", "noon"; null if unreadable. */
export function readClockTime(text: string, asEnd = false): number | null {
  const value = text.trim().toLowerCase();
  if (value === 'noon' || value === 'midday') return 720;
  if (value === 'midnight') return asEnd ? 1440 : 0;
  const match = LOOSE.exec(value);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  const half = match[3];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
    if (asEnd && hour === 0 && minute === 0) return 1440;
  }
  if (hour === 24 && minute === 0) return asEnd ? 1440 : null;
  return hour < 24 ? hour * 60 + minute : null;
}

/** `HH:MM` of minutes since midnight (1440 is `24:00`). */
export function formatClockTime(minutes: number): string {
  const hour = Math.floor(minutes / 60);
  const minute = minutes % 60;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
