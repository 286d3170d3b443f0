import type { Kysely } from 'kysely';
import { newId } from '../ids';
import type { Database } from '../schema';

export interface OidcIdentityRecord {
  id: string;
  userId: string;
  issuer: string;
  subject: string;
  email: string | null;
}

/** Which Rapport account a provider's person (issuer + subject) signs in to. */
export class OidcIdentityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(issuer: string, subject: string): Promise<OidcIdentityRecord | undefined> {
    const row = await this.db
      .selectFrom('oidc_identities')
      .select(['id', 'user_id', 'issuer', 'subject', 'email'])
      .where('issuer', '=', issuer)
      .where('subject', '=', subject)
      .executeTakeFirst();
    return row && { ...row, userId: row.user_id };
  }

  async link(input: {
    userId: string;
    issuer: string;
    subject: string;
    email: string | null;
    now: string;
  }): Promise<void> {
    await this.db
      .insertInto('oidc_identities')
      .values({
        id: newId(),
        user_id: input.userId,
        issuer: input.issuer,
        subject: input.subject,
        email: input.email,
        created_at: input.now,
        last_used_at: input.now,
      })
      .execute();
  }

  async touch(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('oidc_identities')
      .set({ last_used_at: now })
      .where('id', '=', id)
      .execute();
  }
}
