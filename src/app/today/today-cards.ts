// The last step of Today: what day it is for the user and for each person decides what waits.
// On the user's days off (no working hours that weekday, or a public holiday in their country)
// work waits for the next working day; nobody is asked to reach out to someone on that person's
// own public holiday (on their calendar). The domain then groups the items into cards.

import { arrangeCards, type CardItem, type TodayCard } from '../../domain/agenda/cards';
import type { WeeklyHours } from '../../domain/availability/index';
import type { AgendaPromise, OwedReply } from '../../domain/index';
import { isValidTimeZone, todayIn } from '../../domain/index';
import { WEEKDAY_NAMES } from '../../domain/time/calendar-names';
import {
  epochDayFromIsoDate,
  isoDateFromEpochDay,
  weekdayOfEpochDay,
} from '../../domain/time/epoch-day';
import { holidayCountry, publicHolidayOn } from '../../domain/time/holidays';
import type { UserRecord } from '../../store/users/user-repository';
import type { AppContext } from '../context';
import { officeOf } from '../schedules/schedules';
import { type AgendaSource, personIn } from './agenda-source';
import type { TodayItem } from './place-items';

/** Kinds of item that suggest reaching out, which wait for the end of the person's holiday. */
const REACH_OUT_KINDS = new Set(['due', 'new']);
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const regionName = new Intl.DisplayNames('en', { type: 'region' });

export interface TodayCards {
  /** The cards shown today, the most important first. */
  cards: TodayCard[];
  /** The other cards, in order: what did not fit, then what is held. */
  later: TodayCard[];
  /** How many cards can wait (later.length). */
  more: number;
}

export async function todayCards(
  ctx: AppContext,
  user: UserRecord,
  today: string,
  items: readonly TodayItem[],
  source: Pick<AgendaSource, 'people' | 'placeOf' | 'owedReplies' | 'promises'>,
  limit: number,
): Promise<TodayCards> {
  const lateness = latenessOf(today, source);
  const holds = await holidayHolds(ctx, user, items);
  const cardItems: CardItem[] = items.map((item) => {
    const extra: Partial<CardItem> = {};
    const late = item.lateDays ?? (item.refId ? lateness.get(item.refId) : undefined);
    if (late !== undefined) extra.lateDays = late;
    const hold = REACH_OUT_KINDS.has(item.kind) ? holds.get(item.person.id) : undefined;
    if (hold) extra.hold = hold;
    return { ...item, ...extra };
  });
  const { cards, later } = arrangeCards(cardItems, {
    limit,
    kindOf: (id) => personIn(source, id)?.kind,
    dayOff: dayOffOf(user, today),
  });
  return { cards, later, more: later.length };
}

/** Days an owed reply has waited, and days a promise is past its date, by item id. */
function latenessOf(
  today: string,
  source: { owedReplies: OwedReply[]; promises: AgendaPromise[] },
): Map<string, number> {
  const day = epochDayFromIsoDate(today)!;
  const late = new Map<string, number>();
  for (const reply of source.owedReplies) {
    late.set(reply.id, day - epochDayFromIsoDate(reply.since.slice(0, 10))!);
  }
  for (const promise of source.promises) {
    late.set(promise.id, day - epochDayFromIsoDate(promise.due)!);
  }
  return late;
}

/**
 * When today is a day off for the user, the day work comes back and how to say it; null on a
 * working day. Without working hours at all, every day is a working day.
 */
export function dayOffOf(user: UserRecord, today: string): { until: string; note: string } | null {
  const hours = user.workingHours as Partial<WeeklyHours> | null;
  // The office's country, else the zone's: the same rule as the user's schedule.
  const country = holidayCountry(officeOf(user).country, user.timeZone);
  const works = (day: number) => {
    const weekday = WEEKDAY_KEYS[weekdayOfEpochDay(day) - 1]!;
    return (
      (hours?.[weekday]?.length ?? 0) > 0 && !publicHolidayOn(country, isoDateFromEpochDay(day))
    );
  };
  const start = epochDayFromIsoDate(today)!;
  if (!hours || !WEEKDAY_KEYS.some((day) => (hours[day]?.length ?? 0) > 0) || works(start)) {
    return null;
  }
  for (let day = start + 1; day <= start + 21; day++) {
    if (!works(day)) continue;
    const name = WEEKDAY_NAMES[weekdayOfEpochDay(day) - 1]!;
    return {
      until: isoDateFromEpochDay(day),
      note: `Held until ${day - start < 7 ? name : isoDateFromEpochDay(day)}`,
    };
  }
  return null;
}

/** People with a reach-out today who are on a public holiday of their own country today. */
async function holidayHolds(
  ctx: AppContext,
  user: UserRecord,
  items: readonly TodayItem[],
): Promise<Map<string, { until: string; note: string }>> {
  const ids = [
    ...new Set(
      items.filter((i) => REACH_OUT_KINDS.has(i.kind) && i.person.id).map((i) => i.person.id),
    ),
  ];
  const holds = new Map<string, { until: string; note: string }>();
  if (ids.length === 0) return holds;
  const now = ctx.clock.now().toISOString();
  for (const person of await ctx.repos.people.schedulesOf(user.id, ids)) {
    // Their country, typed or from their own zone; with neither, their holidays are unknown (as
    // for their reach-out windows). Their date is taken in their zone, else the user's.
    const ownZone = person.timeZone && isValidTimeZone(person.timeZone) ? person.timeZone : null;
    const country = holidayCountry(person.country, ownZone);
    if (!country) continue;
    const zone = ownZone ?? user.timeZone;
    const theirToday = todayIn(zone, now);
    const holiday = publicHolidayOn(country, theirToday);
    if (!holiday) continue;
    holds.set(person.id, {
      until: isoDateFromEpochDay(epochDayFromIsoDate(theirToday)! + 1),
      note: `It’s ${holiday.name} in ${regionName.of(country) ?? country} today`,
    });
  }
  return holds;
}
