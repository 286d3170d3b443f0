// Web Push through the web-push library. Each endpoint is checked like any address a user gave
// (integrations/net/outbound): https only, and no loopback or private address unless the
// operator allows them (RAPPORT_SOURCES_ALLOW_PRIVATE=1, also what tests use for their local
// receiver), because the server, not the browser, makes the request.
import type { Agent } from 'node:https';
import webpush from 'web-push';
import type {
  PushPayload,
  PushResult,
  PushSender,
  PushTarget,
  VapidKeys,
} from '../../app/ports/push';
import { checkOutboundUrl, OutboundError } from '../net/outbound';

export interface WebPushOptions {
  allowPrivate: boolean;
  /** An https.Agent, e.g. one that trusts a test receiver's certificate. */
  agent?: Agent;
  /** How long a push service may take (default 15 s). */
  timeoutMs?: number;
}

/** Messages wait at the push service for a day at most: a nudge is stale by then. */
const TTL_SECONDS = 24 * 3600;

export function webPushSender(options: WebPushOptions): PushSender {
  const checkEndpoint = async (endpoint: string): Promise<string | null> => {
    if (!/^https:\/\//i.test(endpoint)) return 'A push endpoint must be an https:// address';
    try {
      await checkOutboundUrl(endpoint, { allowPrivate: options.allowPrivate });
      return null;
    } catch (error) {
      if (error instanceof OutboundError) return error.message;
      throw error;
    }
  };
  return {
    checkEndpoint,
    generateKeys: () => webpush.generateVAPIDKeys(),
    async send(target: PushTarget, payload: PushPayload, vapid: VapidKeys): Promise<PushResult> {
      // Checked again on each send: the host's addresses may have changed since subscribing.
      const refused = await checkEndpoint(target.endpoint);
      if (refused) return { failed: refused };
      try {
        await webpush.sendNotification(target, JSON.stringify(payload), {
          vapidDetails: vapid,
          TTL: TTL_SECONDS,
          timeout: options.timeoutMs ?? 15_000,
          ...(options.agent && { agent: options.agent }),
        });
        return { ok: true };
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return { gone: true };
        const reason = status ? `the push service answered ${status}` : (error as Error).message;
        return { failed: reason };
      }
    },
  };
}
