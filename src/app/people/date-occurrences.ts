// "Done" or "skip" for one occurrence of a yearly date (a birthday greeted, an anniversary let
// pass). Only that occurrence leaves Today; the next one comes back by itself.
import { isValidTimeZone, occurrenceToHandle } from '../../domain/index';
import type { DateHandling } from '../../store/people/person-repository';
import type { AppContext } from '../context';
import { notFound } from '../errors';

/** Marks the date's next occurrence (today's, when it is today) done or skipped. */
export async function handleDateOccurrence(
  ctx: AppContext,
  userId: string,
  dateId: string,
  as: DateHandling,
) {
  const found = await ctx.repos.people.findDate(userId, dateId);
  if (!found) throw notFound('Date');
  const [person, user] = await Promise.all([
    ctx.repos.people.findById(userId, found.personId),
    ctx.repos.users.findById(userId),
  ]);
  if (!person || !user) throw notFound('Date');
  const zone = isValidTimeZone(person.timeZone) ? person.timeZone : user.timeZone;
  const occurrence = occurrenceToHandle(found.date, zone, ctx.clock.now().toISOString());
  if (!(await ctx.repos.people.setDateHandled(userId, dateId, occurrence, as))) {
    throw notFound('Date');
  }
  return {
    date: { ...found.date, handledOn: occurrence, handledAs: as },
    personId: person.id,
    personName: person.name,
    occurrence,
  };
}
