// Capture's orchestration, through the HTTP API on both databases: what a sync logs (auto) or
// puts in "Rapport noticed" (review), that a second sync changes nothing, that moved and deleted
// meetings follow, replies owed appear after the delay and close on the answer, and failures
// back off and show on Today. The calendar and mailbox are in-memory fakes (see the fake's
// comment); the real IMAP/CalDAV/ICS servers are tested by the integrations' own tests.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { captureSync } from '../../src/jobs/tasks/capture-sync';
import { type Session, type TestApi, testApi } from '../support/api';
import { callAs, callAsLater } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { FakeCalendar, FakeMailbox, meeting } from './fake-capture-clients';

const ANN = 'ann@example.com';
const BEN = 'ben@example.com';

describe.each(dialects())('capture on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let me: Session;
  let ME: string;
  let token: string;
  let now: Date;
  let calendar = new FakeCalendar('incremental');
  let mailbox = new FakeMailbox();
  let ann: string;
  let ben: string;

  const call = callAsLater(() => callAs(api, { token }));

  // One database per dialect; each test is a new user with fresh fakes (the clients delegate).
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    now = new Date('2026-12-02T12:00:00Z');
    api = testApi(
      db,
      { now: () => now },
      {
        capture: {
          ics: {
            test: () => calendar.test(),
            sync: (_c: unknown, cursor: string | null) => calendar.sync(null, cursor),
          },
          caldav: {
            test: () => calendar.test(),
            sync: (_c: unknown, cursor: string | null) => calendar.sync(null, cursor),
          },
          imap: {
            test: () => mailbox.test(),
            sync: (_c: unknown, cursor: string | null) => mailbox.sync(null, cursor),
          },
          git: { commits: async () => [] },
        },
      },
    );
    owner = await api.setupOwner();
  });
  afterAll(() => db.dispose());

  beforeEach(async () => {
    now = new Date('2026-12-02T12:00:00Z'); // a Wednesday
    calendar = new FakeCalendar('incremental');
    mailbox = new FakeMailbox();
    me = await api.addMember(owner);
    ME = me.email;
    token = await api.tokenFor(me);
    ann = (
      await call('POST', '/api/people', {
        name: 'Ann Lee',
        email: 'Ann@Example.com',
        kind: 'coworker',
        lastTalkedEstimate: '2026-06-01',
      })
    ).body.person.id;
    ben = (await call('POST', '/api/people', { name: 'Ben Ode', email: BEN })).body.person.id;
  });
  afterEach(async () => {
    await db.store.db.deleteFrom('sources').execute();
  });

  const addCalendar = async (mode: 'auto' | 'review' = 'auto') =>
    (
      await call('POST', '/api/sources', {
        kind: 'caldav',
        url: 'https://dav.example.com/',
        user: ME,
        password: 'hunter2-secret',
        mode,
      })
    ).body.source;
  const addMailbox = async (mode: 'auto' | 'review' = 'auto') =>
    (
      await call('POST', '/api/sources', {
        kind: 'imap',
        host: 'imap.example.com',
        user: ME,
        password: 'hunter2-secret',
        mode,
      })
    ).body.source;
  const sync = async (id: string) => (await call('POST', `/api/sources/${id}/sync`)).body;
  const person = async (id: string) => (await call('GET', `/api/people/${id}`)).body.person;

  it('logs a past meeting with kept people once, replacing the import estimate', async () => {
    calendar.put('one-on-one.ics', [
      meeting('1on1@2026-11-30', '2026-11-30T10:00:00Z', [ME, ANN]),
      meeting('1on1@2026-12-07', '2026-12-07T10:00:00Z', [ME, ANN]),
    ]);
    const source = await addCalendar('auto');
    const first = await sync(source.id);
    expect(first).toMatchObject({ seen: 2, captured: 1, error: null });
    const a = await person(ann);
    expect(a.lastInteractionAt).toBe('2026-11-30T10:00:00.000Z');
    expect(a.interactionCount).toBe(1);
    expect(a.lastTalkedEstimate).toBeNull();

    const again = await sync(source.id);
    expect(again).toMatchObject({ captured: 0, removed: 0, error: null });
    expect((await person(ann)).interactionCount).toBe(1);

    // The next occurrence is captured once it has ended, though the calendar did not change.
    now = new Date('2026-12-07T11:00:00Z');
    expect(await sync(source.id)).toMatchObject({ captured: 1 });
    expect((await person(ann)).interactionCount).toBe(2);
    const listed = (await call('GET', `/api/sources/${source.id}`)).body.source;
    expect(listed).toMatchObject({ captured: 2, lastError: null });
  });

  it('follows a moved meeting and removes a deleted one', async () => {
    calendar.put('a.ics', [meeting('a', '2026-11-30T10:00:00Z', [ME, ANN])]);
    calendar.put('b.ics', [meeting('b', '2026-11-27T15:00:00Z', [BEN, ME])]);
    const source = await addCalendar('auto');
    await sync(source.id);
    calendar.put('a.ics', [meeting('a', '2026-12-01T09:00:00Z', [ME, ANN])]);
    calendar.remove('b.ics');
    const report = await sync(source.id);
    expect(report).toMatchObject({ removed: 1, error: null });
    expect((await person(ann)).lastInteractionAt).toBe('2026-12-01T09:00:00.000Z');
    const b = await person(ben);
    expect(b.interactionCount).toBe(0);
    expect(b.lastInteractionAt).toBeNull();
  });

  it('counts large meetings as seen, without restarting the cadence', async () => {
    const crowd = Array.from({ length: 10 }, (_, i) => `guest${i}@example.com`);
    calendar.put('allhands.ics', [meeting('ah', '2026-11-30T10:00:00Z', [ME, ANN, ...crowd])]);
    const source = await addCalendar('auto');
    await sync(source.id);
    const a = await person(ann);
    expect(a.interactionCount).toBe(0);
    expect(a.seenInMeetings).toEqual({ count: 1, lastAt: '2026-11-30T10:00:00.000Z' });
  });

  it('puts conversations in the noticed inbox in review mode; accept logs, ignore sticks', async () => {
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T08:00:00Z',
      from: { email: ANN, name: 'Ann' },
      to: [{ email: ME, name: null }],
    });
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T09:00:00Z',
      from: { email: BEN, name: 'Ben' },
      to: [{ email: ME, name: null }],
    });
    const source = await addMailbox('review');
    expect(await sync(source.id)).toMatchObject({ seen: 2, noticed: 2, captured: 0 });
    expect((await person(ann)).interactionCount).toBe(0);
    const today = (await call('GET', '/api/today')).body;
    expect(today.noticed).toEqual({ count: 2 });
    const noticed = (await call('GET', '/api/noticed')).body.noticed;
    const fromAnn = noticed.find((n: { people: { id: string }[] }) => n.people[0]!.id === ann);
    const fromBen = noticed.find((n: { people: { id: string }[] }) => n.people[0]!.id === ben);
    expect(fromAnn).toMatchObject({ channel: 'email', initiator: 'them', sourceName: source.name });
    const accepted = await call('POST', `/api/noticed/${fromAnn!.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.interactionId).toEqual(expect.any(String));
    expect((await call('POST', `/api/noticed/${fromBen!.id}/ignore`)).status).toBe(204);
    expect((await person(ann)).lastInteractionAt).toBe('2026-12-01T08:00:00.000Z');
    // The same mail read again (a fresh cursor) brings nothing back.
    await db.store.db
      .updateTable('sources')
      .set({ cursor: null })
      .where('id', '=', source.id)
      .execute();
    expect(await sync(source.id)).toMatchObject({ noticed: 0, captured: 0 });
    expect((await call('GET', '/api/noticed')).body.noticed).toEqual([]);
    expect((await person(ann)).interactionCount).toBe(1);
  });

  it('keeps one mail conversation a day with the earliest time and who wrote first', async () => {
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T10:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    const source = await addMailbox('auto');
    await sync(source.id);
    mailbox.add({
      folder: 'sent',
      date: '2026-12-01T07:00:00Z',
      from: { email: ME, name: null },
      to: [{ email: ANN, name: null }],
    });
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T15:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    await sync(source.id);
    const list = (await call('GET', `/api/interactions?personId=${ann}`)).body.interactions;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      at: '2026-12-01T07:00:00.000Z',
      initiator: 'me',
      channel: 'email',
    });
  });

  it('shows a reply owed once the delay has passed, in working hours, and closes it on the answer', async () => {
    now = new Date('2026-11-27T16:00:00Z'); // Friday 17:00 in Berlin, after work
    const asked = mailbox.add({
      folder: 'inbox',
      date: '2026-11-27T16:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    mailbox.add({
      folder: 'inbox',
      date: '2026-11-27T16:05:00Z',
      from: { email: BEN, name: null },
      to: [{ email: 'team@example.com', name: null }],
      cc: [{ email: ME, name: null }],
    });
    const source = await addMailbox('auto');
    await sync(source.id);
    const replies = async () =>
      (await call('GET', '/api/today')).body.items.filter(
        (i: { kind: string }) => i.kind === 'reply',
      );
    // 24 hours later is Saturday: it shows when work starts again, Monday 09:00 in Berlin.
    now = new Date('2026-11-30T07:30:00Z');
    expect(await sync(source.id)).toMatchObject({ repliesOwed: 0 });
    expect(await replies()).toEqual([]);
    now = new Date('2026-11-30T08:30:00Z');
    expect(await sync(source.id)).toMatchObject({ repliesOwed: 1 });
    const owed = await replies();
    expect(owed).toHaveLength(1);
    expect(owed[0]!.person.id).toBe(ann);
    // Cc only (Ben) owes nothing. The answer in Sent closes Ann's.
    mailbox.add({
      folder: 'sent',
      date: '2026-11-30T08:40:00Z',
      from: { email: ME, name: null },
      to: [{ email: ANN, name: null }],
      inReplyTo: asked.messageId,
      references: [asked.messageId!],
    });
    now = new Date('2026-11-30T08:45:00Z');
    expect(await sync(source.id)).toMatchObject({ repliesClosed: 1 });
    expect(await replies()).toEqual([]);
    const items = (await call('GET', `/api/items?type=reply&personId=${ann}`)).body.items;
    expect(items[0]!.doneAt).toBe('2026-11-30T08:40:00.000Z');
  });

  it('captures nothing more from a person the user said never to', async () => {
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T08:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    const source = await addMailbox('review');
    await sync(source.id);
    expect((await call('POST', '/api/noticed/never', { personId: ann })).status).toBe(204);
    expect((await call('GET', '/api/noticed')).body.noticed).toEqual([]);
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-02T08:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    expect(await sync(source.id)).toMatchObject({ noticed: 0, captured: 0 });
    expect((await call('POST', '/api/noticed/never', { personId: 'nobody' })).status).toBe(404);
  });

  it('suggests an address seen in 3 conversations in 30 days, and adds it on request', async () => {
    const stranger = { email: 'cleo@example.org', name: 'Cleo Park' };
    for (const [i, day] of ['2026-11-20', '2026-11-25'].entries()) {
      mailbox.add({
        folder: 'inbox',
        date: `${day}T08:00:00Z`,
        from: stranger,
        to: [{ email: ME, name: null }],
        messageId: `t${i}@x`,
      });
    }
    mailbox.add({
      folder: 'inbox',
      date: '2026-11-26T08:00:00Z',
      from: stranger,
      to: [{ email: ME, name: null }],
      messageId: 'r@x',
      inReplyTo: 't0@x',
      references: ['t0@x'],
    });
    const source = await addMailbox('auto');
    await sync(source.id);
    expect((await call('GET', '/api/capture-suggestions')).body.suggestions).toEqual([]);
    mailbox.add({
      folder: 'inbox',
      date: '2026-11-28T08:00:00Z',
      from: stranger,
      to: [{ email: ME, name: null }],
      messageId: 't3@x',
    });
    await sync(source.id);
    const [suggestion] = (await call('GET', '/api/capture-suggestions')).body.suggestions;
    expect(suggestion).toMatchObject({
      email: 'cleo@example.org',
      name: 'Cleo Park',
      conversations: 3,
    });
    const added = await call('POST', `/api/capture-suggestions/${suggestion!.id}/add`);
    expect(added.status).toBe(201);
    expect(added.body.person).toMatchObject({ name: 'Cleo Park', email: 'cleo@example.org' });
    expect((await call('GET', '/api/capture-suggestions')).body.suggestions).toEqual([]);
  });

  it('removes a source with or without what it captured, never typed conversations', async () => {
    calendar.put('a.ics', [meeting('a', '2026-11-30T10:00:00Z', [ME, ANN])]);
    await call('POST', '/api/interactions', {
      personIds: [ann],
      channel: 'call',
      at: '2026-11-01T10:00:00Z',
    });
    const first = await addCalendar('auto');
    await sync(first.id);
    expect((await person(ann)).interactionCount).toBe(2);
    const removed = await call('DELETE', `/api/sources/${first.id}?removeCaptured=true`);
    expect(removed.body).toEqual({ removed: 1 });
    expect((await person(ann)).interactionCount).toBe(1);
    const second = await addCalendar('auto');
    await sync(second.id);
    expect((await call('DELETE', `/api/sources/${second.id}?removeCaptured=false`)).body).toEqual({
      removed: 0,
    });
    expect((await person(ann)).interactionCount).toBe(2);
    expect((await call('GET', '/api/sources')).body.sources).toEqual([]);
  });

  it('stores the password sealed and never returns it', async () => {
    const source = await addMailbox();
    const row = await db.store.db
      .selectFrom('sources')
      .selectAll()
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('hunter2-secret');
    expect(row.credentials).toMatch(/^v1\./);
    for (const path of ['/api/sources', `/api/sources/${source.id}`] as const) {
      expect(JSON.stringify((await call('GET', path)).body)).not.toContain('hunter2');
    }
    // A wrong password is refused before anything is saved.
    mailbox.failure = 'IMAP said: authentication failed';
    const refused = await call('POST', '/api/sources', {
      kind: 'imap',
      host: 'h.example.com',
      user: ME,
      password: 'nope',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error?.message).toBe('IMAP said: authentication failed');
    expect((await call('GET', '/api/sources')).body.sources).toHaveLength(1);
  });

  it('asks for the password again when the server secret changed', async () => {
    const source = await addMailbox();
    const secret = api.ctx.settings.secret;
    api.ctx.settings.secret = 'another-secret';
    try {
      const report = await sync(source.id);
      expect(report.error).toMatch(/enter it again/);
      expect((await call('GET', `/api/sources/${source.id}`)).body.source.lastError).toMatch(
        /enter it again/,
      );
      // Entering it again (tested first) makes the source work.
      const fixed = await call('PATCH', `/api/sources/${source.id}`, { password: 'new-pass-1' });
      expect(fixed.status).toBe(200);
      expect((await sync(source.id)).error).toBeNull();
    } finally {
      api.ctx.settings.secret = secret;
    }
  });

  it('tests a source without saving it, and refuses git over the network', async () => {
    const tested = await call('POST', '/api/sources/test', {
      kind: 'imap',
      host: 'imap.example.com',
      user: ME,
      password: 'pw',
    });
    expect(tested.body).toEqual({ ok: true, folders: ['INBOX', 'Sent'] });
    expect((await call('GET', '/api/sources')).body.sources).toEqual([]);
    const git = await call('POST', '/api/sources', { kind: 'git', paths: ['/srv/repo'] });
    expect(git.status).toBe(403);
    const bad = await call('POST', '/api/sources', { kind: 'ics', url: 'ftp://x' });
    expect(bad.status).toBe(400);
  });

  it('backs off a failing source, keeps the others going, and shows it on Today after 24 h', async () => {
    calendar.put('a.ics', [meeting('a', '2026-11-30T10:00:00Z', [ME, ANN])]);
    const failing = await addMailbox();
    const working = await addCalendar();
    mailbox.failure = 'IMAP said: authentication failed';
    await captureSync.run(api.ctx, now);
    expect((await person(ann)).interactionCount).toBe(1);
    const state = async () =>
      db.store.db
        .selectFrom('sources')
        .selectAll()
        .where('id', '=', failing.id)
        .executeTakeFirstOrThrow();
    let row = await state();
    expect(row.last_error).toBe('IMAP said: authentication failed');
    expect(row.next_sync_at).toBe('2026-12-02T12:15:00.000Z');
    now = new Date('2026-12-02T12:15:00Z');
    await captureSync.run(api.ctx, now);
    row = await state();
    expect(row.next_sync_at).toBe('2026-12-02T12:45:00.000Z');
    expect(row.failing_since).toBe('2026-12-02T12:00:00.000Z');
    expect((await call('GET', '/api/today')).body.failingSources).toEqual([]);
    now = new Date('2026-12-03T12:30:00Z');
    const today = (await call('GET', '/api/today')).body;
    expect(today.failingSources).toEqual([
      {
        id: failing.id,
        name: failing.name,
        lastError: 'IMAP said: authentication failed',
        failingSince: '2026-12-02T12:00:00.000Z',
      },
    ]);
    const { body } = await call('GET', `/api/sources/${working.id}`);
    expect(body.source.lastError).toBeNull();
    mailbox.failure = null;
    await captureSync.run(api.ctx, now);
    expect((await call('GET', '/api/today')).body.failingSources).toEqual([]);
  });

  it('keeps one user’s sources and noticed items from another', async () => {
    mailbox.add({
      folder: 'inbox',
      date: '2026-12-01T08:00:00Z',
      from: { email: ANN, name: null },
      to: [{ email: ME, name: null }],
    });
    const source = await addMailbox('review');
    await sync(source.id);
    const [item] = (await call('GET', '/api/noticed')).body.noticed;
    const otherBrowser = await api.addMember(owner);
    void me;
    // Another user probing this user's ids, by one path after another: raw on purpose.
    const as = (method: string, path: string) =>
      api.raw(method, path, {
        session: otherBrowser,
        body: method === 'POST' ? {} : undefined,
      });
    expect((await as('GET', '/api/sources')).body.sources).toEqual([]);
    expect((await as('GET', '/api/noticed')).body.noticed).toEqual([]);
    expect((await as('GET', `/api/sources/${source.id}`)).status).toBe(404);
    expect((await as('POST', `/api/sources/${source.id}/sync`)).status).toBe(404);
    expect((await as('POST', `/api/noticed/${item!.id}/accept`)).status).toBe(404);
    expect((await as('DELETE', `/api/sources/${source.id}`)).status).toBe(404);
    expect((await call('GET', '/api/noticed')).body.noticed).toHaveLength(1);
  });
});
