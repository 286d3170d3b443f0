// Links that work without signing in: the calendar feed, the household page, the one-click
// actions in the daily digest, and "turn off this mail". Each is "<payload>.<HMAC>" under the instance secret, so any
// instance can check one without a lookup. Feed and household links carry a per-user version
// that "rotate" bumps; action links carry an expiry.
import { createHmac } from 'node:crypto';
import { safeEqual } from '../secrets';

/** 'sso': the state of a sign-in at the identity provider, in a short-lived cookie. */
export type LinkPurpose = 'calendar' | 'home' | 'action' | 'mail-off' | 'sso';

function sign(secret: string, purpose: LinkPurpose, payload: string): string {
  return createHmac('sha256', secret)
    .update(`${purpose}\n${payload}`)
    .digest('base64url')
    .slice(0, 32);
}

const encode = (parts: string[]) => Buffer.from(parts.join('\n')).toString('base64url');

function decode(text: string): string[] | null {
  try {
    return Buffer.from(text, 'base64url').toString('utf8').split('\n');
  } catch {
    return null;
  }
}

/** A link token for a purpose: the parts are readable, the signature makes them unforgeable. */
export function signLink(secret: string, purpose: LinkPurpose, parts: string[]): string {
  const payload = encode(parts);
  return `${payload}.${sign(secret, purpose, payload)}`;
}

/** The parts of a token signed for this purpose, or null for anything tampered with. */
export function verifyLink(secret: string, purpose: LinkPurpose, token: string): string[] | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || payload.length > 2000) return null;
  if (!safeEqual(signature, sign(secret, purpose, payload))) return null;
  return decode(payload);
}
