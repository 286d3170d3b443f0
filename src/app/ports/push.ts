// Sending a Web Push message, as the use-cases see it. The adapter (src/integrations/push) uses
// the web-push library: it encrypts the payload for the browser (RFC 8291) and signs a VAPID
// token (RFC 8292) with the server's key pair.

/** Where a browser receives pushes: the push service's endpoint and the browser's keys. */
export interface PushTarget {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** What the service worker shows; `url` opens Today on the item, `tag` replaces an older one. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
}

/** The server's VAPID identity: the same on every instance, or subscriptions stop working. */
export interface VapidKeys {
  /** base64url, uncompressed P-256 point (what `pushManager.subscribe` takes). */
  publicKey: string;
  privateKey: string;
  /** A mailto: or https: address the push service can reach the operator at. */
  subject: string;
}

/** Delivered; gone (404/410: the browser unsubscribed, drop it); or failed, with why. */
export type PushResult = { ok: true } | { gone: true } | { failed: string };

export interface PushSender {
  /** Null when pushes may go to this endpoint; otherwise why not (https only, public hosts). */
  checkEndpoint(endpoint: string): Promise<string | null>;
  send(target: PushTarget, payload: PushPayload, vapid: VapidKeys): Promise<PushResult>;
  /** A new VAPID key pair (the subject is the caller's). */
  generateKeys(): Omit<VapidKeys, 'subject'>;
}
