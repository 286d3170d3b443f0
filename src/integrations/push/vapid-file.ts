// On SQLite (one instance) the VAPID key pair is generated once into the data folder, beside the
// secret, readable only by the account running Rapport. A fleet on PostgreSQL keeps it in the
// database instead (app/push/vapid.ts), so every instance signs with the same key.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';

export function vapidKeysInDataDir(dataDir: string): { publicKey: string; privateKey: string } {
  const file = join(dataDir, 'vapid.json');
  try {
    writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Generated before (or by a process starting beside this one): keep that pair.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const { publicKey, privateKey } = JSON.parse(readFileSync(file, 'utf8'));
  return { publicKey, privateKey };
}
