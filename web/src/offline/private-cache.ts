// The signed-in user's offline copy of what the app needs to open without a network: Today,
// People, and who is signed in (without the CSRF token), so the app gets past its start-up
// checks. It lives in a Cache Storage cache named for the user, is only ever
// read for that user, and is deleted on sign-out (in any tab) and when another user signs in.
// Nothing else the API says is kept.

const PREFIX = 'rapport-private-';
/** Who last used the app in this browser: whose copy to open with when the network is down. */
const LAST_USER = 'rapport-last-user';

/** Exactly the requests the app makes for these (web/src/api/today.ts, people.ts, session.ts). */
const KEPT = new Set(['/api/today?days=7', '/api/people', '/api/session']);

let userId: string | null = null;

const available = () => typeof caches !== 'undefined';
const cacheName = (id: string) => PREFIX + id;

/** The user the app runs for; another user's copy (a session that ended unseen) is dropped. */
export function setOfflineUser(id: string): void {
  if (userId === id) return;
  userId = id;
  localStorage.setItem(LAST_USER, id);
  if (available()) {
    void caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== cacheName(id))
            .map((name) => caches.delete(name)),
        ),
      );
  }
}

/** The signed-in user's id, or the last one's while the app opened offline. */
export function offlineUser(): string | null {
  return userId ?? localStorage.getItem(LAST_USER);
}

/** Keeps a copy of a response the app may need offline. */
export async function keepOffline(path: string, payload: unknown): Promise<void> {
  if (!userId || !KEPT.has(path) || !available()) return;
  // The CSRF token is a secret of the live session: an offline copy never needs it.
  const kept = path === '/api/session' ? { ...(payload as object), csrfToken: null } : payload;
  const cache = await caches.open(cacheName(userId));
  await cache.put(
    path,
    new Response(JSON.stringify(kept), { headers: { 'Content-Type': 'application/json' } }),
  );
}

/** The kept copy of a response, when the network is down. */
export async function readOffline(path: string): Promise<unknown | undefined> {
  const id = offlineUser();
  if (!id) return undefined;
  // Someone has used the app here, so setup is done: nothing needs keeping to say so.
  if (path === '/api/setup') return { needsSetup: false, openSignup: false, resetByMail: false };
  if (!KEPT.has(path) || !available()) return undefined;
  const cache = await caches.open(cacheName(id));
  const response = await cache.match(path);
  return response ? response.json() : undefined;
}

/** Deletes every user's offline copy and the note of who last used the app. */
export async function forgetOffline(): Promise<void> {
  userId = null;
  localStorage.removeItem(LAST_USER);
  if (!available()) return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n)));
}
