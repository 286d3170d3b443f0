// How one relationship is doing, and how the user's week went.
import {
  type About,
  type Channel,
  effectiveCadence,
  type Initiator,
  type PersonKind,
  relationshipHealth,
  weekSummary,
} from '../../domain/index';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { getPreferences } from '../people/preferences';

const HEALTH_HISTORY = 200;
const WEEK_HISTORY_DAYS = 10 * 7;

export async function personHealth(ctx: AppContext, userId: string, personId: string) {
  const [user, person, preferences] = await Promise.all([
    ctx.repos.users.findById(userId),
    ctx.repos.people.findById(userId, personId),
    getPreferences(ctx, userId),
  ]);
  if (!user || !person) throw notFound('Person');
  const [interactions, favors] = await Promise.all([
    ctx.repos.interactions.list(userId, { personId, limit: HEALTH_HISTORY }),
    ctx.repos.personItems.list(userId, { personId, type: 'favor' }),
  ]);
  return relationshipHealth({
    now: ctx.clock.now().toISOString(),
    userZone: user.timeZone,
    cadenceDays: effectiveCadence(
      { kind: person.kind as PersonKind, key: person.key, cadenceDays: person.cadenceDays },
      preferences.cadenceDefaults,
    ),
    interactions: interactions.map((i) => ({
      at: i.at,
      about: i.about as About,
      initiator: i.initiator as Initiator,
      note: i.note,
    })),
    favors: favors.map((f) => ({ direction: f.direction === 'gave' ? 'gave' : 'got' })),
  });
}

/** The week's conversations against the user's usual, and with whom (names, most talked first). */
export async function week(
  ctx: AppContext,
  userId: string,
  which: 'current' | 'previous' = 'current',
) {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - WEEK_HISTORY_DAYS * 86_400_000).toISOString();
  const interactions = await ctx.repos.interactions.sinceWithPeople(userId, since);
  const summary = weekSummary({
    now: now.toISOString(),
    userZone: user.timeZone,
    week: which,
    interactions: interactions.map((i) => ({
      at: i.at,
      personIds: i.personIds,
      about: i.about as About,
      channel: i.channel as Channel,
    })),
  });
  const { talkedWith, ...rest } = summary;
  const names = await ctx.repos.people.existing(
    userId,
    talkedWith.map((entry) => entry.personId),
  );
  return {
    ...rest,
    talkedWith: talkedWith
      .filter((entry) => names.has(entry.personId))
      .map((entry) => ({
        id: entry.personId,
        name: names.get(entry.personId)!,
        conversations: entry.conversations,
      }))
      .sort((a, b) => b.conversations - a.conversations || a.name.localeCompare(b.name)),
  };
}
