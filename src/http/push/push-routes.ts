import { createRoute, z } from '@hono/zod-openapi';
import {
  addPushDevice,
  listPushDevices,
  pushPublicKey,
  pushSubscriptionInput,
  pushTestInput,
  removePushDevice,
  testPushDevice,
} from '../../app/push/push-devices';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { ErrorSchema, errorResponses, json, jsonBody } from '../schemas';

export const PushDeviceSchema = z
  .object({
    id: z.string(),
    deviceName: z.string(),
    service: z.string().openapi({ description: 'The push service’s host' }),
    createdAt: z.string(),
    lastPushAt: z.string().nullable().openapi({ description: 'When the last push was sent' }),
  })
  .openapi('PushDevice');

export const key = createRoute({
  method: 'get',
  path: '/api/push/key',
  tags: ['push'],
  summary: 'The server’s public VAPID key, for pushManager.subscribe',
  responses: {
    200: json(z.object({ publicKey: z.string() }), 'Key'),
    ...errorResponses(401),
  },
});

export const list = createRoute({
  method: 'get',
  path: '/api/push/subscriptions',
  tags: ['push'],
  summary: 'Your devices that receive pushes, with when the last push was sent',
  responses: {
    200: json(z.object({ devices: z.array(PushDeviceSchema) }), 'Devices'),
    ...errorResponses(401),
  },
});

export const subscribe = createRoute({
  method: 'post',
  path: '/api/push/subscriptions',
  tags: ['push'],
  summary: 'Receive pushes on this browser: its PushSubscription JSON and a device name',
  request: { body: jsonBody(pushSubscriptionInput) },
  responses: {
    201: json(z.object({ device: PushDeviceSchema }), 'Subscribed'),
    ...errorResponses(400, 401, 403, 413),
  },
});

export const remove = createRoute({
  method: 'delete',
  path: '/api/push/subscriptions/{id}',
  tags: ['push'],
  summary: 'Stop pushes to a device',
  request: { params: z.object({ id: z.string().min(1).max(40) }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404) },
});

export const test = createRoute({
  method: 'post',
  path: '/api/push/test',
  tags: ['push'],
  summary: 'Send "Test from Rapport" to one device; "gone" when it unsubscribed (then removed)',
  request: { body: jsonBody(pushTestInput) },
  responses: {
    200: json(z.object({ result: z.enum(['sent', 'gone']) }), 'Sent'),
    ...errorResponses(400, 401, 403, 404, 413),
    502: {
      description: 'The push service refused or could not be reached; the device is kept',
      content: { 'application/json': { schema: ErrorSchema } },
    },
  },
});

export function registerPushRoutes(app: HttpApp) {
  app.openapi(key, async (c) => c.json({ publicKey: await pushPublicKey(c.get('ctx')) }, 200));

  app.openapi(list, async (c) => {
    return c.json({ devices: await listPushDevices(c.get('ctx'), principalOf(c).userId) }, 200);
  });

  app.openapi(subscribe, async (c) => {
    const device = await addPushDevice(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json({ device }, 201);
  });

  app.openapi(remove, async (c) => {
    await removePushDevice(c.get('ctx'), principalOf(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(test, async (c) => {
    const sent = await testPushDevice(c.get('ctx'), principalOf(c).userId, c.req.valid('json'));
    return c.json(sent, 200);
  });
}
