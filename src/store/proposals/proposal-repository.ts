import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, ProposalRow } from '../schema';

export interface ProposalRecord {
  id: string;
  answers: Record<string, unknown>;
  decision: 'pending' | 'accepted' | 'not-now' | 'declined';
  revisitOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One proposal per user, kept as the answers the user gave; the text is composed on demand. */
export class ProposalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(ownerId: string): Promise<ProposalRecord | undefined> {
    const row = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async save(
    ownerId: string,
    changes: { answers?: Record<string, unknown>; decision?: string; revisitOn?: string | null },
    now: string,
  ): Promise<ProposalRecord> {
    const existing = await this.find(ownerId);
    if (existing) {
      await this.db
        .updateTable('proposals')
        .set({
          ...(changes.answers && { answers: JSON.stringify(changes.answers) }),
          ...(changes.decision && { decision: changes.decision }),
          ...(changes.revisitOn !== undefined && { revisit_on: changes.revisitOn }),
          updated_at: now,
        })
        .where('id', '=', existing.id)
        .execute();
    } else {
      await this.db
        .insertInto('proposals')
        .values({
          id: newId(),
          owner_id: ownerId,
          answers: JSON.stringify(changes.answers ?? {}),
          decision: changes.decision ?? 'pending',
          revisit_on: changes.revisitOn ?? null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    return (await this.find(ownerId))!;
  }
}

function toRecord(row: ProposalRow): ProposalRecord {
  return {
    id: row.id,
    answers: JSON.parse(row.answers),
    decision: row.decision as ProposalRecord['decision'],
    revisitOn: row.revisit_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
