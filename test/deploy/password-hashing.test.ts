// Cheap password hashing exists for the test suite only; a deployment can never switch it on.
import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/app/accounts/passwords';
import { ConfigError, readConfig } from '../../src/config';

describe('test-only password hashing', () => {
  it('is refused outside a test run, and any other value is refused', () => {
    const fast = { RAPPORT_TEST_PASSWORD_HASHING: 'fast' };
    expect(() => readConfig({ ...fast, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => readConfig(fast)).toThrow(/only for the test suite/);
    expect(() => readConfig({ RAPPORT_TEST_PASSWORD_HASHING: 'yes', NODE_ENV: 'test' })).toThrow(
      /must be "fast"/,
    );
    expect(readConfig({ ...fast, NODE_ENV: 'test' }).testPasswordHashing).toBe(true);
    expect(readConfig({}).testPasswordHashing).toBe(false);
  });

  it('hashes cheaply under test and still verifies hashes made at the standard cost', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(
      /^\$argon2id\$v=19\$m=1024,t=1,p=1\$/,
    );
    const standard = await hash('correct horse battery', { memoryCost: 19_456, timeCost: 2 });
    expect(await verifyPassword(standard, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(standard, 'wrong horse battery')).toBe(false);
  });
});
