// People the user talks to but does not keep (addresses seen in mail and meetings that match
// nobody), and the people the user said "never from this person" about.
import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface Sighting {
  email: string;
  name: string | null;
  conversationKey: string;
  at: string;
}

export class CorrespondentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(ownerId: string, sightings: Sighting[], now: string): Promise<void> {
    const ids = new Map<string, string>();
    for (const s of sightings) {
      const email = s.email.toLowerCase();
      let id = ids.get(email);
      if (!id) {
        await this.db
          .insertInto('capture_unknowns')
          .values({
            id: newId(),
            owner_id: ownerId,
            email,
            name: s.name,
            dismissed: 0,
            created_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.columns(['owner_id', 'email']).doNothing())
          .execute();
        const row = await this.db
          .selectFrom('capture_unknowns')
          .select(['id', 'name'])
          .where('owner_id', '=', ownerId)
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        id = row.id;
        ids.set(email, id);
        if (!row.name && s.name) {
          await this.db
            .updateTable('capture_unknowns')
            .set({ name: s.name, updated_at: now })
            .where('id', '=', id)
            .execute();
        }
      }
      await this.db
        .insertInto('capture_sightings')
        .values({
          unknown_id: id,
          owner_id: ownerId,
          conversation_key: s.conversationKey,
          at: s.at,
        })
        .onConflict((oc) => oc.columns(['unknown_id', 'conversation_key']).doNothing())
        .execute();
    }
  }

  /** Addresses seen in at least `min` distinct conversations since `since`, not dismissed. */
  async frequent(ownerId: string, since: string, min: number) {
    const rows = await this.db
      .selectFrom('capture_unknowns as u')
      .innerJoin('capture_sightings as s', 's.unknown_id', 'u.id')
      .select((eb) => [
        'u.id',
        'u.email',
        'u.name',
        eb.fn.countAll<number>().as('n'),
        eb.fn.max('s.at').as('last'),
      ])
      .where('u.owner_id', '=', ownerId)
      .where('u.dismissed', '=', 0)
      .where('s.at', '>=', since)
      .groupBy(['u.id', 'u.email', 'u.name'])
      .having((eb) => eb.fn.countAll(), '>=', min)
      .orderBy('last', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      conversations: Number(r.n),
      lastSeenAt: String(r.last),
    }));
  }

  async find(ownerId: string, id: string) {
    return this.db
      .selectFrom('capture_unknowns')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async dismiss(ownerId: string, id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('capture_unknowns')
      .set({ dismissed: 1, updated_at: now })
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(ownerId: string, id: string): Promise<void> {
    await this.db
      .deleteFrom('capture_unknowns')
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .execute();
  }

  // "Never from this person" -----------------------------------------------------------------

  async ignore(ownerId: string, personId: string, now: string): Promise<void> {
    await this.db
      .insertInto('capture_ignored_people')
      .values({ owner_id: ownerId, person_id: personId, created_at: now })
      .onConflict((oc) => oc.columns(['owner_id', 'person_id']).doNothing())
      .execute();
  }

  async ignoredPeople(ownerId: string): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('capture_ignored_people')
      .select('person_id')
      .where('owner_id', '=', ownerId)
      .execute();
    return new Set(rows.map((r) => r.person_id));
  }
}
