import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface PasswordResetRecord {
  id: string;
  userId: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** One-time password reset links, stored as the hash of their secret. */
export class PasswordResetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new link for the user; it replaces any of theirs not used yet, so one is live at a time. */
  async replace(input: {
    tokenHash: string;
    userId: string;
    createdBy: string | null;
    now: string;
    expiresAt: string;
  }): Promise<PasswordResetRecord> {
    await this.db
      .deleteFrom('password_resets')
      .where('user_id', '=', input.userId)
      .where('used_at', 'is', null)
      .execute();
    const id = newId();
    await this.db
      .insertInto('password_resets')
      .values({
        id,
        token_hash: input.tokenHash,
        user_id: input.userId,
        created_by: input.createdBy,
        created_at: input.now,
        expires_at: input.expiresAt,
        used_at: null,
      })
      .execute();
    return {
      id,
      userId: input.userId,
      createdBy: input.createdBy,
      createdAt: input.now,
      expiresAt: input.expiresAt,
    };
  }

  async findUsable(tokenHash: string, now: string): Promise<PasswordResetRecord | undefined> {
    const row = await this.db
      .selectFrom('password_resets')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        createdBy: row.created_by,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      }
    );
  }

  /** Uses the link; false when it was used (or replaced) in the meantime. */
  async claim(id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
