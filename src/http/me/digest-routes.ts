// Settings' digest line: when the last one went out, and "Send me one now".
import { createRoute, z } from '@hono/zod-openapi';
import { digestStatus, sendDigestNow } from '../../app/digest/digest-now';
import type { HttpApp } from '../env';
import { principalOf } from '../middleware/auth';
import { errorResponses, json } from '../schemas';

export const DigestStatusSchema = z
  .object({ enabled: z.boolean(), mailConfigured: z.boolean(), lastSentAt: z.string().nullable() })
  .openapi('DigestStatus');

export const status = createRoute({
  method: 'get',
  path: '/api/me/digest',
  tags: ['accounts'],
  summary: 'Whether your digest is on, and when the last one was sent',
  responses: { 200: json(DigestStatusSchema, 'The digest'), ...errorResponses(401) },
});

export const sendNow = createRoute({
  method: 'post',
  path: '/api/me/digest/send',
  tags: ['accounts'],
  summary: 'Send me my digest now (a few times an hour at most)',
  responses: {
    200: json(
      z.object({ sent: z.boolean(), message: z.string(), status: DigestStatusSchema }),
      'Sent, queued for a retry, or nothing to send',
    ),
    ...errorResponses(401, 403, 409, 429),
  },
});

export function registerDigestRoutes(app: HttpApp) {
  app.openapi(status, async (c) =>
    c.json(await digestStatus(c.get('ctx'), principalOf(c).userId), 200),
  );
  app.openapi(sendNow, async (c) =>
    c.json(await sendDigestNow(c.get('ctx'), principalOf(c).userId), 200),
  );
}
