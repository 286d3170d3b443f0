// A user row and nothing else, for store tests that write below the app (bulk inserts, the
// data_version triggers): the columns every schema since data_version (0002) has.
import type { Kysely } from 'kysely';

const AT = '2026-01-01T00:00:00.000Z';

// Kysely<any>: also used on a schema as a migration left it.
export async function insertBareUser(db: Kysely<any>, id: string): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id,
      email: `${id}@example.com`,
      email_key: `${id}@example.com`,
      display_name: id,
      time_zone: 'UTC',
      working_hours: '{}',
      role: 'member',
      password_hash: 'x',
      preferences: '{}',
      data_version: 0,
      created_at: AT,
      updated_at: AT,
    })
    .execute();
}
