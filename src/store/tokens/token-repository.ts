import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { ApiTokenRow, Database } from '../schema';

export interface TokenRecord {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export class TokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: {
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    now: string;
  }): Promise<TokenRecord> {
    const row: ApiTokenRow = {
      id: newId(),
      user_id: input.userId,
      name: input.name,
      token_hash: input.tokenHash,
      prefix: input.prefix,
      created_at: input.now,
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.insertInto('api_tokens').values(row).execute();
    return toRecord(row);
  }

  async listLive(userId: string): Promise<TokenRecord[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .execute();
    return rows.map(toRecord);
  }

  async findLiveByName(userId: string, name: string): Promise<TokenRecord | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .where('name', '=', name)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async findLiveByHash(tokenHash: string): Promise<TokenRecord | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      // A disabled account's tokens stop working at once (and work again when it is enabled).
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('users')
              .select('users.id')
              .whereRef('users.id', '=', 'api_tokens.user_id')
              .where('users.disabled_at', 'is not', null),
          ),
        ),
      )
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Revokes the user's token; false when the user has no such live token. */
  async revoke(userId: string, id: string, now: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markUsed(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .execute();
  }
}

function toRecord(row: ApiTokenRow): TokenRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
}
