// The server's VAPID key pair. Set by the operator (RAPPORT_VAPID_PUBLIC_KEY/_PRIVATE_KEY), or on
// SQLite generated once into the data folder (runtime.ts). Otherwise, on PostgreSQL, it lives in
// the database sealed under RAPPORT_SECRET (required there, the same on every instance): the first
// instance to need it generates and inserts it, every other reads that one. A per-instance key
// would break every subscription the moment a phone's push came from another instance.

import type { AppContext } from '../context';
import { inTransaction } from '../context';
import { openCredentials, sealCredentials } from '../credentials';
import type { VapidKeys } from '../ports/push';

const KEY_NAME = 'vapid';
const loaded = new WeakMap<AppContext, Omit<VapidKeys, 'subject'>>();

export async function vapidKeys(ctx: AppContext): Promise<VapidKeys> {
  const subject = vapidSubject(ctx);
  if (ctx.settings.vapid) return { ...ctx.settings.vapid, subject };
  let keys = loaded.get(ctx);
  if (!keys) {
    const now = ctx.clock.now().toISOString();
    const sealed =
      (await ctx.repos.push.serverKey(KEY_NAME)) ??
      (await inTransaction(ctx, (repos) =>
        repos.push.keepServerKey(
          KEY_NAME,
          sealCredentials(ctx.settings.secret, ctx.push.generateKeys()),
          now,
        ),
      ));
    keys = openCredentials<Omit<VapidKeys, 'subject'>>(ctx.settings.secret, sealed);
    loaded.set(ctx, keys);
  }
  return { ...keys, subject };
}

/** Who push services can contact: the public https address, else a mailto: placeholder. */
function vapidSubject(ctx: AppContext): string {
  const url = ctx.settings.publicUrl;
  return url?.startsWith('https://') ? url : 'mailto:rapport@example.invalid';
}
