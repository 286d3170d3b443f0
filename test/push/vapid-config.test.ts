// The VAPID key pair: both variables or neither, well-formed; without them, generated once into
// the data folder (SQLite), private to the account running Rapport, and the same pair after a
// restart (a new pair would silently break every subscribed phone).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, readConfig } from '../../src/config';
import { vapidKeysInDataDir } from '../../src/integrations/push/vapid-file';

describe('VAPID configuration', () => {
  const pair = webpush.generateVAPIDKeys();

  it('takes both keys, or neither', () => {
    expect(
      readConfig({
        RAPPORT_VAPID_PUBLIC_KEY: pair.publicKey,
        RAPPORT_VAPID_PRIVATE_KEY: pair.privateKey,
      }).vapid,
    ).toEqual(pair);
    expect(readConfig({}).vapid).toBeNull();
    expect(() => readConfig({ RAPPORT_VAPID_PUBLIC_KEY: pair.publicKey })).toThrow(
      /both RAPPORT_VAPID_PUBLIC_KEY and RAPPORT_VAPID_PRIVATE_KEY, or neither/,
    );
    expect(() => readConfig({ RAPPORT_VAPID_PRIVATE_KEY: pair.privateKey })).toThrow(ConfigError);
  });

  it('refuses keys that are not a P-256 pair in base64url', () => {
    const swapped = {
      RAPPORT_VAPID_PUBLIC_KEY: pair.privateKey,
      RAPPORT_VAPID_PRIVATE_KEY: pair.publicKey,
    };
    expect(() => readConfig(swapped)).toThrow(/RAPPORT_VAPID_PUBLIC_KEY must be/);
    const padded = {
      RAPPORT_VAPID_PUBLIC_KEY: pair.publicKey,
      RAPPORT_VAPID_PRIVATE_KEY: `${pair.privateKey}==`,
    };
    expect(() => readConfig(padded)).toThrow(/RAPPORT_VAPID_PRIVATE_KEY must be/);
  });

  it('generates a pair once into the data folder, readable only by its owner', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-vapid-'));
    try {
      const first = vapidKeysInDataDir(dir);
      expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
      expect(statSync(join(dir, 'vapid.json')).mode & 0o777).toBe(0o600);
      expect(vapidKeysInDataDir(dir)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
