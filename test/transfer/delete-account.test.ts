// "Delete my account" removes every row the user owns in every table. The tables are read from
// the database itself (sqlite_master, information_schema), so a table added later is checked
// without touching this test: any column named owner_id, user_id, created_by or used_by must
// no longer name the deleted user, while the other user's rows stay as they were.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/database';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { seedEverything } from './seed';

const USER_COLUMNS = ['owner_id', 'user_id', 'created_by', 'used_by'];

/** Every (table, column) pair in the database whose column names a user. */
async function userColumns(store: Store): Promise<{ table: string; column: string }[]> {
  const list = sql.join(USER_COLUMNS);
  const rows =
    store.dialect === 'sqlite'
      ? await sql<{ table: string; column: string }>`
          select m.name as "table", c.name as "column"
          from sqlite_master m join pragma_table_info(m.name) c
          where m.type = 'table' and c.name in (${list})`.execute(store.db)
      : await sql<{ table: string; column: string }>`
          select table_name as "table", column_name as "column" from information_schema.columns
          where table_schema = current_schema() and column_name in (${list})`.execute(store.db);
  return rows.rows;
}

/** Rows naming the user, per table.column (only those with some). */
async function rowsOf(store: Store, userId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table, column } of await userColumns(store)) {
    const result = await sql<{ n: number }>`
      select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${userId}`.execute(
      store.db,
    );
    const n = Number(result.rows[0]!.n);
    if (n > 0) counts[`${table}.${column}`] = n;
  }
  return counts;
}

describe.each(dialects())('deleting an account on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let member: Session;
  let memberToken: string;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    member = await api.addMember(owner);
    await seedEverything(api, owner);
    await seedEverything(api, member);
    memberToken = await api.tokenFor(member, 'script');
    // A failed sign-in is remembered under the member's e-mail address.
    await api.call('POST', '/api/auth/signin', {
      body: { email: member.email, password: 'not the password' },
    });
  });
  afterAll(() => db.dispose());

  it('asks for the password again and changes nothing when it is wrong', async () => {
    const before = await rowsOf(db.store, member.userId);
    for (const body of [{}, { password: '' }, { password: 'wrong password' }]) {
      const response = await api.raw('POST', '/api/me/delete', { session: member, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await rowsOf(db.store, member.userId)).toEqual(before);
  });

  it('removes every row the user owns, in every table, and nothing of anyone else', async () => {
    const before = await rowsOf(db.store, member.userId);
    // The member's records reach well beyond people: sessions, tokens, credit, schedules…
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(15);
    expect(before).toHaveProperty(['invites.used_by']);
    const ownerBefore = await rowsOf(db.store, owner.userId);

    const response = await api.call('POST', '/api/me/delete', {
      session: member,
      body: { password: member.password },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.deleted).toBe(true);
    expect(response.headers.get('set-cookie')).toMatch(/rapport_session=;/);

    expect(await rowsOf(db.store, member.userId)).toEqual({});
    const failures = await db.store.db
      .selectFrom('signin_failures')
      .select('key')
      .where('key', 'like', `%${member.email}%`)
      .execute();
    expect(failures).toEqual([]);
    // The owner keeps everything, including the invite the member used (without the mention).
    const ownerAfter = await rowsOf(db.store, owner.userId);
    expect(ownerAfter).toEqual(ownerBefore);
    const owners = await api.call('GET', '/api/people', { session: owner });
    expect(owners.body.people).toHaveLength(3);

    for (const attempt of [{ session: member }, { token: memberToken }]) {
      expect((await api.call('GET', '/api/people', attempt)).status).toBe(401);
    }
  });

  it('keeps the owner while others use the same Rapport, then lets them go too', async () => {
    const other = await api.addMember(owner);
    const refused = await api.call('POST', '/api/me/delete', {
      session: owner,
      body: { password: owner.password },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.message).toMatch(/owner/);

    const leaving = await api.call('POST', '/api/me/delete', {
      session: other,
      body: { password: other.password },
    });
    expect(leaving.status).toBe(200);
    const alone = await api.call('POST', '/api/me/delete', {
      session: owner,
      body: { password: owner.password },
    });
    expect(alone.status).toBe(200);
    expect(await rowsOf(db.store, owner.userId)).toEqual({});
    const users = await db.store.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
    // With nobody left, Rapport is back to its first run.
    expect((await api.call('GET', '/api/setup')).body).toMatchObject({ needsSetup: true });
  });
});
