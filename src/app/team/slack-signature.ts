// Slack signs every request it sends: X-Slack-Signature = "v0=" + hex HMAC-SHA256 of
// "v0:<timestamp>:<raw body>" under the app's signing secret. A stale timestamp is refused so a
// captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_SKEW_SECONDS = 5 * 60;

export interface SignedRequest {
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

/** The signature Slack would send for this body at this timestamp. */
export function slackSignature(secret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** Whether the timestamp is a number of seconds within five minutes of now. */
export function isFreshTimestamp(timestamp: string | undefined, nowMs: number): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= MAX_SKEW_SECONDS;
}

/** Checks the signature with a constant-time compare; the timestamp is checked separately. */
export function hasValidSignature(secret: string, request: SignedRequest): boolean {
  if (!request.timestamp || !request.signature) return false;
  const expected = Buffer.from(slackSignature(secret, request.timestamp, request.rawBody));
  const given = Buffer.from(request.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
