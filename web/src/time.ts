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

/** "Good morning" / "Good afternoon" / "Good evening" for the user's own clock. */
export function greeting(now: Date, timeZone: string): string {
  const hour = hourIn(now, timeZone);
  if (hour >= 5 && hour < 12) return 'Good morning';
  if (hour >= 12 && hour < 18) return 'Good afternoon';
  return 'Good evening';
}
