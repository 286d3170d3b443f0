import type { Kysely } from 'kysely';
import type { About, Channel, Initiator } from '../../domain/people/person-kind';
import { newId } from '../ids';
import { loggedChanges } from '../people/person-repository';
import type { Database, InteractionRow } from '../schema';

export interface InteractionFields {
  at: string;
  channel: Channel;
  initiator: Initiator;
  about: About;
  note: string | null;
}

export interface InteractionRecord extends InteractionFields {
  id: string;
  people: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

export class InteractionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Writes a conversation and its people, and what they get from it (loggedChanges: their
   * last conversation, and their count one higher) in the same write. Both are expressions of
   * the person's row, which PostgreSQL evaluates again on the latest version when the update
   * waited for another write of the same person (two instances capturing at once): a count of
   * links there would be of a snapshot taken before that write committed, and lose it
   * (test/capture/capture-fleet).
   */
  async create(ownerId: string, personIds: string[], fields: InteractionFields, now: string) {
    const id = newId();
    const people = [...new Set(personIds)];
    await this.db
      .insertInto('interactions')
      .values({ id, owner_id: ownerId, ...fields, created_at: now, updated_at: now })
      .execute();
    await this.linkPeople(ownerId, id, people, fields.at);
    await this.db
      .updateTable('people')
      .set(loggedChanges({ id, ...fields }, now))
      .where('owner_id', '=', ownerId)
      .where('id', 'in', people)
      .execute();
    return id;
  }

  /** Updates fields and, when given, the people; returns the people before and after. */
  async update(
    ownerId: string,
    id: string,
    fields: Partial<InteractionFields>,
    personIds: string[] | undefined,
    now: string,
  ): Promise<{ before: string[]; after: string[] } | undefined> {
    const existing = await this.db
      .selectFrom('interactions')
      .select(['id', 'at'])
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!existing) return undefined;
    const before = await this.peopleOf(id);
    await this.db
      .updateTable('interactions')
      .set({ ...fields, updated_at: now })
      .where('id', '=', id)
      .execute();
    const at = fields.at ?? existing.at;
    if (personIds) {
      await this.db.deleteFrom('interaction_people').where('interaction_id', '=', id).execute();
      await this.linkPeople(ownerId, id, personIds, at);
    } else if (fields.at) {
      await this.db
        .updateTable('interaction_people')
        .set({ at })
        .where('interaction_id', '=', id)
        .execute();
    }
    return { before, after: personIds ?? before };
  }

  /** Deletes it; returns the people it was with (empty when there was no such interaction). */
  async delete(ownerId: string, id: string): Promise<string[] | undefined> {
    const people = await this.peopleOf(id);
    const result = await this.db
      .deleteFrom('interactions')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0 ? people : undefined;
  }

  /** Interactions left with nobody once a person is deleted. */
  async deleteOrphans(ownerId: string, ids: string[]): Promise<void> {
    for (const id of ids) {
      const still = await this.db
        .selectFrom('interaction_people')
        .select('person_id')
        .where('interaction_id', '=', id)
        .executeTakeFirst();
      if (!still) {
        await this.db
          .deleteFrom('interactions')
          .where('owner_id', '=', ownerId)
          .where('id', '=', id)
          .execute();
      }
    }
  }

  async idsWithPerson(ownerId: string, personId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('interaction_people')
      .select('interaction_id')
      .where('owner_id', '=', ownerId)
      .where('person_id', '=', personId)
      .execute();
    return rows.map((r) => r.interaction_id);
  }

  async findById(ownerId: string, id: string): Promise<InteractionRecord | undefined> {
    const row = await this.db
      .selectFrom('interactions')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return (await this.withPeople(ownerId, [row]))[0];
  }

  /** Newest first; with a person, only theirs. */
  async list(
    ownerId: string,
    options: { personId?: string; limit: number; before?: string; since?: string },
  ): Promise<InteractionRecord[]> {
    let query = this.db
      .selectFrom('interactions')
      .selectAll('interactions')
      .where('interactions.owner_id', '=', ownerId);
    if (options.personId) {
      query = query
        .innerJoin('interaction_people as ip', 'ip.interaction_id', 'interactions.id')
        .where('ip.person_id', '=', options.personId);
    }
    if (options.before) query = query.where('interactions.at', '<', options.before);
    if (options.since) query = query.where('interactions.at', '>=', options.since);
    const rows = await query
      .orderBy('interactions.at', 'desc')
      .orderBy('interactions.id', 'desc')
      .limit(options.limit)
      .execute();
    return this.withPeople(ownerId, rows);
  }

  /** Everything since an instant, with people ids only: what the week summary counts. */
  async sinceWithPeople(ownerId: string, since: string) {
    const rows = await this.db
      .selectFrom('interactions as i')
      .innerJoin('interaction_people as ip', 'ip.interaction_id', 'i.id')
      .select(['i.id', 'i.at', 'i.about', 'i.channel', 'ip.person_id'])
      .where('i.owner_id', '=', ownerId)
      .where('i.at', '>=', since)
      .execute();
    const byId = new Map<
      string,
      { at: string; about: string; channel: string; personIds: string[] }
    >();
    for (const row of rows) {
      const entry = byId.get(row.id) ?? {
        at: row.at,
        about: row.about,
        channel: row.channel,
        personIds: [],
      };
      entry.personIds.push(row.person_id);
      byId.set(row.id, entry);
    }
    return [...byId.values()];
  }

  /** The latest interaction of each given id, for the agenda's starters. */
  async findMany(ownerId: string, ids: string[]) {
    if (ids.length === 0) return new Map<string, InteractionRow>();
    const rows: InteractionRow[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      rows.push(
        ...(await this.db
          .selectFrom('interactions')
          .selectAll()
          .where('owner_id', '=', ownerId)
          .where('id', 'in', ids.slice(i, i + 500))
          .execute()),
      );
    }
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async peopleOf(id: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('interaction_people')
      .select('person_id')
      .where('interaction_id', '=', id)
      .execute();
    return rows.map((r) => r.person_id);
  }

  private async linkPeople(ownerId: string, id: string, personIds: string[], at: string) {
    await this.db
      .insertInto('interaction_people')
      .values(
        [...new Set(personIds)].map((personId) => ({
          interaction_id: id,
          person_id: personId,
          owner_id: ownerId,
          at,
        })),
      )
      .execute();
  }

  private async withPeople(ownerId: string, rows: InteractionRow[]): Promise<InteractionRecord[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom('interaction_people as ip')
      .innerJoin('people as p', 'p.id', 'ip.person_id')
      .select(['ip.interaction_id', 'p.id', 'p.name'])
      .where('ip.owner_id', '=', ownerId)
      .where(
        'ip.interaction_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('p.name_key')
      .execute();
    const people = new Map<string, { id: string; name: string }[]>();
    for (const link of links) {
      const list = people.get(link.interaction_id) ?? [];
      list.push({ id: link.id, name: link.name });
      people.set(link.interaction_id, list);
    }
    return rows.map((row) => ({
      id: row.id,
      at: row.at,
      // The columns hold only what the request schemas allowed in.
      channel: row.channel as Channel,
      initiator: row.initiator as Initiator,
      about: row.about as About,
      note: row.note,
      people: people.get(row.id) ?? [],
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }));
  }
}
