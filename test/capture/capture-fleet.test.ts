// Two Rapport instances on one PostgreSQL database (two app contexts, two pools) syncing the
// same sources at once, by "sync now" and by the scheduler: every meeting and mail day is
// captured once. The calendar and mailbox are the in-memory fakes (see their comment), slowed
// down so that the syncs overlap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncDueSources } from '../../src/app/capture/sync';
import { createAppContext } from '../../src/app/context';
import { openPostgres } from '../../src/store/database';
import { testApi } from '../support/api';
import { callAs } from '../support/call-as';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { FakeCalendar, FakeMailbox, fakeClients, meeting } from './fake-capture-clients';

describe.skipIf(!dialects().includes('postgres'))('capture across two instances', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
  });
  afterAll(() => db.dispose());

  it('captures each item once when two instances sync at the same time', async () => {
    const now = new Date('2026-12-02T12:00:00Z');
    const clock = { now: () => now };
    const calendar = new FakeCalendar('complete');
    const mailbox = new FakeMailbox();
    calendar.delayMs = 150;
    mailbox.delayMs = 150;
    const clients = fakeClients(calendar, mailbox);
    const api = testApi(db, clock, { capture: clients });
    const owner = await api.setupOwner();
    const token = await api.tokenFor(owner);
    const call = callAs(api, { token });
    const ann = (await call('POST', '/api/people', { name: 'Ann', email: 'ann@example.com' })).body
      .person.id;
    for (let day = 1; day <= 20; day++) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      calendar.put(`e${day}.ics`, [
        meeting(`e${day}`, `${date}T10:00:00Z`, [owner.email, 'ann@example.com']),
      ]);
      mailbox.add({
        folder: 'inbox',
        date: `${date}T14:00:00Z`,
        from: { email: 'ann@example.com', name: null },
        to: [{ email: owner.email, name: null }],
      });
    }
    const calendarSource = (
      await call('POST', '/api/sources', {
        kind: 'ics',
        url: 'https://cal.example.com/a.ics',
        mode: 'auto',
      })
    ).body.source;
    const mailSource = (
      await call('POST', '/api/sources', {
        kind: 'imap',
        host: 'imap.example.com',
        user: 'me',
        password: 'pw-secret-1',
        mode: 'auto',
      })
    ).body.source;

    // A second instance: its own pool and app context on the same database.
    const secondStore = await openPostgres(db.databaseUrl!, 3);
    try {
      const second = createAppContext(secondStore, clock, api.ctx.settings, { capture: clients });
      const reports = await Promise.all([
        call('POST', `/api/sources/${calendarSource.id}/sync`),
        call('POST', `/api/sources/${mailSource.id}/sync`),
        syncDueSources(second),
        syncDueSources(api.ctx),
      ]);
      expect(reports[0].body.error).toBeNull();
      expect(reports[1].body.error).toBeNull();
      const captured = await db.store.db
        .selectFrom('interactions')
        .select(['source_id', 'external_id'])
        .where('owner_id', '=', owner.userId)
        .execute();
      expect(captured).toHaveLength(40);
      expect(new Set(captured.map((c) => `${c.source_id}:${c.external_id}`)).size).toBe(40);
      const person = (await call('GET', `/api/people/${ann}`)).body.person;
      expect(person.interactionCount).toBe(40);
      const sources = (await call('GET', '/api/sources')).body.sources;
      expect(sources.reduce((n: number, s: { captured: number }) => n + s.captured, 0)).toBe(40);
    } finally {
      await secondStore.close();
    }
  });
});
