// GET /metrics, Prometheus text. Never public by accident: absent (404) unless turned on, and
// then either for callers on this machine only (RAPPORT_METRICS=1) or for whoever sends the
// bearer token (RAPPORT_METRICS_TOKEN). A request that came through a proxy (X-Forwarded-For,
// Forwarded) does not count as local, even when the proxy itself runs on loopback.
import { safeEqual } from '../../app/secrets';
import type { MetricsAccess } from '../../config';
import type { HttpApp } from '../env';
import { errorBody } from '../errors';

export interface MetricsEndpoint {
  access: MetricsAccess;
  render(): Promise<{ contentType: string; body: string }>;
}

export function registerMetricsRoute(app: HttpApp, endpoint: MetricsEndpoint | undefined) {
  if (!endpoint || endpoint.access.mode === 'off') return;
  const { access } = endpoint;
  app.get('/metrics', async (c) => {
    if (access.mode === 'token') {
      const sent = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? '';
      if (!safeEqual(sent, access.token)) {
        c.header('WWW-Authenticate', 'Bearer realm="metrics"');
        return c.json(errorBody('unauthorized', 'Send Authorization: Bearer <token>'), 401);
      }
    } else {
      const proxied = c.req.header('x-forwarded-for') || c.req.header('forwarded');
      if (proxied || !isLoopback(c.env?.incoming?.socket?.remoteAddress)) {
        return c.json(errorBody('forbidden', 'Metrics are served to this machine only'), 403);
      }
    }
    const { contentType, body } = await endpoint.render();
    return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  });
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
