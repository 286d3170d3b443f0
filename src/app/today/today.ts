// The Today agenda: the user's people and open items (see agenda-source), ranked by the domain.
import { z } from 'zod';
import { type Agenda, buildAgenda } from '../../domain/index';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { preferencesOf } from '../people/preferences';
import { parseInput } from '../validation';
import { withCreditItems } from './credit-items';
import { withPlaceItems } from './place-items';

export const todayInput = z.object({
  days: z.coerce
    .number()
    .int()
    .min(1, 'days is at least 1')
    .max(60, 'days is at most 60')
    .default(7),
});

export async function today(ctx: AppContext, userId: string, raw: unknown): Promise<Agenda> {
  const { days } = parseInput(todayInput, raw);
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  const preferences = preferencesOf(user.preferences);
  const source = await ctx.agendaSources.read(ctx.repos, userId, preferences.cadenceDefaults);
  const agenda = buildAgenda({
    now: ctx.clock.now().toISOString(),
    userZone: user.timeZone,
    horizonDays: days,
    ...source,
    userInterests: preferences.interests,
  });
  const withCredit = await withCreditItems(ctx, userId, agenda, days, source.people);
  return withPlaceItems(ctx, user, withCredit, days);
}
