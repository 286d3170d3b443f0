// Who the user is and whom they keep, as capture's domain functions need it: the user's own
// addresses, kept people by e-mail, "never from this person", the zone and working hours.
import type { WeeklyHours } from '../../domain/availability/types';
import type { SourceRecord } from '../../store/sources/source-repository';
import type { AppContext } from '../context';
import { notFound } from '../errors';

export interface CapturePeople {
  myEmails: Set<string>;
  personByEmail: Map<string, string>;
  ignoredPersonIds: Set<string>;
  timeZone: string;
  workingHours: WeeklyHours;
  officeDays: string[];
}

export async function capturePeople(ctx: AppContext, source: SourceRecord): Promise<CapturePeople> {
  const user = await ctx.repos.users.findById(source.ownerId);
  if (!user) throw notFound('User');
  const myEmails = new Set([user.email.toLowerCase()]);
  // The mailbox's own login is the user's address too, when it is one.
  const login = String(source.settings.user ?? '').toLowerCase();
  if (login.includes('@')) myEmails.add(login);
  const personByEmail = await ctx.repos.people.emailIndex(source.ownerId);
  for (const mine of myEmails) personByEmail.delete(mine);
  return {
    myEmails,
    personByEmail,
    ignoredPersonIds: await ctx.repos.correspondents.ignoredPeople(source.ownerId),
    timeZone: user.timeZone,
    workingHours: user.workingHours as WeeklyHours,
    officeDays: (user.preferences.officeDays as string[] | undefined) ?? [],
  };
}

/** Whether an instant falls on one of the user's office days, in the user's zone. */
export function officeDayCheck(people: CapturePeople): (iso: string) => boolean {
  if (people.officeDays.length === 0) return () => false;
  const format = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: people.timeZone });
  return (iso) => people.officeDays.includes(format.format(new Date(iso)).toLowerCase());
}
