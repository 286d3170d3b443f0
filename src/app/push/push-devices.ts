// The devices a user receives pushes on: one subscription per browser, saved from Settings
// ("This phone"), listed with when the last push went to it, removable, and a test push.
import { z } from 'zod';
import type { PushSubscriptionRecord } from '../../store/push/push-repository';
import { isoNow } from '../clock';
import type { AppContext } from '../context';
import { AppError, invalidInput, notFound } from '../errors';
import type { PushPayload } from '../ports/push';
import { vapidKeys } from './vapid';

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} must be base64url`)
    .refine((v) => Buffer.from(v, 'base64url').length === bytes, `${what} must be ${bytes} bytes`);

/** The browser's PushSubscription JSON (`subscription.toJSON()`) and a name for the device. */
export const pushSubscriptionInput = z
  .object({
    endpoint: z.string().url('endpoint must be a URL').max(2048),
    expirationTime: z.number().nullable().optional(),
    keys: z
      .object({
        p256dh: base64url(65, 'keys.p256dh').refine(
          (v) => Buffer.from(v, 'base64url')[0] === 4,
          'keys.p256dh must be an uncompressed P-256 point',
        ),
        auth: base64url(16, 'keys.auth'),
      })
      .strict(),
    deviceName: z.string().trim().min(1, 'Name the device').max(60),
  })
  .strict();

export const pushTestInput = z.object({ id: z.string().min(1).max(40) }).strict();

export interface PushDevice {
  id: string;
  deviceName: string;
  /** The push service's host (fcm.googleapis.com, updates.push.services.mozilla.com…). */
  service: string;
  createdAt: string;
  lastPushAt: string | null;
}

const present = (s: PushSubscriptionRecord): PushDevice => ({
  id: s.id,
  deviceName: s.deviceName,
  service: new URL(s.endpoint).host,
  createdAt: s.createdAt,
  lastPushAt: s.lastPushAt,
});

export async function pushPublicKey(ctx: AppContext): Promise<string> {
  return (await vapidKeys(ctx)).publicKey;
}

export async function addPushDevice(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof pushSubscriptionInput>,
): Promise<PushDevice> {
  const refused = await ctx.push.checkEndpoint(input.endpoint);
  if (refused) throw invalidInput(refused);
  const saved = await ctx.repos.push.subscribe({
    ownerId: userId,
    endpoint: input.endpoint,
    keys: input.keys,
    deviceName: input.deviceName,
    now: isoNow(ctx.clock),
  });
  return present(saved);
}

export async function listPushDevices(ctx: AppContext, userId: string): Promise<PushDevice[]> {
  return (await ctx.repos.push.list(userId)).map(present);
}

export async function removePushDevice(ctx: AppContext, userId: string, id: string) {
  if (!(await ctx.repos.push.remove(userId, id))) throw notFound('Device');
}

/** Sends one push to each given device; a device the push service calls gone is removed. */
export async function pushToDevices(
  ctx: AppContext,
  devices: readonly PushSubscriptionRecord[],
  payload: PushPayload,
): Promise<{ sent: number; gone: number; failed: string[] }> {
  const vapid = await vapidKeys(ctx);
  const outcome = { sent: 0, gone: 0, failed: [] as string[] };
  for (const device of devices) {
    const result = await ctx.push.send(device, payload, vapid);
    if ('ok' in result) {
      outcome.sent += 1;
      await ctx.repos.push.markPushed(device.id, isoNow(ctx.clock));
    } else if ('gone' in result) {
      outcome.gone += 1;
      await ctx.repos.push.remove(device.ownerId, device.id);
    } else {
      outcome.failed.push(`${device.deviceName}: ${result.failed}`);
    }
  }
  return outcome;
}

/** "Test from Rapport" to one device: sent, or gone (and removed); a failure is a 502. */
export async function testPushDevice(
  ctx: AppContext,
  userId: string,
  input: z.output<typeof pushTestInput>,
): Promise<{ result: 'sent' | 'gone' }> {
  const device = await ctx.repos.push.find(userId, input.id);
  if (!device) throw notFound('Device');
  const outcome = await pushToDevices(ctx, [device], {
    title: 'Rapport',
    body: 'Test from Rapport',
    url: '/settings',
    tag: 'rapport:test',
  });
  if (outcome.failed.length) {
    throw new AppError('delivery_failed', `The push could not be sent: ${outcome.failed[0]}`);
  }
  return { result: outcome.sent ? 'sent' : 'gone' };
}
