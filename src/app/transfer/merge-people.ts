// Merging two records of one person (an import made a second card, a typo made a second
// person): everything that points at the merged person moves to the kept one (conversations,
// items, accomplishments, anything later tables hold), their facts, tags and dates join, and
// e-mails, phones and addresses join the kept person's lists, and what cannot join (another
// birthday, a second company) is kept in notes or as a dated label. Nothing is lost; the merged person is then removed.
import { z } from 'zod';
import { normalizeAddresses, normalizeValues } from '../../domain/people/contact-values';
import { LIMITS, MAX_LINKS, MAX_NOTES } from '../../domain/transfer/imported-person';
import type { NewDate, PersonFields, PersonRecord } from '../../store/people/person-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { notFound } from '../errors';
import { interactionSearchHit } from '../people/people';
import { type Person, presentPerson, searchBodyOf } from '../people/person';
import { getPreferences } from '../people/preferences';
import { inTransferTransaction } from './transfer-store';

const personId = z.string().trim().min(1, 'Name a person').max(40);

export const mergeInput = z
  .object({
    /** The person merged away. */
    from: personId,
    /** The person kept. */
    into: personId,
  })
  .strict()
  .refine((input) => input.from !== input.into, {
    message: 'A person cannot be merged into themselves',
    path: ['into'],
  });

export interface MergeResult {
  person: Person;
  /** Rows moved to the kept person, per table (interaction_people, person_items, …). */
  moved: Record<string, number>;
}

export async function mergePeople(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof mergeInput>,
): Promise<MergeResult> {
  const now = isoNow(ctx.clock);
  const { record, moved } = await inTransferTransaction(ctx, async (store) => {
    const [from, into] = await Promise.all([
      store.repos.people.findById(userId, input.from),
      store.repos.people.findById(userId, input.into),
    ]);
    if (!from || !into) throw notFound('Person');
    const merged = mergedFields(into, from);
    const references = await store.merges.moveReferences(userId, from.id, into.id);
    await store.repos.people.update(userId, into.id, merged.fields, merged.dates, now);
    await store.repos.people.delete(userId, from.id);
    await store.repos.people.refreshContactStats(userId, [into.id], now);
    await store.repos.search.removeForPerson(userId, from.id);
    for (const id of references.interactionIds) {
      const interaction = await store.repos.interactions.findById(userId, id);
      if (interaction?.people[0])
        await store.repos.search.put(userId, interactionSearchHit(interaction));
    }
    const kept = (await store.repos.people.findById(userId, into.id))!;
    await store.repos.search.put(userId, {
      refType: 'person',
      refId: kept.id,
      personId: kept.id,
      body: searchBodyOf(kept),
    });
    return {
      record: kept,
      moved: { ...references.moved, person_dates: merged.movedDates },
    };
  });
  const preferences = await getPreferences(ctx, userId);
  return { person: presentPerson(record, preferences.cadenceDefaults), moved };
}

const TEXT_FIELDS = [
  ['company', 'Company'],
  ['team', 'Team'],
  ['title', 'Title'],
  ['city', 'City'],
  ['country', 'Country'],
  ['office', 'Office'],
  ['timeZone', 'Time zone'],
] as const;

/** The kept person's fields once the other's are added: blanks filled, lists joined. */
export function mergedFields(into: PersonRecord, from: PersonRecord) {
  const fields: Partial<PersonFields> = {};
  const lines: string[] = [];
  if (from.name.trim().toLowerCase() !== into.name.trim().toLowerCase()) {
    lines.push(`Also known as: ${from.name}`);
  }
  for (const [key, label] of TEXT_FIELDS) {
    const theirs = from[key];
    if (!theirs) continue;
    if (!into[key]) fields[key] = theirs;
    else if (into[key]!.toLowerCase() !== theirs.toLowerCase()) lines.push(`${label}: ${theirs}`);
  }
  // The kept person's preferred values stay preferred; the other's join after them.
  const emails = normalizeValues('email', [
    ...into.emails,
    ...from.emails.map((e) => ({ ...e, preferred: false })),
  ]);
  if (emails.length > into.emails.length) fields.emails = emails;
  const phones = normalizeValues('phone', [
    ...into.phones,
    ...from.phones.map((p) => ({ ...p, preferred: false })),
  ]);
  if (phones.length > into.phones.length) fields.phones = phones;
  const addresses = normalizeAddresses([
    ...into.addresses,
    ...from.addresses.map((a) => ({ ...a, preferred: false })),
  ]);
  if (addresses.length > into.addresses.length) fields.addresses = addresses;
  if (from.key && !into.key) fields.key = true;
  if (into.cadenceDays === null && from.cadenceDays !== null) fields.cadenceDays = from.cadenceDays;
  if (into.workingHours === null && from.workingHours !== null) {
    fields.workingHours = from.workingHours;
  }
  if (into.officeDays.length === 0 && from.officeDays.length > 0)
    fields.officeDays = from.officeDays;
  // "New" if either record was marked new; an estimate of the last talk only while neither has a
  // logged conversation (the latest of the two estimates).
  if (!into.newSince && from.newSince) fields.newSince = from.newSince;
  const estimates = [into.lastTalkedEstimate, from.lastTalkedEstimate].filter((d): d is string =>
    Boolean(d),
  );
  const talked = into.interactionCount + from.interactionCount > 0;
  const estimate = talked ? null : (estimates.sort().at(-1) ?? null);
  if (estimate !== into.lastTalkedEstimate) fields.lastTalkedEstimate = estimate;

  const joined = (mine: string[], theirs: string[], max: number, label: string) => {
    const out = [...mine];
    for (const value of theirs) {
      if (out.some((v) => v.toLowerCase() === value.toLowerCase())) continue;
      if (out.length < max) out.push(value);
      else lines.push(`${label}: ${value}`);
    }
    return out;
  };
  const tags = joined(into.tags, from.tags, LIMITS.tags, 'Tag');
  if (tags.length > into.tags.length) fields.tags = tags;
  const facts = joined(into.facts, from.facts, LIMITS.facts, 'Fact');
  if (facts.length > into.facts.length) fields.facts = facts;
  const links = joined(into.links, from.links, MAX_LINKS, 'Link');
  if (links.length > into.links.length) fields.links = links;

  const dates: NewDate[] = into.dates.map(({ id: _id, ...date }) => date);
  let movedDates = 0;
  for (const { id: _id, ...date } of from.dates) {
    const same = dates.find((d) => sameSlot(d, date));
    if (same && same.month === date.month && same.day === date.day && same.year === date.year) {
      continue;
    }
    movedDates += 1;
    if (!same) dates.push(date);
    else {
      // Another birthday (or anniversary): kept, under a label that says where it came from.
      const label = `${date.label ?? date.type.replace('-', ' ')} (from ${from.name})`;
      dates.push({ ...date, type: 'custom', label: capitalized(label).slice(0, 80) });
    }
  }

  const theirNotes = [from.notes, lines.join('\n')].filter(Boolean).join('\n');
  if (theirNotes) {
    const block = `Merged from ${from.name}:\n${theirNotes}`;
    const notes = [into.notes, block].filter(Boolean).join('\n\n');
    fields.notes = notes.length > MAX_NOTES ? notes.slice(0, MAX_NOTES) : notes;
  }
  return { fields, dates: movedDates > 0 ? dates : undefined, movedDates };
}

function sameSlot(a: NewDate, b: NewDate): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'custom' || (a.label ?? '').toLowerCase() === (b.label ?? '').toLowerCase();
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
