// "Add to my people" from the directory: a person in the caller's own people, prefilled from what
// the colleague shares. When the caller already has them (same e-mail, or exactly the same name)
// the answer is the match, not a duplicate: the caller then links the two, which fills only the
// fields still empty on their person, or adds a new person anyway. A colleague who joined the
// workspace as a newcomer in the last 30 days comes in as new (`newSince`), which is what gives
// first-contact items on Today; founding members do not.
import { z } from 'zod';
import type { PersonRecord } from '../../store/people/person-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import { createPerson, getPerson, updatePerson } from '../people/people';
import { newPersonInput, personChanges } from '../people/person-input';
import { parseInput } from '../validation';
import { type DirectoryEntry, sharedEntry } from './directory';
import { requireFellowMember, requireMember } from './membership';
import { recentNewcomerSince } from './participation';

export const addToPeopleInput = z
  .object({
    /** `new`: add a new person even when one matches; `link`: link to `personId`. */
    action: z.enum(['new', 'link']).optional(),
    personId: z.string().min(1).max(40).optional(),
  })
  .strict()
  .refine((input) => input.action !== 'link' || input.personId, {
    message: 'Say which person to link: personId',
    path: ['personId'],
  });

export interface PeopleMatch {
  id: string;
  name: string;
  matchedBy: 'email' | 'name';
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/** The caller's person who is this colleague: by e-mail first, else by exactly the same name. */
export function findMatch(people: PersonRecord[], entry: DirectoryEntry): PeopleMatch | null {
  const byEmail = entry.email ? people.find((p) => same(p.email, entry.email)) : undefined;
  if (byEmail) return { id: byEmail.id, name: byEmail.name, matchedBy: 'email' };
  const byName = people.find((p) => same(p.name, entry.name));
  return byName ? { id: byName.id, name: byName.name, matchedBy: 'name' } : null;
}

/** What the colleague shares, as person fields. */
/** The fields a schema takes, with any value: stored data is checked by the schema at run time. */
type FieldsOf<S extends z.ZodType> = Partial<Record<keyof z.input<S>, unknown>>;

function fieldsFrom(entry: DirectoryEntry) {
  return {
    ...(entry.email && { email: entry.email }),
    ...(entry.timeZone && { timeZone: entry.timeZone }),
    ...(entry.workingHours && { workingHours: entry.workingHours }),
    ...(entry.officeDays && { officeDays: entry.officeDays }),
    ...(entry.city && { city: entry.city }),
    ...(entry.team && { team: entry.team }),
    ...(entry.role && { title: entry.role }),
    ...(entry.interests && { tags: entry.interests }),
    ...(entry.askMeAbout && { facts: [`Ask me about: ${entry.askMeAbout}`] }),
  };
}

function workAnniversary(workStart: string) {
  return {
    type: 'work-anniversary' as const,
    month: Number(workStart.slice(5, 7)),
    day: Number(workStart.slice(8, 10)),
    year: Number(workStart.slice(0, 4)),
  };
}

const isEmpty = (value: unknown) =>
  value == null || value === '' || (Array.isArray(value) && value.length === 0);

export async function addMemberToPeople(
  ctx: AppContext,
  userId: string,
  workspaceId: string,
  memberId: string,
  input: z.output<typeof addToPeopleInput> = {},
) {
  await requireMember(ctx, userId, workspaceId);
  const member = await requireFellowMember(ctx, workspaceId, memberId);
  const entry = sharedEntry(member);
  const newSince = recentNewcomerSince(member, ctx.clock.now());

  if (input.action === 'link') {
    const person = await linkPerson(ctx, userId, input.personId!, entry);
    return { person: await markNew(ctx, userId, person, newSince), linked: true };
  }
  if (input.action !== 'new') {
    const match = findMatch(await ctx.repos.people.list(userId, { archived: 'include' }), entry);
    if (match) {
      throw new AppError(
        'conflict',
        `You already have ${match.name} in your people: link them instead of adding a second one?`,
        { match },
      );
    }
  }
  // A colleague's stored profile is checked as a person of ours (the same limits as typing it
  // in); the field names are checked at compile time.
  const fields = {
    name: entry.name,
    kind: 'coworker',
    ...fieldsFrom(entry),
    ...(entry.birthday && { birthday: entry.birthday }),
    ...(entry.workStart && { dates: [workAnniversary(entry.workStart)] }),
  } satisfies FieldsOf<typeof newPersonInput>;
  const created = await createPerson(ctx, userId, parseInput(newPersonInput, fields));
  const person = (await ctx.repos.people.findById(userId, created.id))!;
  return { person: await markNew(ctx, userId, person, newSince), linked: false };
}

/** Fills only what the caller's person lacks; what they wrote themselves is never replaced. */
async function linkPerson(
  ctx: AppContext,
  userId: string,
  personId: string,
  entry: DirectoryEntry,
) {
  const person = await ctx.repos.people.findById(userId, personId);
  if (!person) throw notFound('Person');
  const changes: FieldsOf<typeof personChanges> & Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fieldsFrom(entry))) {
    if (isEmpty((person as unknown as Record<string, unknown>)[key])) changes[key] = value;
  }
  const hasDate = (type: string) => person.dates.some((d) => d.type === type);
  if (entry.birthday && !hasDate('birthday')) changes.birthday = entry.birthday;
  if (entry.workStart && !hasDate('work-anniversary')) {
    changes.dates = [
      ...person.dates.map(({ id: _id, ...date }) => date),
      workAnniversary(entry.workStart),
    ];
  }
  if (Object.keys(changes).length > 0)
    await updatePerson(ctx, userId, personId, parseInput(personChanges, changes));
  return (await ctx.repos.people.findById(userId, personId))!;
}

/** A recent newcomer is new to the caller too, unless the caller already said since when. */
async function markNew(
  ctx: AppContext,
  userId: string,
  person: PersonRecord,
  newSince: string | null,
) {
  if (newSince && !person.newSince) {
    await ctx.repos.people.update(userId, person.id, { newSince }, undefined, isoNow(ctx.clock));
  }
  return getPerson(ctx, userId, person.id);
}
