import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/calendar-names.js';
import { weekdayOfEpochDay, ymdFromEpochDay } from '../time/epoch-day.js';

/** "1 day", "3 days". */
export function countOf(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "today", "yesterday", "12 days ago", "about 3 months ago", "over a year ago". */
export function agoPhrase(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days <= 45) return `${days} days ago`;
  if (days < 365) return `about ${Math.round(days / 30)} months ago`;
  const years = Math.floor(days / 365);
  return years === 1 ? 'over a year ago' : `over ${years} years ago`;
}

/** "every day", "every 7 days". */
export function cadencePhrase(days: number): string {
  return days === 1 ? 'every day' : `every ${days} days`;
}

/**
 * A day relative to today as people say it: "today", "tomorrow", "yesterday", a weekday
 * within a week either side (unambiguous there), else "Thursday 14 March" (plus the year
 * when it differs from today's).
 */
export function dayName(target: number, today: number): string {
  const diff = target - today;
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  const weekday = WEEKDAY_NAMES[weekdayOfEpochDay(target) - 1]!;
  if (Math.abs(diff) < 7) return weekday;
  const date = ymdFromEpochDay(target);
  const year = date.year === ymdFromEpochDay(today).year ? '' : ` ${date.year}`;
  return `${weekday} ${date.day} ${MONTH_NAMES[date.month - 1]}${year}`;
}

/** "today", "tomorrow", or "on Thursday". */
export function onDay(target: number, today: number): string {
  const name = dayName(target, today);
  return Math.abs(target - today) <= 1 ? name : `on ${name}`;
}

/** "1st", "2nd", "23rd", "35th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
