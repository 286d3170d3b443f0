import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret with 256 bits of entropy. */
export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Secrets with full entropy are stored as a plain SHA-256: no salt or slow hash is needed.
 * (The one-shot `hash` skips the Hash object: every token request hashes its token.)
 */
export function sha256(value: string): string {
  return hash('sha256', value, 'base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
