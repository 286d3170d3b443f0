import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const STANDARD = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// For the test suite only (thousands of sign-ups): 1 MiB, 1 pass. A hash records its own
// parameters, so verifying works whichever cost made it.
const TEST_ONLY = { memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

let options: typeof STANDARD | typeof TEST_ONLY = STANDARD;

/** Makes new password hashes cheap; called only when the configuration says this is a test run. */
export function hashPasswordsCheaplyForTests(): void {
  options = TEST_ONLY;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | undefined;

/** Spends the same time as a real check, so unknown e-mails cannot be told from wrong passwords. */
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword('rapport-decoy-password');
  await verifyPassword(await decoy, password);
}
