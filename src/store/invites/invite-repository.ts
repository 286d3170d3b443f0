import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database, InviteRow } from '../schema';

export interface InviteRecord {
  id: string;
  email: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export class InviteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    tokenHash: string;
    createdBy: string;
    email: string | null;
    now: string;
    expiresAt: string;
  }): Promise<InviteRecord> {
    const row: InviteRow = {
      id: newId(),
      token_hash: input.tokenHash,
      created_by: input.createdBy,
      email: input.email,
      created_at: input.now,
      expires_at: input.expiresAt,
      used_at: null,
      used_by: null,
    };
    await this.db.insertInto('invites').values(row).execute();
    return toRecord(row);
  }

  async list(): Promise<InviteRecord[]> {
    const rows = await this.db.selectFrom('invites').selectAll().orderBy('created_at').execute();
    return rows.map(toRecord);
  }

  async findUsable(tokenHash: string, now: string): Promise<InviteRecord | undefined> {
    const row = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Claims the invite for a new user; false when someone else claimed it first. */
  async claim(id: string, userId: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ used_at: now, used_by: userId })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('invites').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toRecord(row: InviteRow): InviteRecord {
  return {
    id: row.id,
    email: row.email,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
  };
}
