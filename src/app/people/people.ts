// Creating, reading, editing and removing the people a user keeps in touch with.
import type { z } from 'zod';
import { todayIn } from '../../domain/index';
import {
  EMPTY_PERSON_FIELDS,
  type NewDate,
  type PersonFields,
} from '../../store/people/person-repository';
import type { Repositories } from '../../store/repositories';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { type Person, presentPerson, searchBodyOf } from './person';
import {
  type NewPersonInput,
  type newPersonInput,
  type PersonChanges,
  parseBirthday,
  type personChanges,
  type personFilterInput,
} from './person-input';
import { getPreferences } from './preferences';

export async function createPerson(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof newPersonInput>,
): Promise<Person> {
  const now = isoNow(ctx.clock);
  const today = await userToday(ctx, userId);
  const record = await inTransaction(ctx, async (repos) => {
    const fields = {
      ...EMPTY_PERSON_FIELDS,
      ...toFields(input),
      ...onboardingFields(input, null, today),
    } as PersonFields;
    const created = await repos.people.create(userId, fields, datesOf(input) ?? [], now);
    await reindex(repos, userId, created.id);
    return created;
  });
  return presentPerson(record, (await getPreferences(ctx, userId)).cadenceDefaults);
}

export async function updatePerson(
  ctx: AppContext,
  userId: string,
  personId: string,
  changes: z.output<typeof personChanges>,
): Promise<Person> {
  const now = isoNow(ctx.clock);
  const today = await userToday(ctx, userId);
  const record = await inTransaction(ctx, async (repos) => {
    const existing = await repos.people.findById(userId, personId);
    if (!existing) throw notFound('Person');
    const dates =
      changes.dates !== undefined || changes.birthday !== undefined
        ? mergeDates(existing.dates, changes)
        : undefined;
    const fields = { ...toFields(changes), ...onboardingFields(changes, existing.newSince, today) };
    const updated = await repos.people.update(userId, personId, fields, dates, now);
    await reindex(repos, userId, personId);
    return updated!;
  });
  return presentPerson(record, (await getPreferences(ctx, userId)).cadenceDefaults);
}

export async function getPerson(ctx: AppContext, userId: string, personId: string) {
  const record = await ctx.repos.people.findById(userId, personId);
  if (!record) throw notFound('Person');
  return {
    ...presentPerson(record, (await getPreferences(ctx, userId)).cadenceDefaults),
    seenInMeetings: await ctx.repos.captureState.seenSummary(userId, personId),
  };
}

export async function listPeople(
  ctx: AppContext,
  userId: string,
  filter: z.output<typeof personFilterInput>,
) {
  const { archived, ...rest } = filter;
  if (isWholeList(filter)) {
    const defaults = getPreferences(ctx, userId).then((p) => p.cadenceDefaults);
    return ctx.peopleLists.list(ctx.repos, userId, defaults);
  }
  const [records, preferences] = await Promise.all([
    ctx.repos.people.list(userId, { ...rest, archived: ARCHIVED_FILTER[archived ?? 'false'] }),
    getPreferences(ctx, userId),
  ]);
  return records.map((r) => presentPerson(r, preferences.cadenceDefaults));
}

const ARCHIVED_FILTER = { true: 'only', false: 'hide', all: 'include' } as const;

/** No filter: everyone not archived, the list the People page reads (kept, see people-list). */
function isWholeList(filter: z.output<typeof personFilterInput>): boolean {
  return (
    !filter.kind &&
    !filter.tag &&
    !filter.team &&
    !filter.match &&
    (filter.archived === undefined || filter.archived === 'false')
  );
}

/** Removes a person with their dates and items; conversations with only them go too. */
export async function deletePerson(ctx: AppContext, userId: string, personId: string) {
  await inTransaction(ctx, (repos) => removePerson(repos, userId, personId));
}

/** Removes one person inside the caller's transaction (also used by bulk actions). */
export async function removePerson(repos: Repositories, userId: string, personId: string) {
  const interactionIds = await repos.interactions.idsWithPerson(userId, personId);
  if (!(await repos.people.delete(userId, personId))) throw notFound('Person');
  await repos.interactions.deleteOrphans(userId, interactionIds);
  await repos.search.removeForPerson(userId, personId);
  for (const id of interactionIds) {
    const left = await repos.interactions.findById(userId, id);
    if (left?.people[0]) await repos.search.put(userId, interactionSearchHit(left));
  }
}

/** The user's today, in the user's zone: the day "new" starts and estimates are checked against. */
export async function userToday(ctx: AppContext, userId: string): Promise<string> {
  const user = await ctx.repos.users.findById(userId);
  if (!user) throw notFound('User');
  return todayIn(user.timeZone, ctx.clock.now().toISOString());
}

/**
 * `isNew` as stored: true starts "new" today unless the person already is new (marking twice
 * does not restart it), false ends it. A last-talked estimate cannot be in the future.
 */
export function onboardingFields(
  input: { isNew?: boolean; lastTalkedEstimate?: string | null },
  currentNewSince: string | null,
  today: string,
): Pick<PersonFields, 'newSince' | 'lastTalkedEstimate'> {
  const fields: Pick<PersonFields, 'newSince' | 'lastTalkedEstimate'> = {};
  if (input.isNew !== undefined) fields.newSince = input.isNew ? (currentNewSince ?? today) : null;
  if (input.lastTalkedEstimate !== undefined) {
    if (input.lastTalkedEstimate && input.lastTalkedEstimate > today) {
      throw invalidInput('lastTalkedEstimate: The last conversation cannot be in the future');
    }
    fields.lastTalkedEstimate = input.lastTalkedEstimate;
  }
  return fields;
}

export function interactionSearchHit(interaction: {
  id: string;
  note: string | null;
  people: { id: string; name: string }[];
}) {
  return {
    refType: 'interaction' as const,
    refId: interaction.id,
    personId: interaction.people[0]!.id,
    body: [interaction.note, interaction.people.map((p) => p.name).join(', ')]
      .filter(Boolean)
      .join('\n'),
  };
}

async function reindex(repos: Repositories, userId: string, personId: string) {
  const record = await repos.people.findById(userId, personId);
  if (record) {
    await repos.search.put(userId, {
      refType: 'person',
      refId: record.id,
      personId: record.id,
      body: searchBodyOf(record),
    });
  }
}

function toFields(input: Partial<NewPersonInput> & PersonChanges): Partial<PersonFields> {
  const {
    birthday: _b,
    dates: _d,
    isNew: _n,
    lastTalkedEstimate: _e,
    emails,
    phones,
    addresses,
    ...fields
  } = input;
  const out = fields as Partial<PersonFields>;
  const value = (v: { value: string; label: string | null; preferred?: boolean }) => ({
    value: v.value,
    label: v.label,
    preferred: v.preferred ?? false,
  });
  if (emails) out.emails = emails.map(value);
  if (phones) out.phones = phones.map(value);
  if (addresses) out.addresses = addresses.map((a) => ({ ...a, preferred: a.preferred ?? false }));
  return out;
}

function datesOf(input: Pick<NewPersonInput, 'birthday' | 'dates'>): NewDate[] | undefined {
  const dates: NewDate[] = (input.dates ?? []).map((d) => ({
    type: d.type,
    label: d.label ?? null,
    month: d.month,
    day: d.day,
    year: d.year ?? null,
  }));
  const birthday = input.birthday ? parseBirthday(input.birthday) : null;
  if (birthday) return [...dates.filter((d) => d.type !== 'birthday'), birthday];
  return input.dates || input.birthday !== undefined ? dates : undefined;
}

/** `dates` replaces them all; `birthday` alone replaces only the birthday (null removes it). */
function mergeDates(existing: NewDate[], changes: PersonChanges): NewDate[] {
  const base = changes.dates ? (datesOf({ dates: changes.dates }) ?? []) : existing;
  if (changes.birthday === undefined) return base;
  const others = base.filter((d) => d.type !== 'birthday');
  const birthday = changes.birthday ? parseBirthday(changes.birthday) : null;
  return birthday ? [...others, birthday] : others;
}
