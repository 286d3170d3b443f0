// Showing instants and clocks in the user's own zone (from their profile, not the browser's).

/** "3 Mar 2025, 14:05" style, in the user's locale and the given zone. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** "Monday 3 March, 14:05" in the given zone. */
export function formatClock(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(now);
}

/** The hour of day (0–23) at `now` in the given zone. */
export function hourIn(now: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone })
    .formatToParts(now)
    .find((part) => part.type === 'hour')?.value;
  return Number(hour ?? 0);
}

/**
 * What Today's greeting calls the user: the first word of their name, as a colleague would — the
 * whole name ("Good afternoon, Kai Lehmann") took two lines on a phone in the afternoon.
 */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}

/** "Good morning" / "Good afternoon" / "Good evening" for the user's own clock. */
export function greeting(now: Date, timeZone: string): string {
  const hour = hourIn(now, timeZone);
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** "14:05" on the wall clock of `timeZone`. */
export function formatTime(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(now);
}

/** A calendar date ("2025-03-06") as "Thu 6 Mar 2025"; no zone is involved. */
export function formatDate(date: string, options: { weekday?: boolean } = {}): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: options.weekday ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A yearly date without its year: "6 March". */
export function formatMonthDay(month: number, day: number): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, month - 1, day)));
}

/** "today", "yesterday", "12 days ago", "about 3 months ago", like the server's reasons. */
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

/** "1 conversation", "3 conversations". */
export function countOf(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Two calendar dates as a compact range: "23–29 Nov 2026". */
export function formatDateRange(start: string, end: string): string {
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** A calendar date without its year: "Tue 24 Nov"; no zone is involved. */
export function formatDay(date: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
