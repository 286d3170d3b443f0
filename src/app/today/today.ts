// The Today agenda: the user's people and open items (see agenda-source), ranked by the domain,
// and beside it the welcomes of team newcomers that involve the user (see welcome-items).
import { z } from 'zod';
import { type Agenda, buildAgenda } from '../../domain/index';
import { isoDateFromEpochDay } from '../../domain/time/epoch-day';
import { zoneClockFor } from '../../domain/time/zone-clock';
import type { UserRecord } from '../../store/users/user-repository';
import { writeStamp } from '../../store/write-stamp';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { preferencesOf } from '../people/preferences';
import { withCreditItems } from './credit-items';
import { type EarlyTrips, type TodayItem, withPlaceItems } from './place-items';
import { type TodayCards, todayCards } from './today-cards';
import { type TodayWelcome, todayWelcomes } from './welcome-items';

/** How many days ahead Today looks unless asked otherwise. */
export const TODAY_DAYS = 7;

export const todayInput = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1, 'days is at least 1')
    .max(60, 'days is at most 60')
    .default(TODAY_DAYS),
});

/**
 * `items` is every item, ranked (kept for scripts); `cards` is what Today shows: one card per
 * person, at most the user's `todayLimit`, and `later` what can wait.
 */
export type Today = Agenda & {
  items: TodayItem[];
  welcomes: TodayWelcome[];
  /** The user's todayLimit: how many cards `cards` holds at most. */
  limit: number;
  /** Conversations capture found that wait in "Rapport noticed". */
  noticed: { count: number };
  /** Sources that have failed for 24 hours or more. */
  failingSources: { id: string; name: string; lastError: string | null; failingSince: string }[];
} & TodayCards;

/**
 * Today as of the clock's current minute. Everything in it is a function of the database and
 * that minute, so a Today computed once is kept (per process, per user) and given again while
 * the database's write stamp, the minute and `days` are the same: any write — by this user, a
 * teammate, capture, another instance or the CLI — changes the stamp. The result is shared
 * between callers: read it, never change it.
 */
export async function today(
  ctx: AppContext,
  userId: string,
  { days }: z.output<typeof todayInput> = { days: TODAY_DAYS },
): Promise<Today> {
  const minute = Math.floor(ctx.clock.now().getTime() / MINUTE_MS) * MINUTE_MS;
  // Read before anything Today reads (see writeStamp).
  const stamp = await writeStamp(ctx.store);
  const key = `${stamp}|${days}|${minute}`;
  const kept = stamp === undefined ? undefined : ctx.agendaSources.results.get(userId, key);
  if (kept) return kept as Today;
  const atMinute = { ...ctx, clock: { now: () => new Date(minute) } };
  const fresh = await computeToday(atMinute, userId, days);
  if (stamp !== undefined) ctx.agendaSources.results.set(userId, key, fresh);
  return fresh;
}

const MINUTE_MS = 60_000;

async function computeToday(ctx: AppContext, userId: string, days: number): Promise<Today> {
  const now = ctx.clock.now();
  // The user row and who changed since the kept input are read side by side (agendaSources
  // .read), not one after the other: on PostgreSQL each read in a row is a round trip, and
  // under load each is a wake-up of a backend and of this process.
  const userRead = ctx.repos.users.findById(userId);
  const preferencesRead = userRead.then((user) => {
    if (!user) throw notFound('User');
    return preferencesOf(user.preferences);
  });
  const inputRead = ctx.agendaSources.read(
    ctx.repos,
    userId,
    preferencesRead.then((p) => p.cadenceDefaults),
    now,
  );
  // Awaited below; a failure (no such user) is thrown from the user read.
  inputRead.catch(() => {});
  // Read beside everything else (on PostgreSQL each read is a round trip); awaited at the end.
  const capture = captureOnToday(ctx, userId, now);
  capture.catch(() => {});
  // Neither needs the ranking: read beside it too, awaited where they are used.
  const proposal = ctx.repos.proposals.find(userId);
  proposal.catch(() => {});
  const preferences = await preferencesRead;
  const user = (await userRead)!;
  const trips = tripsAhead(ctx, user, now);
  const input = await inputRead;
  const { people, owedReplies, promises, careerEvents } = input;
  // The ranking of 5,000 people is most of the work: kept while this user's input is the same
  // (other users' writes change the stamp above, not the input).
  const rankingKey = JSON.stringify([now.getTime(), user.timeZone, days, preferences.interests]);
  const agenda = ctx.agendaSources.ranked(userId, input, rankingKey, (memo) =>
    buildAgenda(
      {
        now: now.toISOString(),
        userZone: user.timeZone,
        horizonDays: days,
        people,
        owedReplies,
        promises,
        careerEvents,
        userInterests: preferences.interests,
      },
      memo,
    ),
  );
  const withCredit = await withCreditItems(ctx, userId, agenda, days, input, proposal);
  const [withPlace, welcomes] = await Promise.all([
    withPlaceItems(ctx, user, withCredit, days, trips),
    todayWelcomes(ctx, userId, input.welcomes, preferences.interests),
  ]);
  const cards = await todayCards(
    ctx,
    user,
    withPlace.date,
    withPlace.items,
    input,
    preferences.todayLimit,
  );
  return { ...withPlace, welcomes, ...cards, limit: preferences.todayLimit, ...(await capture) };
}

/**
 * The user's trips from their today on, read before the agenda says which day that is (it is
 * the same day: the user's zone at the same minute); withPlaceItems reads again if not.
 */
function tripsAhead(ctx: AppContext, user: UserRecord, now: Date): EarlyTrips | undefined {
  let from: string;
  try {
    from = isoDateFromEpochDay(zoneClockFor(user.timeZone).localEpochDay(now.getTime()));
  } catch {
    // A zone the agenda refuses: it says why, below.
    return undefined;
  }
  const trips = ctx.repos.schedules.listTrips(user.id, { from });
  trips.catch(() => {});
  return { from, trips };
}

const FAILING_SHOWN_AFTER_MS = 24 * 3600_000;

async function captureOnToday(ctx: AppContext, userId: string, now: Date) {
  const [count, failing] = await Promise.all([
    ctx.repos.noticed.countPending(userId),
    ctx.repos.sources.listFailing(
      userId,
      new Date(now.getTime() - FAILING_SHOWN_AFTER_MS).toISOString(),
    ),
  ]);
  return {
    noticed: { count },
    failingSources: failing.map((s) => ({
      id: s.id,
      name: s.name,
      lastError: s.last_error,
      failingSince: s.failing_since!,
    })),
  };
}
