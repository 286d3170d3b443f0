import { DomainInputError } from '../input-error.js';

// "m" means months, not minutes: durations here are cadences and snoozes, counted in days.
const UNIT_DAYS: Record<string, number> = {
  d: 1,
  day: 1,
  days: 1,
  w: 7,
  wk: 7,
  wks: 7,
  week: 7,
  weeks: 7,
  m: 30,
  mo: 30,
  mos: 30,
  month: 30,
  months: 30,
  q: 90,
  quarter: 90,
  quarters: 90,
  y: 365,
  yr: 365,
  yrs: 365,
  year: 365,
  years: 365,
};

const DURATION = /^(\d{1,5})\s*([a-z]*)$/;
const MAX_DAYS = 3650;
const HINT = 'Use a number and a unit, like 7d, 2w, 3m (months) or 1q.';

/** Days in a cadence or snooze such as "7d", "2w", "3m" (30-day months), "1q" (90 days) or "1y". */
export function parseDuration(input: string): number {
  const text = input.trim().toLowerCase();
  if (text === '') throw new DomainInputError('invalid_duration', `The duration is empty. ${HINT}`);
  const match = DURATION.exec(text);
  const unit = match?.[2] || 'd';
  const perUnit = UNIT_DAYS[unit];
  if (!match || perUnit === undefined) {
    throw new DomainInputError('invalid_duration', `"${input}" is not a duration. ${HINT}`);
  }
  const days = Number(match[1]) * perUnit;
  if (days < 1) {
    throw new DomainInputError('invalid_duration', `"${input}" is too short: at least 1 day.`);
  }
  if (days > MAX_DAYS) {
    throw new DomainInputError('invalid_duration', `"${input}" is too long: at most 10 years.`);
  }
  return days;
}
