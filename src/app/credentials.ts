// Credentials a user gives Rapport to reach their own servers (mail, calendar, address book)
// are stored sealed: AES-256-GCM under a key derived (HKDF-SHA256) from RAPPORT_SECRET, so a copy
// of the database alone reveals nothing. They are opened only to make a connection, and never
// returned by the API, written to logs or exported.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'rapport', 'stored credentials v1', 32));
    keys.set(secret, key);
  }
  return key;
}

/** Seals a JSON-serialisable value: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealCredentials(secret: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Raised when sealed credentials cannot be opened: the server's secret changed since they were
 * saved. The user is asked to enter the password again; nothing else is affected. */
export class CredentialsUnreadable extends Error {
  constructor() {
    super('The stored password can no longer be read (the server secret changed): enter it again');
  }
}

export function openCredentials<T>(secret: string, sealed: string): T {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new CredentialsUnreadable();
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const text = Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
    return JSON.parse(text) as T;
  } catch {
    throw new CredentialsUnreadable();
  }
}
