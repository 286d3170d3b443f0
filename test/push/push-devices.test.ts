// Devices that receive pushes, end to end: subscriptions are saved per session, a test push is
// sent with the real web-push library to a local push service that decrypts it (RFC 8291) and
// verifies its VAPID token, a device the service calls gone is dropped, and nobody sees or
// touches another user's devices. The VAPID key is one per server, shared by instances.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webPushSender } from '../../src/integrations/push/web-push-sender';
import { type BodyOf, type Session, type TestApi, testApi } from '../support/api';
import { createTestDatabase, dialects, type TestDatabase } from '../support/databases';
import { type PushReceiver, startPushReceiver } from '../support/push-receiver';

describe.each(dialects())('push devices on %s', (dialect) => {
  let receiver: PushReceiver;
  let db: TestDatabase;
  let api: TestApi;
  let me: Session;

  beforeAll(async () => {
    receiver = await startPushReceiver();
  });
  afterAll(() => receiver.close());
  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    api = testApi(db, undefined, {
      push: webPushSender({ allowPrivate: true, agent: receiver.agent }),
    });
    me = await api.setupOwner();
  });
  afterEach(() => db.dispose());

  const devices = async (session = me) =>
    (await api.call('GET', '/api/push/subscriptions', { session })).body.devices;
  const subscribe = (body: BodyOf<'POST', '/api/push/subscriptions'>, session = me) =>
    api.call('POST', '/api/push/subscriptions', { session, body });

  it('sends a test push that the receiving session decrypts, and shows when', async () => {
    const key = (await api.call('GET', '/api/push/key', { session: me })).body.publicKey;
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);
    const phone = receiver.subscribe();
    const saved = await subscribe({ ...phone, deviceName: 'My phone' });
    expect(saved.status).toBe(201);
    expect(saved.body.device).toMatchObject({
      deviceName: 'My phone',
      service: new URL(receiver.origin).host,
      lastPushAt: null,
    });
    expect(JSON.stringify(saved.body)).not.toContain(phone.keys.auth);

    const before = receiver.received.length;
    const sent = await api.call('POST', '/api/push/test', {
      session: me,
      body: { id: saved.body.device.id },
    });
    expect(sent.body).toEqual({ result: 'sent' });
    expect(receiver.errors).toEqual([]);
    const push = receiver.received.slice(before);
    expect(push).toHaveLength(1);
    expect(push[0]!.payload).toEqual({
      title: 'Rapport',
      body: 'Test from Rapport',
      url: '/settings',
      tag: 'rapport:test',
    });
    // Signed with the key sessions subscribe with, for this push service.
    expect(push[0]!.vapidKey).toBe(key);
    expect(push[0]!.claims.aud).toBe(receiver.origin);
    expect((await devices())[0]!.lastPushAt).not.toBeNull();
  });

  it('drops a device the push service says is gone', async () => {
    const phone = receiver.subscribe();
    const saved = await subscribe({ ...phone, deviceName: 'Old phone' });
    receiver.goneOnce(phone);
    const sent = await api.call('POST', '/api/push/test', {
      session: me,
      body: { id: saved.body.device.id },
    });
    expect(sent.body).toEqual({ result: 'gone' });
    expect(await devices()).toEqual([]);
  });

  it('keeps one VAPID key for every instance on the database', async () => {
    const first = (await api.call('GET', '/api/push/key', { session: me })).body.publicKey;
    const other = testApi(db);
    const second = (await other.call('GET', '/api/push/key', { session: me })).body.publicKey;
    expect(second).toBe(first);
    // Kept sealed: the private key is not readable from the database.
    const rows = await db.store.db.selectFrom('server_keys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealed).not.toContain(first);
  });

  it('refuses what is not a session subscription, and saves nothing', async () => {
    const phone = receiver.subscribe();
    const bad = [
      { ...phone, deviceName: 'x', endpoint: phone.endpoint.replace('https:', 'http:') },
      { ...phone, deviceName: 'x', endpoint: 'not a url' },
      { ...phone, deviceName: 'x', keys: { ...phone.keys, p256dh: 'AAAA' } },
      { ...phone, deviceName: 'x', keys: { ...phone.keys, auth: 'short' } },
      { ...phone, deviceName: '' },
      { ...phone, deviceName: 'x', extra: 1 },
      { endpoint: phone.endpoint, deviceName: 'x' },
    ];
    for (const body of bad) {
      const response = await api.raw('POST', '/api/push/subscriptions', { session: me, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.message).toBeTruthy();
    }
    expect(await devices()).toEqual([]);
    // Without the operator's permission, no pushes to a loopback or private address.
    const strict = testApi(db);
    const refused = await strict.call('POST', '/api/push/subscriptions', {
      session: me,
      body: { ...phone, deviceName: 'Phone' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toMatch(/private or local address/);
    expect(await devices()).toEqual([]);
  });

  it('keeps each user’s devices to themselves', async () => {
    const phone = receiver.subscribe();
    const mine = (await subscribe({ ...phone, deviceName: 'My phone' })).body.device;
    const other = await api.addMember(me);
    expect(await devices(other)).toEqual([]);
    const id = mine.id;
    expect(
      (await api.call('POST', '/api/push/test', { session: other, body: { id } })).status,
    ).toBe(404);
    expect(
      (await api.call('DELETE', `/api/push/subscriptions/${id}`, { session: other })).status,
    ).toBe(404);
    expect(await devices()).toHaveLength(1);
    // The same session subscribed by another user who signs in there moves to them.
    const moved = await subscribe({ ...phone, deviceName: 'Shared tablet' }, other);
    expect(moved.status).toBe(201);
    expect(await devices()).toEqual([]);
    expect((await devices(other))[0]?.deviceName).toBe('Shared tablet');
    expect(
      (
        await api.call('DELETE', `/api/push/subscriptions/${moved.body.device.id}`, {
          session: other,
        })
      ).status,
    ).toBe(204);
    expect(await devices(other)).toEqual([]);
  });

  it('keeps push preferences: pushes a day and each kind', async () => {
    const patch = (push: BodyOf<'PATCH', '/api/me/preferences'>['push']) =>
      api.call('PATCH', '/api/me/preferences', { session: me, body: { push } });
    const initial = (await api.call('GET', '/api/me/preferences', { session: me })).body;
    expect(initial.preferences.push).toEqual({
      perDay: 3,
      kinds: { reachOut: true, date: true, reply: true, promise: true },
    });
    const changed = await patch({ perDay: 1, kinds: { reply: false } });
    expect(changed.body.preferences.push).toEqual({
      perDay: 1,
      kinds: { reachOut: true, date: true, reply: false, promise: true },
    });
    for (const bad of [{ perDay: -1 }, { perDay: 1.5 }, { perDay: 99 }, { kinds: { sms: true } }]) {
      const refused = await api.raw('PATCH', '/api/me/preferences', {
        session: me,
        body: { push: bad },
      });
      expect(refused.status).toBe(400);
    }
    const after = (await api.call('GET', '/api/me/preferences', { session: me })).body;
    expect(after.preferences.push).toEqual(changed.body.preferences.push);
  });
});
