// One change to many people at once (the People page's selection, `person edit --all`): set a
// kind, a cadence, pause or resume, mark new, add or remove tags, or remove them all. Every id
// must be one of the user's people, else nothing changes: one transaction, all or nothing.
import { z } from 'zod';
import { PERSON_KINDS } from '../../domain/index';
import type { PersonFields } from '../../store/people/person-repository';
import { isoNow } from '../clock';
import { type AppContext, inTransaction } from '../context';
import { invalidInput, notFound } from '../errors';
import { removePerson, userToday } from './people';
import { searchBodyOf } from './person';

const tagList = z.array(z.string().trim().min(1).max(40)).max(50);

export const bulkInput = z
  .object({
    ids: z
      .array(z.string().min(1).max(40))
      .min(1, 'Select at least one person')
      .max(5000, 'At most 5000 people at once'),
    set: z
      .object({
        kind: z.enum(PERSON_KINDS, { message: `Kind is one of: ${PERSON_KINDS.join(', ')}` }),
        cadenceDays: z.number().int().min(1, 'A cadence is at least 1 day').max(3650).nullable(),
        paused: z.boolean(),
        isNew: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    addTags: tagList.optional(),
    removeTags: tagList.optional(),
    delete: z.boolean().optional(),
  })
  .strict()
  .refine((b) => !(b.delete && (b.set || b.addTags?.length || b.removeTags?.length)), {
    message: 'Delete, or change: not both in one request',
  });

export type BulkInput = z.output<typeof bulkInput>;

export interface BulkResult {
  /** People whose record changed (or were removed, with `delete`). */
  changed: number;
  deleted: number;
  ids: string[];
}

const MAX_TAGS = 50;

export async function bulkPeople(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof bulkInput>,
) {
  const ids = [...new Set(input.ids)];
  const nothing =
    !input.delete && !input.set && !input.addTags?.length && !input.removeTags?.length;
  if (nothing) throw invalidInput('Say what to change: set, addTags, removeTags or delete');
  const now = isoNow(ctx.clock);
  const today = await userToday(ctx, userId);
  return inTransaction(ctx, async (repos): Promise<BulkResult> => {
    const people = await repos.people.findMany(userId, ids);
    // Another user's id, or one that does not exist, is "not found" and nothing changes.
    if (people.length !== ids.length) throw notFound('Person');
    if (input.delete) {
      for (const id of ids) await removePerson(repos, userId, id);
      return { changed: ids.length, deleted: ids.length, ids };
    }
    let changed = 0;
    const removing = (input.removeTags ?? []).map((t) => t.toLowerCase());
    for (const person of people) {
      const fields: Partial<PersonFields> = {};
      const set = input.set ?? {};
      if (set.kind !== undefined && set.kind !== person.kind) fields.kind = set.kind;
      if (set.cadenceDays !== undefined && set.cadenceDays !== person.cadenceDays) {
        fields.cadenceDays = set.cadenceDays;
      }
      if (set.paused !== undefined && set.paused !== person.paused) fields.paused = set.paused;
      if (set.isNew === true && !person.newSince) fields.newSince = today;
      if (set.isNew === false && person.newSince) fields.newSince = null;
      const tags = person.tags.filter((t) => !removing.includes(t.toLowerCase()));
      for (const tag of input.addTags ?? []) {
        if (tags.length >= MAX_TAGS) break;
        if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
      }
      if (tags.join('\n') !== person.tags.join('\n')) fields.tags = tags;
      if (Object.keys(fields).length === 0) continue;
      const updated = await repos.people.update(userId, person.id, fields, undefined, now);
      if (fields.tags && updated) {
        await repos.search.put(userId, {
          refType: 'person',
          refId: updated.id,
          personId: updated.id,
          body: searchBodyOf(updated),
        });
      }
      changed += 1;
    }
    return { changed, deleted: 0, ids };
  });
}
