// The calendar feed, parsed back with ical.js as a calendar would; the household page, which
// must show status and hours and nothing else; both behind secrets that rotate.
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())('calendar feed and household page on %s', (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;
  let now: Date;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    // Tuesday 24 November 2026, 10:00 in New York.
    now = new Date('2026-11-24T15:00:00Z');
    api = testApi(db, { now: () => now });
    me = await api.setupOwner({ name: 'Ann Lee', timeZone: 'America/New_York' });
  });
  afterEach(() => db.dispose());

  const feed = async () => {
    const { url } = (await api.call('GET', '/api/calendar', { session: me })).body;
    const path = new URL(url).pathname;
    return { path, response: await api.raw('GET', path) };
  };

  it('serves a feed a calendar can read, with events on the right days', async () => {
    const kiri = (
      await api.call('POST', '/api/people', {
        session: me,
        body: {
          name: 'Kiri; Te "Rangi"',
          timeZone: 'Pacific/Auckland',
          birthday: '1990-11-26',
          cadenceDays: 7,
        },
      })
    ).body.person;
    await api.call('POST', '/api/promises', {
      session: me,
      body: { personId: kiri.id, text: 'send the deck, with notes', due: '2026-11-27' },
    });
    await api.call('PUT', '/api/schedule', { session: me, body: { officeDays: ['thu'] } });
    await api.call('POST', '/api/trips', {
      session: me,
      body: { city: 'Lisbon', zone: 'Europe/Lisbon', from: '2026-12-07', to: '2026-12-10' },
    });
    await api.call('PATCH', '/api/me/preferences', {
      session: me,
      body: {
        updateSchedule: {
          enabled: true,
          kind: 'week',
          weekday: 'fri',
          time: '15:00',
          deliver: 'review',
          to: [],
        },
      },
    });

    const { response } = await feed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = response.body as string;
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(events.every((e) => e.component.getFirstPropertyValue('dtstamp'))).toBe(true);

    const birthday = events.find(
      (e) => e.summary.includes('birthday') && e.startDate.year === 2026,
    )!;
    expect(birthday.summary).toBe('Kiri; Te "Rangi"’s birthday (turns 36)');
    expect(birthday.startDate.isDate).toBe(true);
    expect(birthday.startDate.toString()).toBe('2026-11-26');

    const promise = events.find((e) => e.summary.startsWith('Promised'))!;
    expect(promise.summary).toBe('Promised Kiri; Te "Rangi": send the deck, with notes');
    expect(promise.startDate.toString()).toBe('2026-11-27');

    expect(byUid.get(`due-${kiri.id}@rapport`)?.startDate.toString()).toBe('2026-12-01');
    expect(byUid.get('office-2026-11-26@rapport')?.summary).toBe('Office day');
    const trip = events.find((e) => e.summary === 'Trip to Lisbon')!;
    expect([trip.startDate.toString(), trip.endDate.toString()]).toEqual([
      '2026-12-07',
      '2026-12-11',
    ]);

    // 15:00 New York time on Friday 27 Nov is 20:00 UTC; after DST ends, no hour is lost.
    const deadline = byUid.get('update-2026-11-27@rapport')!;
    expect(deadline.startDate.toJSDate().toISOString()).toBe('2026-11-27T20:00:00.000Z');

    const again = (await feed()).response.body as string;
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]).sort();
    expect(uids(again)).toEqual(uids(text));
  });

  it('stops the old address once rotated, and refuses tampered ones', async () => {
    const { path } = await feed();
    await api.call('POST', '/api/calendar/rotate', { session: me });
    expect((await api.raw('GET', path)).status).toBe(404);
    expect((await feed()).response.status).toBe(200);
    const tampered = path.replace(/.\.ics$/, (m) => `${m[0] === 'A' ? 'B' : 'A'}.ics`);
    expect((await api.raw('GET', tampered)).status).toBe(404);
    expect((await api.raw('GET', '/cal/garbage.ics')).status).toBe(404);
  });

  it('shows the household only whether the user is at work, and today’s hours', async () => {
    const person = await api.call('POST', '/api/people', {
      session: me,
      body: { name: 'Secret Colleague', facts: ['private fact'] },
    });
    expect(person.status).toBe(201);
    const { url } = (await api.call('GET', '/api/home-link', { session: me })).body;
    const path = new URL(url).pathname;
    const atWork = await api.raw('GET', path);
    expect(atWork.status).toBe(200);
    expect(atWork.body).toContain('At work');
    expect(atWork.body).toContain('09:00–17:00');
    for (const leak of [
      'Ann Lee',
      'Secret Colleague',
      'private fact',
      'America/New_York',
      me.email,
    ]) {
      expect(atWork.body).not.toContain(leak);
    }
    now = new Date('2026-11-24T23:30:00Z');
    const off = await api.raw('GET', path);
    expect(off.body).toContain('Off work');
    await api.call('POST', '/api/home-link/rotate', { session: me });
    expect((await api.raw('GET', path)).status).toBe(404);
  });
});
