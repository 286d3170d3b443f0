// Today reads its people's working schedules with schedulesOf (six columns) rather than
// findMany (every column, dates and contact values): the two must agree on those fields, and
// neither may give one owner another owner's people.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';

describe.each(dialects())("people's schedules on %s", (dialect) => {
  let db: TestDatabase;
  let api: TestApi;
  let owner: Session;
  let member: Session;

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db);
    owner = await api.setupOwner();
    member = await api.addMember(owner);
  });
  afterEach(async () => {
    await db.dispose();
  });

  const add = async (session: Session, body: { name: string } & Record<string, unknown>) => {
    const created = await api.call('POST', '/api/people', { session, body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.person!.id as string;
  };

  const HOURS = {
    mon: [{ start: '10:00', end: '18:30' }],
    tue: [],
    wed: [{ start: '08:00', end: '12:00' }],
    thu: [],
    fri: [],
    sat: [],
    sun: [],
  };

  it('reads what findMany reads of a schedule, and only the owner’s people', async () => {
    const withHours = await add(owner, {
      name: 'Priya',
      kind: 'coworker',
      timeZone: 'Asia/Kolkata',
      country: 'IN',
      workingHours: HOURS,
      officeDays: ['tue', 'thu'],
    });
    const bare = await add(owner, { name: 'Sam', kind: 'friend' });
    const someoneElses = await add(member, { name: 'Not yours', timeZone: 'Europe/Paris' });
    const ids = [withHours, bare, someoneElses];

    const schedules = await api.ctx.repos.people.schedulesOf(owner.userId, ids);
    const people = await api.ctx.repos.people.findMany(owner.userId, ids);
    const byId = <T extends { id: string }>(rows: T[]) =>
      [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(schedules)).toEqual(
      byId(people).map(({ id, kind, timeZone, workingHours, officeDays, country }) => ({
        id,
        kind,
        timeZone,
        workingHours,
        officeDays,
        country,
      })),
    );
    expect(schedules.map((s) => s.id).sort()).toEqual([withHours, bare].sort());
    const priya = schedules.find((s) => s.id === withHours)!;
    expect(priya.workingHours).toEqual(HOURS);
    expect(priya.officeDays).toEqual(['tue', 'thu']);
    expect(await api.ctx.repos.people.schedulesOf(member.userId, [withHours, bare])).toEqual([]);
  });
});
