// Push nudges from the scheduler, end to end on both databases: the item comes from Today, the
// moment from both working windows (a Berlin user and a coworker in Auckland), the push goes
// through the real web-push library to a local push service that decrypts it, and two instances
// running the same tick send it once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webPushSender } from '../../src/integrations/push/web-push-sender';
import { pushNudges } from '../../src/jobs/tasks/push-nudges';
import { type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { type PushReceiver, startPushReceiver } from '../support/push-receiver';

const weekdays = (start: string, end: string) => {
  const work = [{ start, end }];
  return { mon: work, tue: work, wed: work, thu: work, fri: work, sat: [], sun: [] };
};

describe.each(dialects())('push nudges on %s', (dialect) => {
  let receiver: PushReceiver;
  let db: TestDatabase;
  let now: Date;
  let instances: TestApi[];
  let me: Session;
  let anaId: string;

  beforeAll(async () => {
    receiver = await startPushReceiver();
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    // Monday 7 December 2026, 07:50 in Berlin, 19:50 in Auckland.
    now = new Date('2026-12-07T06:50:00Z');
    const clock = { now: () => now };
    const push = webPushSender({ allowPrivate: true, agent: receiver.agent });
    instances = [testApi(db, clock, { push }), testApi(db, clock, { push })];
    const api = instances[0]!;
    me = await api.setupOwner({ timeZone: 'Europe/Berlin' });
    await api.call('PUT', '/api/schedule', {
      session: me,
      body: { workingHours: weekdays('07:00', '15:00') },
    });
    const ana = await api.call('POST', '/api/people', {
      session: me,
      body: {
        name: 'Ana',
        kind: 'coworker',
        timeZone: 'Pacific/Auckland',
        workingHours: weekdays('09:00', '20:30'),
        cadenceDays: 14,
      },
    });
    expect(ana.status).toBe(201);
    anaId = ana.body.person.id;
    // A conversation logged five weeks ago: due, whatever day her first reminder was spread to.
    const call = await api.call('POST', '/api/interactions', {
      session: me,
      body: { personIds: [anaId], channel: 'call', at: '2026-11-02T10:00:00Z' },
    });
    expect(call.status).toBe(201);
    const saved = await api.call('POST', '/api/push/subscriptions', {
      session: me,
      body: { ...receiver.subscribe(), deviceName: 'Phone' },
    });
    expect(saved.status).toBe(201);
    receiver.received.length = 0;
  });
  afterEach(() => db.dispose());

  // Two instances whose ticks overlap (a slow tick on one, the next on the other): both run.
  const tick = () => Promise.all(instances.map((api) => pushNudges.run(api.ctx, now)));

  it('sends one push when both are at work, from two instances, opening the item on Today', async () => {
    await tick();
    expect(receiver.errors).toEqual([]);
    expect(receiver.received.map((r) => r.payload)).toEqual([
      {
        title: 'Say hi to Ana',
        body: 'Ana is at work for 40 more minutes — a good time to say hi',
        url: `/?item=${anaId}`,
        tag: `rapport:${anaId}`,
      },
    ]);
    // The card the push opens is the one Today shows.
    const today = await instances[1]!.call('GET', '/api/today', { session: me });
    expect(today.body.cards.map((c) => c.key)).toContain(anaId);
    const devices = await instances[1]!.call('GET', '/api/push/subscriptions', { session: me });
    expect(devices.body.devices[0]!.lastPushAt).toBe(now.toISOString());
    // Later the same day: the same item is not pushed again.
    now = new Date('2026-12-07T07:05:00Z');
    await tick();
    expect(receiver.received).toHaveLength(1);
  });

  it('waits for both working windows, and honours the number a day and each switch', async () => {
    // 06:30 in Berlin: the user is not at work yet.
    now = new Date('2026-12-07T05:30:00Z');
    await tick();
    // 09:00 in Berlin is 21:00 in Auckland: Ana has left.
    now = new Date('2026-12-07T08:00:00Z');
    await tick();
    expect(receiver.received).toEqual([]);
    // Tuesday, inside both windows again, but no pushes wanted.
    await instances[0]!.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { push: { perDay: 0 } },
    });
    now = new Date('2026-12-08T06:50:00Z');
    await tick();
    expect(receiver.received).toEqual([]);
    // Reach-outs turned off: nothing either; on again: it goes.
    await instances[0]!.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { push: { perDay: 3, kinds: { reachOut: false } } },
    });
    await tick();
    expect(receiver.received).toEqual([]);
    await instances[0]!.call('PATCH', '/api/me/preferences', {
      session: me,
      body: { push: { kinds: { reachOut: true } } },
    });
    await tick();
    expect(receiver.received).toHaveLength(1);
  });

  it('words a birthday on their calendar and a reply owed, three a day at most', async () => {
    const api = instances[0]!;
    // A user who works late: 21:00 in Berlin is 09:00 the next morning in Auckland.
    await api.call('PUT', '/api/schedule', {
      session: me,
      body: { workingHours: weekdays('13:00', '21:30') },
    });
    const kai = await api.call('POST', '/api/people', {
      session: me,
      body: {
        name: 'Kai',
        kind: 'friend',
        timeZone: 'Pacific/Auckland',
        birthday: '12-08',
        // Talked yesterday: no reach-out of their own competes with Ana's for a place on Today.
        lastTalkedEstimate: '2026-12-06',
      },
    });
    expect(kai.status).toBe(201);
    const jo = await api.call('POST', '/api/people', {
      session: me,
      body: { name: 'Jo', kind: 'coworker', lastTalkedEstimate: '2026-12-06' },
    });
    const reply = await api.call('POST', '/api/replies', {
      session: me,
      body: {
        personId: jo.body.person.id,
        text: 'The budget question',
        since: '2026-12-03T09:00:00Z',
      },
    });
    expect(reply.status).toBe(201);
    // Monday 7 December, 21:00 in Berlin; one push a tick.
    for (const minute of ['20:00', '20:01', '20:02', '20:03']) {
      now = new Date(`2026-12-07T${minute}:00Z`);
      await tick();
    }
    expect(receiver.errors).toEqual([]);
    const bodies = receiver.received.map((r) => r.payload.body);
    // In Today's order, one a minute; the fourth tick finds the day's three sent.
    expect(bodies).toEqual([
      'It’s Kai’s birthday — 9:00 in Auckland now',
      'You owe Jo a reply since Thursday',
      // 20:02Z is 09:02 on Tuesday in Auckland; Ana works until 20:30 there.
      'Ana is at work for 688 more minutes — a good time to say hi',
    ]);
  });
});
