// Idempotency-Key on the writes the web app queues offline, on SQLite and PostgreSQL: a retried
// write is answered from the first response and never made twice, also by another instance (a
// second connection to the same database, as after a restart), and keys are per user.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgres, openSqlite, type Store } from '../../src/store/database';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

type LogBody = BodyOf<'POST', '/api/interactions'>;

describe.each(dialects())('Idempotency-Key on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;
  let personId: string;
  const others: Store[] = [];
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-11-23T16:00:00Z');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
    personId = (await add(api, me, 'Ann Lee')).id;
  });
  afterEach(async () => {
    for (const store of others.splice(0)) await store.close();
    await db.dispose();
  });

  async function add(on: TestApi, who: Session, name: string) {
    const response = await on.call('POST', '/api/people', {
      session: who,
      body: { name, kind: 'coworker' },
    });
    expect(response.status).toBe(201);
    return response.body.person;
  }
  const log = (on: TestApi, who: Session, key: string, body: LogBody) =>
    on.call('POST', '/api/interactions', {
      session: who,
      body,
      headers: { 'idempotency-key': key },
    });
  const logged = async (on: TestApi, who: Session) =>
    (await on.call('GET', '/api/interactions', { session: who })).body.interactions;

  /** Another instance (or the same one restarted): its own connection, the same database. */
  async function secondInstance(): Promise<TestApi> {
    const store =
      dialect === 'sqlite'
        ? await openSqlite(join(db.dataDir, 'rapport.sqlite'))
        : await openPostgres(db.databaseUrl!, 5);
    others.push(store);
    return testApi({ ...db, store }, { now: () => now });
  }

  it('answers a repeated log with the first response and logs it once, also after a restart', async () => {
    const body: LogBody = { personIds: [personId], channel: 'call', note: 'Lisbon move' };
    const first = await log(api, me, 'key-1', body);
    expect(first.status).toBe(201);
    const again = await log(api, me, 'key-1', body);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const restarted = await secondInstance();
    const third = await log(restarted, me, 'key-1', body);
    expect(third.status).toBe(201);
    expect(third.body.interaction.id).toBe(first.body.interaction.id);
    expect(await logged(api, me)).toHaveLength(1);
    // A new key is a new conversation.
    expect((await log(api, me, 'key-2', body)).status).toBe(201);
    expect(await logged(api, me)).toHaveLength(2);
  });

  it('refuses a key sent again with a different body, and changes nothing', async () => {
    await log(api, me, 'key-1', { personIds: [personId], channel: 'call' });
    const other = await log(api, me, 'key-1', { personIds: [personId], channel: 'video' });
    expect(other.status).toBe(422);
    expect(other.body.error?.code).toBe('idempotency_key_reused');
    const list = await logged(api, me);
    expect(list).toHaveLength(1);
    expect(list[0]!.channel).toBe('call');
  });

  it('keeps keys per user: another user sending the same key makes their own record', async () => {
    const body: LogBody = { personIds: [personId], channel: 'call' };
    await log(api, me, 'shared-key', body);
    const bee = await api.addMember(me, { email: 'bee@example.com', name: 'Bee' });
    const beesPerson = await add(api, bee, 'Cy Ode');
    const theirs = await log(api, bee, 'shared-key', {
      personIds: [beesPerson.id],
      channel: 'call',
    });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await logged(api, bee)).toHaveLength(1);
    expect(await logged(api, me)).toHaveLength(1);
    // Bee replaying A's exact request with A's key gets no sight of A's answer: A's person is not hers.
    const peek = await log(api, bee, 'key-of-a', body);
    expect(peek.status).toBe(404);
    expect(JSON.stringify(peek.body)).not.toContain('Ann Lee');
  });

  it('makes one write when duplicates arrive at once on two instances', async () => {
    const body: LogBody = { personIds: [personId], channel: 'chat' };
    const other = await secondInstance();
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => log(i % 2 ? other : api, me, 'burst', body)),
    );
    for (const response of responses) {
      expect([201, 409]).toContain(response.status);
      if (response.status === 409)
        expect(response.body.error?.code).toBe('idempotency_in_progress');
    }
    expect(responses.some((r) => r.status === 201)).toBe(true);
    expect(await logged(api, me)).toHaveLength(1);
    // Once the first has answered, a retry is replayed.
    expect((await log(other, me, 'burst', body)).status).toBe(201);
    expect(await logged(api, me)).toHaveLength(1);
  });

  it('replays "done" and "snooze" too', async () => {
    const reply = await api.call('POST', '/api/replies', {
      session: me,
      body: { personId, text: 'Send the deck' },
    });
    const path = `/api/items/${reply.body.item.id}/done` as const;
    const headers = { 'idempotency-key': 'done-1' };
    const done = await api.call('POST', path, { session: me, headers });
    expect(done.status).toBe(200);
    const again = await api.call('POST', path, { session: me, headers });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(done.body);

    const snooze = { snoozedUntil: '2026-11-26' };
    const snoozeHeaders = { 'idempotency-key': 'snooze-1' };
    const personPath = `/api/people/${personId}` as const;
    const first = await api.call('PATCH', personPath, {
      session: me,
      body: snooze,
      headers: snoozeHeaders,
    });
    expect(first.status).toBe(200);
    const replay = await api.call('PATCH', personPath, {
      session: me,
      body: snooze,
      headers: snoozeHeaders,
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.person.snoozedUntil).toBe('2026-11-26');
  });

  it('describes the header in the OpenAPI document of each write that takes it', async () => {
    const doc = (await api.raw('GET', '/api/openapi.json')).body;
    for (const [path, method] of [
      ['/api/interactions', 'post'],
      ['/api/items/{id}/done', 'post'],
      ['/api/people/{id}', 'patch'],
    ] as const) {
      const names = doc.paths[path][method].parameters.map(
        (p: { name: string; in: string }) => `${p.in}:${p.name}`,
      );
      expect(names, `${method} ${path}`).toContain('header:idempotency-key');
    }
  });

  it('forgets keys after 48 hours and refuses a malformed key', async () => {
    const body: LogBody = { personIds: [personId], channel: 'call' };
    await log(api, me, 'old', body);
    now = new Date(now.getTime() + 49 * 3_600_000);
    const later = await log(api, me, 'old', body);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await logged(api, me)).toHaveLength(2);
    const bad = await log(api, me, 'has space', body);
    expect(bad.status).toBe(400);
    expect(await logged(api, me)).toHaveLength(2);
  });
});
