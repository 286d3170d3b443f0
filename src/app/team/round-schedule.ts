// When a workspace's coffee round is due, on the workspace's own clock. Pure: now is an argument.
import {
  DAY_MS,
  epochDayFromIsoDate,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
} from '../../domain/time/epoch-day';
import { zoneClockFor } from '../../domain/time/zone-clock';
import { WEEKDAYS } from '../accounts/working-hours';
import type { PairingSettings } from './team-input';

/** Monday-based week number: 1970-01-01 was a Thursday, so day −3 starts week 0. */
const weekOf = (epochDay: number) => Math.floor((epochDay + 3) / 7);

/**
 * The round's local date when a round is due at `now`: the chosen weekday, at or after the chosen
 * hour, every N weeks counted from the week the rhythm was set (`anchor`). Callers run this every
 * minute and claim one round per date, so a server that was down at 10:00 still pairs at 11:00.
 */
export function roundDueOn(
  settings: PairingSettings,
  anchor: string | undefined,
  now: Date,
): string | null {
  if (!settings.enabled) return null;
  const { day, hour } = localDayAndHour(settings.timeZone, now);
  if (WEEKDAYS[weekdayOfEpochDay(day) - 1] !== settings.weekday) return null;
  if (hour < settings.hour) return null;
  const anchorDay = anchor
    ? zoneClockFor(settings.timeZone).localEpochDay(Date.parse(anchor))
    : day;
  if (Number.isNaN(anchorDay)) return null;
  const weeks = weekOf(day) - weekOf(anchorDay);
  if (weeks < 0 || weeks % settings.everyWeeks !== 0) return null;
  return isoDateFromEpochDay(day);
}

/** The local day (days since 1970-01-01) and whole hour on a zone's clock at an instant. */
export function localDayAndHour(zone: string, now: Date): { day: number; hour: number } {
  const wall = zoneClockFor(zone).wallMs(now.getTime());
  const day = Math.floor(wall / DAY_MS);
  return { day, hour: Math.floor((wall - day * DAY_MS) / 3_600_000) };
}

/** The local date in a zone at an instant, `YYYY-MM-DD`. */
export function localDate(zone: string, now: Date): string {
  return isoDateFromEpochDay(zoneClockFor(zone).localEpochDay(now.getTime()));
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return (epochDayFromIsoDate(to) ?? 0) - (epochDayFromIsoDate(from) ?? 0);
}
